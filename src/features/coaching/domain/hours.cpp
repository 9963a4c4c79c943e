#include "features/coaching/domain/hours.hpp"

#include <algorithm>
#include <tuple>

#include "core/calendar_days.hpp"

namespace practica::coaching {

std::string SchoolYear::Label() const {
  return std::to_string(first.year) + "-" + std::to_string(last.year);
}

SchoolYear SchoolYearOf(const core::LocalDate& day) {
  const int start = day.month >= 7 ? day.year : day.year - 1;
  return SchoolYear{{start, 7, 1}, {start + 1, 6, 30}};
}

std::vector<HoursRow> HoursBy(const std::vector<EntryFact>& entries, const core::LocalDate& as_of) {
  const auto year = SchoolYearOf(as_of);
  std::map<std::pair<std::int64_t, std::string>, HoursRow> rows;
  for (const auto& e : entries) {
    if (e.held_on < year.first || e.held_on > year.last) continue;
    auto& row = rows[{e.school_id, e.kind}];
    row.school_id = e.school_id;
    row.kind = e.kind;
    row.year_minutes += e.minutes;
    if (e.held_on.year == as_of.year && e.held_on.month == as_of.month) row.month_minutes += e.minutes;
  }
  std::vector<HoursRow> out;
  for (auto& [key, row] : rows) out.push_back(std::move(row));
  return out;
}

std::map<std::int64_t, CoachTotal> TotalsByCoach(const std::vector<EntryFact>& entries, const core::LocalDate& as_of) {
  const auto year = SchoolYearOf(as_of);
  std::map<std::int64_t, CoachTotal> totals;
  for (const auto& e : entries) {
    if (e.held_on < year.first || e.held_on > year.last) continue;
    auto& total = totals[e.coach_id];
    total.year_minutes += e.minutes;
    if (e.held_on.year == as_of.year && e.held_on.month == as_of.month) total.month_minutes += e.minutes;
  }
  return totals;
}

core::LocalDate HoursAsOf(const std::vector<EntryFact>& entries, const core::LocalDate& today) {
  const auto year = SchoolYearOf(today);
  std::optional<core::LocalDate> last;
  for (const auto& e : entries) {
    if (e.held_on >= year.first && e.held_on <= today) return today;
    if (e.held_on < today && (!last || e.held_on > *last)) last = e.held_on;
  }
  return last.value_or(today);
}

std::vector<Coachee> NotCoachedIn30Days(std::vector<Coachee> people, const core::LocalDate& as_of) {
  const auto since = core::AddDays(as_of, -30);
  std::erase_if(people, [&](const Coachee& c) { return c.last_coached && *c.last_coached > since; });
  std::stable_sort(people.begin(), people.end(), [](const Coachee& a, const Coachee& b) {
    // Never coached first, then the longest ago.
    if (a.last_coached.has_value() != b.last_coached.has_value()) return !a.last_coached.has_value();
    return a.last_coached < b.last_coached;
  });
  return people;
}

bool FollowUpDue(const core::LocalDate& due, const core::LocalDate& as_of) {
  return due <= core::AddDays(as_of, 7);
}

}  // namespace practica::coaching
