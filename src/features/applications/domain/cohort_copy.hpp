// Opening next year's cohort from this year's: the same questions, criteria, agreement, Q&A
// sessions, windows and timeline, each date a year later at the same local time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// kInvalidInput naming "school_year" unless it reads "2020-2021": two years, the second the next.
[[nodiscard]] core::Result<void> CheckSchoolYear(std::string_view school_year);

// How a cohort's own text names it: PS 4.0's agreement says "Practitioner Schools 4.0: Global
// Collaborator, for the 2019-2020 school year".
struct Wording {
  std::string number;       // "4.0"
  std::string theme;        // the cohort's title, "Global Collaborator"
  std::string school_year;  // "2019-2020"
};

// The text with the old cohort's number, theme and school year replaced by the new one's
// wherever it names them (the school year with a hyphen or an en dash). A theme that did not
// change is left alone.
std::string Reword(std::string_view text, const Wording& from, const Wording& to);

// What in the text still names the old cohort after Reword: its number ("PS 4.0"), its theme
// (unless the new cohort kept it), its school year, and its first year on its own ("2019", as in
// "June 7, 2019"), which no date of the new cohort's year can be. Each phrase once, in that order.
std::vector<std::string> StaleMentions(std::string_view text, const Wording& from, const Wording& to);

// One part of a copied cohort that still names the cohort it was copied from.
struct StalePart {
  std::string part;                  // "The agreement", "Guiding question 3", "Timeline: Deadline to Apply…"
  std::vector<std::string> phrases;  // what it still says: "PS 4.0", "2019"
};

// Texts by part, as the setup page lists them.
struct NamedText {
  std::string part;
  std::string text;
};

std::vector<StalePart> StaleParts(const std::vector<NamedText>& texts, const Wording& from, const Wording& to);

}  // namespace practica::applications
