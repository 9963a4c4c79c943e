// A cycle of reflect-and-refine: the team tries a prototype (a lesson, a routine, a PD session),
// says beforehand what it predicts and what evidence it will collect, then records what happened,
// what it learned and its decision: adopt, adapt or abandon, with the next step.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::challenges {

enum class Decision { kAdopt, kAdapt, kAbandon };
std::string_view DecisionCode(Decision decision);   // "adopt"
std::string_view DecisionLabel(Decision decision);  // "Adopt"
std::optional<Decision> ParseDecision(std::string_view code);

// A file kept as a cycle's evidence (student work, notes, data), checked by its content on upload.
struct EvidenceFile {
  std::int64_t id = 0;
  std::string file_name;
  std::string content_type;
  std::int64_t size_bytes = 0;
  std::int64_t uploaded_at = 0;  // UTC seconds
};

struct Cycle {
  std::int64_t id = 0;
  int number = 0;  // 1, 2, …: "Cycle 2"
  std::string try_text;          // the prototype
  std::string prediction;
  std::string evidence_planned;  // what the team will collect
  std::string happened;          // what happened: the evidence
  std::string evidence_links;    // links to what is kept elsewhere, one a line
  std::vector<EvidenceFile> files;  // what was uploaded here
  std::string learned;
  std::optional<Decision> decision;
  std::string next_step;
  std::optional<std::int64_t> closed_at;  // UTC seconds

  bool closed() const { return closed_at.has_value(); }
};

// kInvalidInput naming the field when what the team will try is empty, or its prediction or
// planned evidence: a cycle is planned before it is run.
[[nodiscard]] core::Result<Cycle> CheckPlan(Cycle cycle);

// A cycle closes with its evidence and a decision. kInvalidInput naming the first missing field
// (what happened, evidence: a link or a file, learned, decision, next step); kConflict when it is
// already closed.
[[nodiscard]] core::Result<void> CheckClose(const Cycle& cycle);

// kConflict when a cycle is still open: one runs at a time, so the next starts from a decision.
[[nodiscard]] core::Result<void> CheckCanOpen(const std::optional<Cycle>& open_cycle);

}  // namespace practica::challenges
