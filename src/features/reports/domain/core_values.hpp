// The Task Force's six core values ("Core Values That Drive Our Mission", the Instructional
// Technology Initiative Task Force's vision and mission) and the program evidence a progress
// report can set under each. Staff choose which evidence speaks to which value; the report
// writes each chosen evidence as a sentence over the cohort's figures (figures.hpp).
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::reports {

struct CoreValue {
  std::string_view key;    // "personalized": what a choice is stored under
  int number = 0;          // 1 to 6, as the Task Force numbered them
  std::string_view title;  // "Differentiated and Personalized Teaching and Learning"
  std::string_view text;   // the Task Force's sentence under it
};

struct EvidenceKind {
  std::string_view key;    // "commitments"
  std::string_view label;  // "Commitments verified"
};

// The six values, in the Task Force's order.
std::span<const CoreValue> CoreValues();
// Every kind of evidence the program holds, in the program's order (agreement to certification).
std::span<const EvidenceKind> EvidenceKinds();

const CoreValue* FindValue(std::string_view key);
const EvidenceKind* FindEvidence(std::string_view key);

// Value key → evidence keys, in EvidenceKinds' order.
using EvidenceChoice = std::map<std::string, std::vector<std::string>, std::less<>>;

// What a cohort's report sets under each value until staff choose otherwise: the evidence that
// speaks to it most plainly (exemplars to "students as creators", feedback forms and the
// technology plan to "ongoing improvement", …).
EvidenceChoice DefaultEvidence();

// kInvalidInput naming the field ("evidence.<value>") for an unknown value or evidence key or a
// kind named twice under one value. An empty list under a value is allowed: the report then
// says staff set no evidence under it.
[[nodiscard]] core::Result<void> CheckChoice(const EvidenceChoice& choice);

}  // namespace practica::reports
