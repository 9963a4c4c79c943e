// When a commitment is due: its rule resolved against the cohort's calendar, in the district's
// time zone. A commitment is due at the END of its last day (local midnight after it), so
// "by Wednesday, November 21, 2018" is late from 12:00 AM on Thursday the 22nd.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar_days.hpp"
#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "features/cohorts/domain/cohort.hpp"
#include "features/commitments/domain/commitment.hpp"

namespace practica::commitments {

// The dates the district sets for each cohort, which the relative rules count from.
struct Calendar {
  // The day the coach (ITF) starts at the schools: "prior to receiving an ITF" items are due
  // the day before. PS 3.0: the first onboarding day, Wednesday, August 8, 2018.
  std::optional<core::LocalDate> coach_starts_on;
  // The first day of instruction. PS 3.0: Tuesday, August 14, 2018.
  std::optional<core::LocalDate> instruction_starts_on;
  // The last day of the coach's direct support. PS 3.0: Friday, June 7, 2019.
  std::optional<core::LocalDate> support_ends_on;
  // The last day of the cohort's school year, from the cohort's "2018-2019" (cohorts::SchoolYearLastDay),
  // not typed on the template page. PS 3.0: Sunday, June 30, 2019. Once it has passed, the
  // cohort is history and its items are judged by where they stood (see FinalStanding).
  std::optional<core::LocalDate> school_year_ends_on;
};

// The UTC instant the school year is over (local midnight after its last day), or nullopt
// when the calendar does not know it.
std::optional<std::int64_t> SchoolYearEndsAt(const Calendar& calendar, const core::TimeZone& zone);

// kInvalidInput naming the field when the dates are out of order.
[[nodiscard]] core::Result<void> CheckCalendar(const Calendar& calendar);

// Days before the due day's end from which a commitment is "due soon".
inline constexpr int kDueSoonDays = 14;

// One time a commitment is due: once for most, each month (or few) for a recurring one.
struct Occurrence {
  std::string period;  // "" for a one-time commitment; "2018-09" for a recurring one's month
  std::string label;   // "" or "September 2018" / "August 2018 to October 2018"
  std::optional<core::LocalDate> opens_on;  // a recurring period's first day
  std::optional<core::LocalDate> due_on;    // none: the calendar lacks the date the rule needs
  std::int64_t due_at = 0;         // UTC: the end of due_on in the zone (when it becomes late)
  std::int64_t due_soon_from = 0;  // UTC: the start of the day kDueSoonDays before due_at
  std::int64_t opens_at = 0;       // UTC: the start of opens_on (0 when none)
};

// Every occurrence in time order; never empty (one with no due_on when a date is missing).
std::vector<Occurrence> Schedule(const DueRule& rule, const Calendar& calendar,
                                 const core::TimeZone& zone);
// The same occurrences with their days only (the UTC instants left 0), for rules that judge a
// day rather than a moment: which quarter a coaching entry of Tuesday, September 11, 2018 falls
// in ("August 2018 to October 2018").
std::vector<Occurrence> Occurrences(const DueRule& rule, const Calendar& calendar);

// "Due by Wednesday, November 21, 2018", "Due monthly, by the end of each month, August 2018
// to June 2019", "Due date not set: …".
std::string DescribeDue(const DueRule& rule, const Calendar& calendar);

// Calendar arithmetic on local dates lives in core (core/calendar_days.hpp).
using core::AddDays;
using core::AddMonths;
using core::LastDayOfMonth;
using core::StartOfDay;

}  // namespace practica::commitments
