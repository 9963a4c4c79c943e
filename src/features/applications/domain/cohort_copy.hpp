// Opening next year's cohort from this year's: the same questions, criteria, agreement, Q&A
// sessions, windows and timeline, each date a year later at the same local time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::applications {

// The same day a year later; February 29 becomes February 28.
core::LocalDate NextYear(const core::LocalDate& date);

// The same local wall-clock time on NextYear's day. A time that falls in the spring-forward gap
// moves one hour later, as the clocks do.
[[nodiscard]] core::Result<std::int64_t> ShiftOneYear(std::int64_t utc_seconds,
                                                      const core::TimeZone& zone);

// kInvalidInput naming "number" unless it reads like 5.0 (digits, a point, digits).
[[nodiscard]] core::Result<void> CheckCohortNumber(std::string_view number);
// "5.0" -> "ps-5-0"
std::string SlugForNumber(std::string_view number);
// "2019-2020" -> "2020-2021"; anything else is kept as it is.
std::string NextSchoolYear(std::string_view school_year);
// Replaces the cohort's number where the text names it ("PS 4.0", "Practitioner Schools 4.0",
// "(PS) 4.0") so copied questions and timeline titles speak of the new cohort.
std::string Renumber(std::string_view text, std::string_view old_number, std::string_view new_number);

}  // namespace practica::applications
