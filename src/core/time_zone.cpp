#include "core/time_zone.hpp"

#include <algorithm>
#include <date/date.h>
#include <date/tz.h>

#include <array>
#include <chrono>

#include "core/text.hpp"

namespace practica::core {
namespace {

using Seconds = std::chrono::seconds;
using SysSeconds = date::sys_time<Seconds>;

const date::time_zone* Zone(const void* zone) { return static_cast<const date::time_zone*>(zone); }

date::year_month_day Ymd(const LocalDate& d) {
  return date::year{d.year} / date::month{static_cast<unsigned>(d.month)} /
         date::day{static_cast<unsigned>(d.day)};
}

// As "%02d" would print it, without snprintf's parsing of its format: a checklist prints a
// few hundred dates and times, and snprintf was 4 % of drawing it.
std::string TwoDigits(int value) {
  if (value >= 0 && value < 100) {
    return {static_cast<char>('0' + value / 10), static_cast<char>('0' + value % 10)};
  }
  return std::to_string(value);
}

}  // namespace

Result<LocalDateTime> ParseLocalDateTime(std::string_view date, std::string_view time) {
  auto day = ParseLocalDate(Trim(date));
  if (!day) return std::unexpected(day.error());
  auto clock = Trim(time);
  if (clock.size() == 8 && clock[5] == ':') clock = clock.substr(0, 5);
  const auto bad = [&] {
    return Fail(ErrorCode::kInvalidInput,
                "\"" + std::string(clock.substr(0, 40)) + "\" is not a time of day; write it as HH:MM, e.g. 16:00.");
  };
  if (clock.size() != 5 || clock[2] != ':') return bad();
  const auto hour = ParseInt(clock.substr(0, 2), 0, 23);
  const auto minute = ParseInt(clock.substr(3, 2), 0, 59);
  if (!hour || !minute) return bad();
  return LocalDateTime{*day, static_cast<int>(*hour), static_cast<int>(*minute)};
}

Result<LocalDate> ParseLocalDate(std::string_view text) {
  const auto bad = [&] {
    // A megabyte sent as a "date" is not worth a megabyte back: quote the start, cut between
    // characters so the message stays UTF-8.
    std::size_t shown = std::min<std::size_t>(text.size(), 60);
    while (shown < text.size() && shown > 0 && (static_cast<unsigned char>(text[shown]) & 0xC0) == 0x80) --shown;
    return Fail(ErrorCode::kInvalidInput,
                "\"" + std::string(text.substr(0, shown)) + (shown < text.size() ? "…" : "") +
                    "\" is not a date; write it as YYYY-MM-DD, e.g. 2018-04-06.");
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
  const auto year = ParseInt(text.substr(0, 4), 1900, 2999);
  const auto month = ParseInt(text.substr(5, 2), 1, 12);
  const auto day = ParseInt(text.substr(8, 2), 1, 31);
  if (!year || !month || !day) return bad();
  LocalDate date{static_cast<int>(*year), static_cast<int>(*month), static_cast<int>(*day)};
  if (!Ymd(date).ok()) return bad();
  return date;
}

std::string FormatIsoDate(const LocalDate& date) {
  return std::to_string(date.year) + "-" + TwoDigits(date.month) + "-" + TwoDigits(date.day);
}

Result<TimeZone> TimeZone::Locate(std::string_view iana_name) {
  try {
    const auto* zone = date::locate_zone(std::string(iana_name));
    return TimeZone(zone, std::string(iana_name));
  } catch (const std::exception& e) {
    return Fail(ErrorCode::kInvalidInput,
                "\"" + std::string(iana_name) +
                    "\" is not a time zone this machine knows; use an IANA name such as "
                    "America/Los_Angeles (install the tzdata package if it is missing).",
                e.what(), "time_zone");
  }
}

Result<std::int64_t> TimeZone::ToUtc(const LocalDateTime& local) const {
  const auto days = date::local_days{Ymd(local.date)};
  const auto wall = days + std::chrono::hours{local.hour} + std::chrono::minutes{local.minute};
  const auto info = Zone(zone_)->get_info(wall);
  if (info.result == date::local_info::nonexistent) {
    return Fail(ErrorCode::kInvalidInput,
                FormatLongDateTime(local) + " does not exist in " + name_ +
                    " (the clocks skip that hour); choose a time outside it.");
  }
  const auto sys = SysSeconds{wall.time_since_epoch()} - info.first.offset;
  return std::chrono::duration_cast<Seconds>(sys.time_since_epoch()).count();
}

LocalDateTime TimeZone::ToLocal(std::int64_t utc_seconds) const {
  const auto local = Zone(zone_)->to_local(SysSeconds{Seconds{utc_seconds}});
  const auto days = date::floor<date::days>(local);
  const date::year_month_day ymd{days};
  const date::hh_mm_ss<Seconds> time{local - days};
  return LocalDateTime{
      LocalDate{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                static_cast<int>(static_cast<unsigned>(ymd.day()))},
      static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count())};
}

int TimeZone::OffsetSeconds(std::int64_t utc_seconds) const {
  const auto info = Zone(zone_)->get_info(SysSeconds{Seconds{utc_seconds}});
  return static_cast<int>(info.offset.count());
}

std::string TimeZone::Abbreviation(std::int64_t utc_seconds) const {
  return Zone(zone_)->get_info(SysSeconds{Seconds{utc_seconds}}).abbrev;
}

std::string TimeZone::FormatIso(std::int64_t utc_seconds) const {
  const auto local = ToLocal(utc_seconds);
  const int offset = OffsetSeconds(utc_seconds);
  const int magnitude = offset < 0 ? -offset : offset;
  return FormatIsoDate(local.date) + "T" + TwoDigits(local.hour) + ":" + TwoDigits(local.minute) +
         ":00" + (offset < 0 ? "-" : "+") + TwoDigits(magnitude / 3600) + ":" +
         TwoDigits((magnitude % 3600) / 60);
}

std::string WeekdayName(const LocalDate& date) {
  static constexpr std::array<const char*, 7> kNames = {
      "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  return kNames[date::weekday{date::sys_days{Ymd(date)}}.c_encoding()];
}

std::string MonthName(int month) {
  static constexpr std::array<const char*, 12> kNames = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return (month >= 1 && month <= 12) ? kNames[static_cast<std::size_t>(month - 1)] : "?";
}

std::string FormatLongDate(const LocalDate& date) {
  return WeekdayName(date) + ", " + MonthName(date.month) + " " + std::to_string(date.day) + ", " +
         std::to_string(date.year);
}

std::string FormatClock(int hour, int minute) {
  const int twelve = hour % 12 == 0 ? 12 : hour % 12;
  return std::to_string(twelve) + ":" + TwoDigits(minute) + (hour < 12 ? " AM" : " PM");
}

std::string FormatClock24(int hour, int minute) { return TwoDigits(hour) + ":" + TwoDigits(minute); }

std::string FormatLongDateTime(const LocalDateTime& local) {
  return FormatLongDate(local.date) + " at " + FormatClock(local.hour, local.minute);
}

std::string FormatUtcIso(std::int64_t utc_seconds) {
  const auto tp = SysSeconds{Seconds{utc_seconds}};
  return date::format("%Y-%m-%dT%H:%M:%SZ", tp);
}

}  // namespace practica::core
