// The vocabularies exemplars are tagged with beyond ISTE and SAMR: the K-12 CS Framework's core
// concepts and practices, grade bands and subjects.
#pragma once

#include <string>
#include <vector>

namespace practica::standards {

struct TaggingTerm {
  std::string kind;  // "cs_concept", "cs_practice", "grade_band", "subject"
  std::string code;  // "AP", "P5", "3-5", "science"
  std::string name;  // "Algorithms and Programming"
  std::string summary;
};

// Every term of every vocabulary, in the order a form lists them.
const std::vector<TaggingTerm>& TaggingTerms();

}  // namespace practica::standards
