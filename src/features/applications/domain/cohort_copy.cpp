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

namespace {

// How the program's texts put a cohort's number: "PS 4.0", "Practitioner Schools 4.0",
// "Practitioner Schools (PS) 4.0".
constexpr std::string_view kNumberPrefixes[] = {"PS ", "Schools ", "(PS) "};

}  // namespace

std::string Renumber(std::string_view text, std::string_view old_number, std::string_view new_number) {
  std::string out(text);
  for (std::string_view prefix : kNumberPrefixes) {
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

core::Result<void> CheckSchoolYear(std::string_view school_year) {
  const auto fail = [] {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Write the school year as two years with a hyphen, the second the next, e.g. 2020-2021.",
                      {}, "school_year");
  };
  const auto text = core::Trim(school_year);
  if (text.size() != 9 || text[4] != '-') return fail();
  const auto first = core::ParseInt(text.substr(0, 4), 1900, 2998);
  const auto second = core::ParseInt(text.substr(5, 4), 1901, 2999);
  if (!first || !second || *second != *first + 1) return fail();
  return {};
}

namespace {

constexpr std::string_view kEnDash = "\u2013";

void ReplaceAll(std::string& text, std::string_view from, std::string_view to) {
  if (from.empty() || from == to) return;
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

// "2019-2020" with an en dash: how typeset documents write a school year.
std::string Dashed(std::string_view school_year) {
  if (school_year.size() != 9) return std::string(school_year);
  return std::string(school_year.substr(0, 4)) + std::string(kEnDash) + std::string(school_year.substr(5));
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// `word` appears in `text` with no digit right before or after it.
bool HasNumber(std::string_view text, std::string_view word) {
  for (auto at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool before = at > 0 && IsDigit(text[at - 1]);
    const bool after = at + word.size() < text.size() && IsDigit(text[at + word.size()]);
    if (!before && !after) return true;
  }
  return false;
}

}  // namespace

std::string Reword(std::string_view text, const Wording& from, const Wording& to) {
  std::string out = Renumber(text, from.number, to.number);
  if (!from.theme.empty() && !to.theme.empty()) ReplaceAll(out, from.theme, to.theme);
  if (!from.school_year.empty() && !to.school_year.empty()) {
    ReplaceAll(out, from.school_year, to.school_year);
    ReplaceAll(out, Dashed(from.school_year), Dashed(to.school_year));
  }
  return out;
}

std::vector<std::string> StaleMentions(std::string_view text, const Wording& from, const Wording& to) {
  std::vector<std::string> stale;
  if (from.number != to.number) {
    for (std::string_view prefix : kNumberPrefixes) {
      if (HasNumber(text, std::string(prefix) + from.number)) {
        stale.push_back("PS " + from.number);
        break;
      }
    }
  }
  if (!from.theme.empty() && from.theme != to.theme && text.find(from.theme) != std::string_view::npos) {
    stale.push_back(from.theme);
  }
  if (!from.school_year.empty() && from.school_year != to.school_year) {
    if (text.find(from.school_year) != std::string_view::npos ||
        text.find(Dashed(from.school_year)) != std::string_view::npos) {
      stale.push_back(from.school_year);
    }
    const auto first_year = from.school_year.substr(0, 4);
    if (to.school_year.find(first_year) == std::string::npos && HasNumber(text, first_year)) {
      stale.push_back(first_year);
    }
  }
  return stale;
}

std::vector<StalePart> StaleParts(const std::vector<NamedText>& texts, const Wording& from, const Wording& to) {
  std::vector<StalePart> parts;
  for (const auto& [part, text] : texts) {
    auto phrases = StaleMentions(text, from, to);
    if (!phrases.empty()) parts.push_back({part, std::move(phrases)});
  }
  return parts;
}

}  // namespace practica::applications
