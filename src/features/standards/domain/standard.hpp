// Reference frameworks the program tags its work with: the ISTE Standards for Students and SAMR.
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
  std::string family;   // "students"
  std::string name;     // "Innovative Designer"
  std::string summary;  // in our own words
  std::vector<Indicator> indicators;
};

struct SamrLevel {
  std::string code;  // "S"
  std::string name;  // "Substitution"
  std::string summary;
};

// The 2016 ISTE Standards for Students, 1.1 to 1.7, paraphrased.
const std::vector<Standard>& IsteStudentStandards();
const std::vector<SamrLevel>& SamrLevels();

}  // namespace practica::standards
