#include "features/applications/domain/cohort_copy.hpp"

#include "core/text.hpp"

namespace practica::applications {

core::LocalDate NextYear(const core::LocalDate& date) {
  core::LocalDate next{date.year + 1, date.month, date.day};
  if (next.month == 2 && next.day == 29) next.day = 28;  // the next year is never a leap year too
  return next;
}

core::Result<std::int64_t> ShiftOneYear(std::int64_t utc_seconds, const core::TimeZone& zone) {
  auto local = zone.ToLocal(utc_seconds);
  local.date = NextYear(local.date);
  auto shifted = zone.ToUtc(local);
  if (shifted) return shifted;
  // 2:30 AM on the day the clocks spring forward does not exist; 3:30 AM does.
  local.hour += 1;
  return zone.ToUtc(local);
}

core::Result<void> CheckCohortNumber(std::string_view number) {
  const auto point = number.find('.');
  const auto digits = [](std::string_view part) {
    return !part.empty() && part.size() <= 3 &&
           part.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (point == std::string_view::npos || !digits(number.substr(0, point)) ||
      !digits(number.substr(point + 1))) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Write the new cohort's number as digits with a point, e.g. 5.0.", {},
                      "number");
  }
  return {};
}

std::string SlugForNumber(std::string_view number) { return core::Slugify("PS " + std::string(number)); }

std::string NextSchoolYear(std::string_view school_year) {
  if (school_year.size() != 9 || school_year[4] != '-') return std::string(school_year);
  const auto first = core::ParseInt(school_year.substr(0, 4), 1900, 2998);
  const auto second = core::ParseInt(school_year.substr(5, 4), 1901, 2999);
  if (!first || !second) return std::string(school_year);
  return std::to_string(*first + 1) + "-" + std::to_string(*second + 1);
}

std::string Renumber(std::string_view text, std::string_view old_number, std::string_view new_number) {
  std::string out(text);
  for (std::string_view prefix : {"PS ", "Schools ", "(PS) "}) {
    const std::string from = std::string(prefix) + std::string(old_number);
    const std::string to = std::string(prefix) + std::string(new_number);
    for (auto at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) {
      // "PS 3.0" inside "PS 3.01" is another number.
      const auto after = at + from.size();
      if (after < out.size() && out[after] >= '0' && out[after] <= '9') continue;
      out.replace(at, from.size(), to);
    }
  }
  return out;
}

}  // namespace practica::applications
