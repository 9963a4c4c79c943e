#include "features/learning/store/reminder_source.hpp"

namespace practica::learning {

core::Result<std::vector<SessionAttendee>> AttendeesOfSessionsStarting(
    db::Connection& connection, std::int64_t district_id, std::int64_t from, std::int64_t until) {
  std::vector<SessionAttendee> attendees;
  auto done = connection.Execute(
      "SELECT o.id, o.slug, o.title, d.starts_at, o.location, o.join_url, p.id, p.email,"
      " p.display_name"
      " FROM learning_offerings o"
      " JOIN learning_days d ON d.district_id = o.district_id AND d.offering_id = o.id"
      "  AND d.day_number = (SELECT MIN(d2.day_number) FROM learning_days d2"
      "   WHERE d2.district_id = o.district_id AND d2.offering_id = o.id)"
      " JOIN learning_registrations r ON r.district_id = o.district_id AND r.offering_id = o.id"
      "  AND r.state = 'registered'"
      " JOIN learning_attendees a ON a.district_id = r.district_id AND a.registration_id = r.id"
      "  AND a.removed_at IS NULL"
      " JOIN published_people p ON p.district_id = a.district_id AND p.id = a.person_id AND p.active = 1"
      " WHERE o.district_id = $1 AND o.cancelled_at IS NULL"  // a cancelled session: no reminder
      " AND d.starts_at >= $2 AND d.starts_at < $3"
      " ORDER BY d.starts_at, o.id, p.display_name, p.id",
      {district_id, from, until}, [&](const db::Row& row) {
        attendees.push_back({row.Int(0), row.String(1), row.String(2), row.Int(3), row.String(4),
                             row.String(5), row.Int(6), row.String(7), row.String(8)});
      });
  if (!done) return std::unexpected(done.error());
  return attendees;
}

}  // namespace practica::learning
