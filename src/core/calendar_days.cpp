#include "core/calendar_days.hpp"

#include <chrono>

namespace practica::core {
namespace {

namespace chrono = std::chrono;

chrono::year_month_day Ymd(const LocalDate& date) {
  return chrono::year{date.year} / chrono::month{static_cast<unsigned>(date.month)} /
         chrono::day{static_cast<unsigned>(date.day)};
}

LocalDate FromYmd(const chrono::year_month_day& ymd) {
  return LocalDate{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace

LocalDate AddDays(const LocalDate& date, int days) {
  return FromYmd(chrono::year_month_day{chrono::sys_days{Ymd(date)} + chrono::days{days}});
}

LocalDate AddMonths(const LocalDate& date, int months) {
  auto moved = Ymd(date) + chrono::months{months};
  if (!moved.ok()) moved = moved.year() / moved.month() / chrono::last;
  return FromYmd(moved);
}

LocalDate LastDayOfMonth(const LocalDate& date) {
  const chrono::year_month_day_last last{chrono::year{date.year},
                                         chrono::month_day_last{chrono::month{static_cast<unsigned>(date.month)}}};
  return FromYmd(chrono::year_month_day{last});
}

std::int64_t StartOfDay(const LocalDate& date, const TimeZone& zone) {
  // Some zones skip midnight when their clocks spring forward; the day then starts an hour on.
  for (int hour = 0; hour < 3; ++hour) {
    if (auto utc = zone.ToUtc(LocalDateTime{date, hour, 0})) return *utc;
  }
  return 0;
}

}  // namespace practica::core
