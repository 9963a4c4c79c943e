// What program staff may still change of a cohort once it is announced: its goals and its
// timeline. A cohort opened from the last one carries both forward with the new number and
// year written in; whatever the copy could not know (a new goal, a meeting moved) is typed
// here before the application window opens, and a correction can be made at any time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "features/cohorts/domain/cohort.hpp"

namespace practica::cohorts {

inline constexpr std::size_t kMaxGoals = 20;
inline constexpr std::size_t kMaxGoalChars = 1000;
inline constexpr std::size_t kMaxTimelineTitleChars = 300;

// The goals typed one per line: trimmed, blank lines dropped, order kept. kInvalidInput naming
// "goals" when none is left, there are more than kMaxGoals, or one is longer than kMaxGoalChars.
[[nodiscard]] core::Result<std::vector<std::string>> CheckGoals(const std::vector<std::string>& lines);

// A timeline item as typed: its title, the day it is on, and optionally the time it starts,
// the day and time it ends, and "week" to show it as "Week of …".
struct TimelineInput {
  std::string title;
  std::string on;          // "2018-05-18"
  std::string at;          // "15:00", or "" for a whole day
  std::string until_on;    // "2018-05-04" for a stretch of days, or ""
  std::string until_at;    // "16:00" for a meeting's end, or ""
  std::string shown_as;    // "week" for "Week of May 14, 2018"; otherwise decided by `at`
};

// The item in UTC, its precision decided by what was given: a start time makes it a timed
// item ("Friday, May 18, 2018, 3:00 PM to 4:00 PM"), "week" a week, else days ("April 9 to
// May 4, 2018"). kInvalidInput naming the field: no title, a day or time that is not one, an
// end before the start, an end time without a start time.
[[nodiscard]] core::Result<TimelineItem> ReadTimelineItem(const TimelineInput& input, const core::TimeZone& zone);

// The form's fields for a stored item, so editing it starts from what it says.
TimelineInput TimelineFields(const TimelineItem& item, const core::TimeZone& zone);

}  // namespace practica::cohorts
