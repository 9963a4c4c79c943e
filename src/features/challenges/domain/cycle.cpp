#include "features/challenges/domain/cycle.hpp"

#include "core/text.hpp"

namespace practica::challenges {
namespace {

std::unexpected<core::Error> Missing(std::string message, std::string field) {
  return core::Fail(core::ErrorCode::kInvalidInput, std::move(message), {}, std::move(field));
}

}  // namespace

std::string_view DecisionCode(Decision decision) {
  switch (decision) {
    case Decision::kAdopt: return "adopt";
    case Decision::kAdapt: return "adapt";
    case Decision::kAbandon: return "abandon";
  }
  return "adapt";
}

std::string_view DecisionLabel(Decision decision) {
  switch (decision) {
    case Decision::kAdopt: return "Adopt";
    case Decision::kAdapt: return "Adapt";
    case Decision::kAbandon: return "Abandon";
  }
  return "Adapt";
}

std::optional<Decision> ParseDecision(std::string_view code) {
  for (auto decision : {Decision::kAdopt, Decision::kAdapt, Decision::kAbandon}) {
    if (DecisionCode(decision) == code) return decision;
  }
  return std::nullopt;
}

core::Result<Cycle> CheckPlan(Cycle cycle) {
  cycle.try_text = std::string(core::Trim(cycle.try_text));
  cycle.prediction = std::string(core::Trim(cycle.prediction));
  cycle.evidence_planned = std::string(core::Trim(cycle.evidence_planned));
  if (cycle.try_text.empty()) return Missing("Say what you will try: a lesson, a routine, a PD session.", "try");
  if (cycle.prediction.empty()) return Missing("Say what you predict will happen when you try it.", "prediction");
  if (cycle.evidence_planned.empty()) {
    return Missing("Say what evidence you will collect: student work, an observation, a survey.", "evidence_planned");
  }
  return cycle;
}

core::Result<void> CheckClose(const Cycle& cycle) {
  if (cycle.closed()) {
    return core::Fail(core::ErrorCode::kConflict,
                      "Cycle " + std::to_string(cycle.number) + " is already closed; open the next cycle instead.");
  }
  if (core::Trim(cycle.happened).empty()) {
    return Missing("A cycle closes with its evidence: say what happened when you tried it.", "happened");
  }
  if (core::Trim(cycle.evidence_links).empty() && cycle.files.empty()) {
    return Missing("A cycle closes with its evidence: attach the student work, notes or data you collected, or "
                   "give a link to them.",
                   "evidence_links");
  }
  if (core::Trim(cycle.learned).empty()) return Missing("Say what you learned from this cycle.", "learned");
  if (!cycle.decision) {
    return Missing("A cycle closes with a decision: adopt, adapt or abandon what you tried.", "decision");
  }
  if (core::Trim(cycle.next_step).empty()) {
    return Missing("Say the next step that follows from your decision.", "next_step");
  }
  return {};
}

core::Result<void> CheckCanOpen(const std::optional<Cycle>& open_cycle) {
  if (!open_cycle) return {};
  return core::Fail(core::ErrorCode::kConflict,
                    "Cycle " + std::to_string(open_cycle->number) +
                        " is still open; close it with its evidence and a decision before starting the next.",
                    {}, "try");
}

}  // namespace practica::challenges
