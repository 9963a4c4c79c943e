// Calendar arithmetic on local dates, in the district's calendar: the day after, the same day
// next month, and the instant a day starts.
#pragma once

#include <cstdint>

#include "core/time_zone.hpp"

namespace practica::core {

// AddMonths keeps the day, or takes the month's last day when it is shorter
// (January 31 + 1 month = February 28).
LocalDate AddDays(const LocalDate& date, int days);
LocalDate AddMonths(const LocalDate& date, int months);
LocalDate LastDayOfMonth(const LocalDate& date);
// The UTC instant of local midnight starting that day (the first instant of the day that
// exists, where a zone skips midnight).
std::int64_t StartOfDay(const LocalDate& date, const TimeZone& zone);

}  // namespace practica::core
