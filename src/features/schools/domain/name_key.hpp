// How Practica decides that two spellings of a school's name are the same school.
//
// The rule, in order:
//  1. Normalize: lower case; "&" -> "and"; punctuation and hyphens split words; a name in
//     parentheses ("(MaCES)") is kept apart as the school's acronym; common abbreviations are
//     spelled out (Ave -> avenue, ES -> elementary, MS -> middle, HS -> high, Perf -> performing…).
//  2. Level: elementary / middle / high / K-12 span / special education center, when the name says.
//  3. Core words: what is left after dropping level words, "school", "magnet", "steam", "academy",
//     connecting words (of, for, and, at, the), honorifics (Dr.) and single-letter initials.
//  4. Two names are the same school when their levels do not disagree and either
//     (a) one's core words are all found among the other's, sharing at least one word that is not
//         generic (street, avenue, center, …), where words match exactly, or, for words of six or
//         more letters, within one typo (one letter added, dropped, changed or two swapped);
//         numbers must match exactly ("20th" is never "24th"); or
//     (b) one name is exactly the other's acronym ("Maces" and "… (MaCES)").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/schools/domain/school.hpp"

namespace practica::schools {

struct NameKey {
  std::vector<std::string> core;  // sorted, unique
  std::optional<SchoolType> level;
  std::string acronym;  // from "(MaCES)": "maces"; "" when none
};

NameKey KeyOf(std::string_view name);

// True when the two keys name the same school by the rule above.
bool SameSchool(const NameKey& a, const NameKey& b);

// Damerau-Levenshtein distance capped at 2 (2 means "two or more").
int TypoDistance(std::string_view a, std::string_view b);

}  // namespace practica::schools
