#include "features/learning/store/work_counts.hpp"

namespace practica::learning {

core::Result<std::int64_t> DaysStarting(db::Connection& connection, std::int64_t district_id, std::int64_t from,
                                        std::int64_t to) {
  auto count = connection.QueryInt(
      "SELECT COUNT(*) FROM learning_days d WHERE d.district_id = $1 AND d.starts_at >= $2"
      " AND d.starts_at < $3 AND d.offering_id NOT IN (SELECT id FROM learning_offerings"
      " WHERE district_id = $1 AND cancelled_at IS NOT NULL)",
      {district_id, from, to});
  if (!count) return std::unexpected(count.error());
  return count->value_or(0);
}

core::Result<std::int64_t> DaysOfAttendee(db::Connection& connection, std::int64_t district_id, std::int64_t person,
                                          std::int64_t from, std::int64_t to) {
  auto count = connection.QueryInt(
      "SELECT COUNT(*) FROM learning_days d "
      "WHERE d.district_id = $1 AND d.starts_at >= $3 AND d.starts_at < $4 AND d.offering_id NOT IN ("
      "SELECT id FROM learning_offerings WHERE district_id = $1 AND cancelled_at IS NOT NULL) AND EXISTS ("
      "SELECT 1 FROM learning_registrations r JOIN learning_attendees a "
      "ON a.district_id = r.district_id AND a.registration_id = r.id "
      "WHERE r.district_id = d.district_id AND r.offering_id = d.offering_id AND r.state = 'registered' "
      "AND a.person_id = $2 AND a.removed_at IS NULL)",
      {district_id, person, from, to});
  if (!count) return std::unexpected(count.error());
  return count->value_or(0);
}

}  // namespace practica::learning
