#include "features/coaching/published/school_minutes.hpp"

namespace practica::coaching {

core::Result<std::map<std::int64_t, std::int64_t>> MinutesBySchool(db::Connection& db, std::int64_t district_id,
                                                                 const core::LocalDate& first,
                                                                 const core::LocalDate& last) {
  std::map<std::int64_t, std::int64_t> minutes;
  // held_on is an ISO day, so the days compare as text on both databases.
  auto done = db.Execute(
      "SELECT school_id, SUM(minutes) FROM coaching_entries WHERE district_id = $1 AND held_on >= $2"
      " AND held_on <= $3 GROUP BY school_id",
      {district_id, core::FormatIsoDate(first), core::FormatIsoDate(last)},
      [&](const db::Row& row) { minutes[row.Int(0)] = row.Int(1); });
  if (!done) return std::unexpected(done.error());
  return minutes;
}

}  // namespace practica::coaching
