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
  const auto window = WindowOf(as_of);
  std::map<std::pair<std::int64_t, std::string>, HoursRow> rows;
  for (const auto& e : entries) {
    if (e.held_on < window.year.first || e.held_on > window.year.last) continue;
    auto& row = rows[{e.school_id, e.kind}];
    row.school_id = e.school_id;
    row.kind = e.kind;
    row.year_minutes += e.minutes;
    if (e.held_on >= window.month_first && e.held_on < window.next_month_first) row.month_minutes += e.minutes;
  }
  std::vector<HoursRow> out;
  for (auto& [key, row] : rows) out.push_back(std::move(row));
  return out;
}

HoursWindow WindowOf(const core::LocalDate& as_of) {
  const core::LocalDate first{as_of.year, as_of.month, 1};
  const core::LocalDate next = as_of.month == 12 ? core::LocalDate{as_of.year + 1, 1, 1}
                                                 : core::LocalDate{as_of.year, as_of.month + 1, 1};
  return HoursWindow{first, next, SchoolYearOf(as_of)};
}

core::LocalDate HoursAsOf(std::optional<core::LocalDate> last_logged, const core::LocalDate& today) {
  if (!last_logged || *last_logged >= SchoolYearOf(today).first) return today;
  return *last_logged;
}

core::LocalDate HoursAsOf(const std::vector<EntryFact>& entries, const core::LocalDate& today) {
  std::optional<core::LocalDate> last;
  for (const auto& e : entries) {
    if (e.held_on <= today && (!last || e.held_on > *last)) last = e.held_on;
  }
  return HoursAsOf(last, today);
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
