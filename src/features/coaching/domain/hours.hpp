// The coach's view of the work: hours by school and kind this month and this school year, who
// has gone 30 days without coaching, and the follow-ups due. Plain arithmetic over facts.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/time_zone.hpp"

namespace practica::coaching {

// The program's school year runs July 1 to June 30: PS 3.0's coaches arrived on August 8,
// 2018, and its year closed on June 30, 2019.
struct SchoolYear {
  core::LocalDate first;
  core::LocalDate last;
  std::string Label() const;  // "2018-2019"
};
SchoolYear SchoolYearOf(const core::LocalDate& day);

// One logged entry, as the hours need it.
struct EntryFact {
  std::int64_t coach_id = 0;
  std::int64_t school_id = 0;
  std::string kind;
  core::LocalDate held_on;
  int minutes = 0;
};

struct HoursRow {
  std::int64_t school_id = 0;
  std::string kind;
  int month_minutes = 0;
  int year_minutes = 0;
};

// Minutes per school and kind in the month and the school year of `as_of`; rows with nothing in
// the year are left out. Sorted by school id, then kind.
std::vector<HoursRow> HoursBy(const std::vector<EntryFact>& entries, const core::LocalDate& as_of);

// The days the hours of `as_of` are summed over: its month and its school year. On October 15,
// 2018: October 1 up to (not including) November 1, and July 1, 2018 to June 30, 2019.
struct HoursWindow {
  core::LocalDate month_first;
  core::LocalDate next_month_first;
  SchoolYear year;
};
HoursWindow WindowOf(const core::LocalDate& as_of);

// Minutes per coach in a window's month and school year, for district staff (the store sums
// them in the database: a district's year is 16,000 entries).
struct CoachTotal {
  int month_minutes = 0;
  int year_minutes = 0;
};

// The day the hours are counted to: today, or, when nothing was logged this school year, the
// last day anything was (so a past year's log still reads as it stood). `last_logged` is the
// latest day logged on or before today, if any.
core::LocalDate HoursAsOf(std::optional<core::LocalDate> last_logged, const core::LocalDate& today);
core::LocalDate HoursAsOf(const std::vector<EntryFact>& entries, const core::LocalDate& today);

// Someone the coach is expected to coach (a team member or teacher of a caseload school) and
// when they were last named in an entry.
struct Coachee {
  std::int64_t person_id = 0;
  std::int64_t school_id = 0;
  std::optional<core::LocalDate> last_coached;
};

// Those not coached in the 30 days up to `as_of` (never coached included), oldest first.
std::vector<Coachee> NotCoachedIn30Days(std::vector<Coachee> people, const core::LocalDate& as_of);

// A next step is due when its date is on or before `as_of` plus a week, and not done.
bool FollowUpDue(const core::LocalDate& due, const core::LocalDate& as_of);

}  // namespace practica::coaching
