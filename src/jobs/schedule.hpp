// When periodic work is planned, on the district's wall clock: the key that makes many servers
// (or many wake-ups) plan it once, and the instant it may run.
#pragma once

#include <cstdint>
#include <string>

#include "core/time_zone.hpp"

namespace practica::jobs {

struct Slot {
  std::string key;         // "2018-11-16" for a day, "2018-W47" for an ISO week
  std::int64_t run_after;  // UTC seconds
};

// "2018-W47": the ISO 8601 week (Monday first; week 1 holds the year's first Thursday).
std::string IsoWeekKey(const core::LocalDate& date);

// Today's slot at hour:00 local time (past already when `now` is later that day).
Slot DailySlot(std::int64_t now, const core::TimeZone& zone, int hour);

// The week's slot on Monday at hour:00 local time. On a Monday, this week's (run at once when
// the hour has passed, so a server started late on Monday still sends it); later in the week,
// next Monday's: a digest never arrives mid-week.
Slot WeeklySlot(std::int64_t now, const core::TimeZone& zone, int hour);

// The month's slot on its 1st at hour:00 local time, keyed "2018-12". On the 1st, this month's
// (run at once when the hour has passed); later in the month, next month's, so a monthly report
// never goes out mid-month because a server started then.
Slot MonthlySlot(std::int64_t now, const core::TimeZone& zone, int hour);

}  // namespace practica::jobs
