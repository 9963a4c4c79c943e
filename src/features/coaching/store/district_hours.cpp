// Every coach's hours for district staff, summed where the entries are: a district's year is
// about 16,000 entries, and reading each into the server to add it up cost 20 ms a request.
#include "features/coaching/store/coaching_store.hpp"

namespace practica::coaching {

core::Result<std::optional<core::LocalDate>> CoachingStore::LastLoggedDay(const core::LocalDate& today) {
  std::optional<core::LocalDate> last;
  auto done = db_.Execute("SELECT MAX(held_on) FROM coaching_entries WHERE district_id = $1 AND held_on <= $2",
                          {district_id_, core::FormatIsoDate(today)},
                          [&](const db::Row& row) { last = row.OptionalDate(0); });
  if (!done) return std::unexpected(done.error());
  return last;
}

core::Result<std::map<std::int64_t, CoachTotal>> CoachingStore::TotalsByCoach(const HoursWindow& window) {
  std::map<std::int64_t, CoachTotal> totals;
  auto done = db_.Execute(
      "SELECT coach_person_id, SUM(CASE WHEN held_on >= $2 AND held_on < $3 THEN minutes ELSE 0 END), SUM(minutes)"
      " FROM coaching_entries WHERE district_id = $1 AND held_on >= $4 AND held_on <= $5 GROUP BY coach_person_id",
      {district_id_, core::FormatIsoDate(window.month_first), core::FormatIsoDate(window.next_month_first),
       core::FormatIsoDate(window.year.first), core::FormatIsoDate(window.year.last)},
      [&](const db::Row& row) {
        totals[row.Int(0)] = CoachTotal{static_cast<int>(row.Int(1)), static_cast<int>(row.Int(2))};
      });
  if (!done) return std::unexpected(done.error());
  return totals;
}

}  // namespace practica::coaching
