#include "jobs/schedule.hpp"

#include <chrono>
#include <cstdio>

namespace practica::jobs {
namespace {

namespace chrono = std::chrono;

chrono::sys_days Days(const core::LocalDate& date) {
  return chrono::sys_days{chrono::year{date.year} / chrono::month{static_cast<unsigned>(date.month)} /
                          chrono::day{static_cast<unsigned>(date.day)}};
}

core::LocalDate FromDays(chrono::sys_days days) {
  chrono::year_month_day ymd{days};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// The instant of hour:00 on that local day; where a zone skips that hour, the hour after.
std::int64_t At(const core::LocalDate& date, int hour, const core::TimeZone& zone) {
  auto utc = zone.ToUtc({date, hour, 0});
  if (utc) return *utc;
  return zone.ToUtc({date, hour + 1, 0}).value_or(0);
}

}  // namespace

std::string IsoWeekKey(const core::LocalDate& date) {
  const auto days = Days(date);
  const chrono::weekday weekday{days};
  const unsigned iso_day = weekday.iso_encoding();  // Monday 1 .. Sunday 7
  const auto thursday = days + chrono::days{4 - static_cast<int>(iso_day)};
  const int year = static_cast<int>(chrono::year_month_day{thursday}.year());
  const auto first = chrono::sys_days{chrono::year{year} / chrono::January / 1};
  const int week = static_cast<int>((thursday - first).count() / 7) + 1;
  char key[16];
  std::snprintf(key, sizeof key, "%04d-W%02d", year, week);
  return key;
}

Slot DailySlot(std::int64_t now, const core::TimeZone& zone, int hour) {
  const auto today = zone.ToLocal(now).date;
  return {core::FormatIsoDate(today), At(today, hour, zone)};
}

Slot WeeklySlot(std::int64_t now, const core::TimeZone& zone, int hour) {
  const auto today = zone.ToLocal(now).date;
  const unsigned iso_day = chrono::weekday{Days(today)}.iso_encoding();
  const auto monday = iso_day == 1 ? Days(today) : Days(today) + chrono::days{8 - static_cast<int>(iso_day)};
  const auto date = FromDays(monday);
  return {IsoWeekKey(date), At(date, hour, zone)};
}

Slot MonthlySlot(std::int64_t now, const core::TimeZone& zone, int hour) {
  const auto today = zone.ToLocal(now).date;
  core::LocalDate first{today.year, today.month, 1};
  if (today.day != 1) first = today.month == 12 ? core::LocalDate{today.year + 1, 1, 1} : core::LocalDate{today.year, today.month + 1, 1};
  char key[16];
  std::snprintf(key, sizeof key, "%04d-%02d", first.year, first.month);
  return {key, At(first, hour, zone)};
}

}  // namespace practica::jobs
