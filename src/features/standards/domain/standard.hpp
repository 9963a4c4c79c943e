// Reference frameworks the program tags its work with: the ISTE Standards (for Students, for
// Educators, for Education Leaders) and SAMR.
#pragma once

#include <string>
#include <vector>

namespace practica::standards {

struct Indicator {
  std::string code;  // "1.4.a"
  std::string text;  // a short paraphrase
};

struct Standard {
  std::string code;     // "1.4"
  std::string family;   // "students", "educators" or "leaders"
  std::string name;     // "Innovative Designer"
  std::string summary;  // in our own words
  std::vector<Indicator> indicators;
};

struct SamrLevel {
  std::string code;  // "S"
  std::string name;  // "Substitution"
  std::string summary;
};

// ISTE numbers its sections 1 (students), 2 (educators) and 3 (education leaders), so a code
// ("2.5.b") names its family by its first digit and the three never collide in one table.
inline constexpr const char* kStudentsFamily = "students";
inline constexpr const char* kEducatorsFamily = "educators";
inline constexpr const char* kLeadersFamily = "leaders";

// The 2016 ISTE Standards for Students, 1.1 to 1.7, paraphrased.
const std::vector<Standard>& IsteStudentStandards();
// The 2017 ISTE Standards for Educators, 2.1 Learner to 2.7 Analyst, paraphrased: what the
// program's teachers and coaches grow into.
const std::vector<Standard>& IsteEducatorStandards();
// The 2018 ISTE Standards for Education Leaders, 3.1 to 3.5, paraphrased: what the program asks
// of principals and school leadership teams.
const std::vector<Standard>& IsteLeaderStandards();
const std::vector<SamrLevel>& SamrLevels();

}  // namespace practica::standards
