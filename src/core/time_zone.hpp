// Instants are stored in UTC (seconds since the epoch); people see and type them in the
// district's IANA zone. This header keeps the tz database out of every other translation unit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace practica::core {

struct LocalDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  auto operator<=>(const LocalDate&) const = default;
};

struct LocalDateTime {
  LocalDate date;
  int hour = 0;    // 0..23
  int minute = 0;  // 0..59
  auto operator<=>(const LocalDateTime&) const = default;
};

// Parses "2018-04-06"; kInvalidInput naming the text when it is not a real calendar day.
[[nodiscard]] Result<LocalDate> ParseLocalDate(std::string_view text);
std::string FormatIsoDate(const LocalDate& date);  // "2018-04-06"
// "2018-04-06" and "16:00" (or "16:00:00", as some browsers send it) as typed in a form;
// kInvalidInput saying what is wrong with either.
[[nodiscard]] Result<LocalDateTime> ParseLocalDateTime(std::string_view date, std::string_view time);

class TimeZone {
 public:
  // kInvalidInput when the name is not in the IANA database on this machine.
  [[nodiscard]] static Result<TimeZone> Locate(std::string_view iana_name);

  const std::string& name() const { return name_; }

  // The UTC instant of a wall-clock time. A time that does not exist (the spring-forward gap)
  // is kInvalidInput; a time that happens twice (fall back) resolves to the earlier instant.
  [[nodiscard]] Result<std::int64_t> ToUtc(const LocalDateTime& local) const;
  LocalDateTime ToLocal(std::int64_t utc_seconds) const;
  // The UTC offset in effect at that instant, e.g. -25200 for PDT.
  int OffsetSeconds(std::int64_t utc_seconds) const;
  // "PDT" / "PST" at that instant.
  std::string Abbreviation(std::int64_t utc_seconds) const;

  // "2018-04-06T16:00:00-07:00"
  std::string FormatIso(std::int64_t utc_seconds) const;

 private:
  TimeZone(const void* zone, std::string name) : zone_(zone), name_(std::move(name)) {}
  const void* zone_;  // const date::time_zone*, owned by the tz database
  std::string name_;
};

std::string WeekdayName(const LocalDate& date);       // "Friday"
std::string MonthName(int month);                      // "April"
std::string FormatLongDate(const LocalDate& date);     // "Friday, April 6, 2018"
std::string FormatClock(int hour, int minute);         // "4:00 PM"
std::string FormatClock24(int hour, int minute);       // "16:00", as <input type="time"> takes it
std::string FormatLongDateTime(const LocalDateTime&);  // "Friday, April 6, 2018 at 4:00 PM"
std::string FormatUtcIso(std::int64_t utc_seconds);    // "2018-04-06T23:00:00Z"

}  // namespace practica::core
