#include "features/coaching/domain/cycle.hpp"

#include "features/coaching/domain/observation.hpp"

namespace practica::coaching {
namespace {

using core::ErrorCode;
using core::Fail;

const StepRecord* Find(const CycleFacts& facts, CycleStep step) {
  for (const auto& s : facts.steps) {
    if (s.step == step) return &s;
  }
  return nullptr;
}

}  // namespace

std::string_view StepCode(CycleStep step) {
  switch (step) {
    case CycleStep::kPlanning: return "planning";
    case CycleStep::kLesson: return "lesson";
    case CycleStep::kDebrief: return "debrief";
    case CycleStep::kNextStep: return "next_step";
  }
  return "";
}

std::optional<CycleStep> StepOf(std::string_view code) {
  for (auto step : kCycleSteps) {
    if (StepCode(step) == code) return step;
  }
  return std::nullopt;
}

std::string_view StepName(CycleStep step) {
  switch (step) {
    case CycleStep::kPlanning: return "Planning conversation";
    case CycleStep::kLesson: return "The lesson";
    case CycleStep::kDebrief: return "Debrief";
    case CycleStep::kNextStep: return "Next step";
  }
  return "";
}

std::string_view StepPhrase(CycleStep step) {
  switch (step) {
    case CycleStep::kPlanning: return "the planning conversation";
    case CycleStep::kLesson: return "the lesson";
    case CycleStep::kDebrief: return "the debrief";
    case CycleStep::kNextStep: return "the next step";
  }
  return "";
}

// A cycle not complete waits for the step of the same number (StateOf), so its words are the
// step's.
std::string StateText(CycleState state) {
  if (state == CycleState::kComplete) return "Complete";
  return "Waiting for " + std::string(StepPhrase(static_cast<CycleStep>(state)));
}

std::string_view StateCode(CycleState state) {
  return state == CycleState::kComplete ? "complete" : StepCode(static_cast<CycleStep>(state));
}

core::Result<void> CheckCycleStart(const CycleDraft& draft, const CycleContext& context) {
  if (!context.caseload.contains(draft.school_id)) {
    return Fail(ErrorCode::kForbidden,
                "That school is not in your caseload; coach only at the schools assigned to you.", {}, "school");
  }
  if (!context.school_staff.contains(draft.teacher_id)) {
    return Fail(ErrorCode::kInvalidInput, "Choose a teacher on this school's staff.", {}, "teacher");
  }
  if (!IsStudentIndicator(draft.goal)) {
    return Fail(ErrorCode::kInvalidInput, "Choose the ISTE indicator the cycle aims at, such as 1.4.b.", {},
                "goal");
  }
  if (draft.started_on > context.today) {
    return Fail(ErrorCode::kInvalidInput,
                "The date " + core::FormatLongDate(draft.started_on) + " is still to come; start the cycle when it begins.",
                {}, "started_on");
  }
  if (context.open_with.contains(draft.teacher_id)) {
    return Fail(ErrorCode::kConflict,
                "This teacher already has a cycle with you that is not complete; finish it before starting another.",
                {}, "teacher");
  }
  return {};
}

CycleState StateOf(const CycleFacts& facts) {
  for (auto step : kCycleSteps) {
    if (Find(facts, step) == nullptr) return static_cast<CycleState>(step);
  }
  return CycleState::kComplete;
}

core::Result<void> CheckStep(const CycleFacts& facts, const StepRecord& step, const core::LocalDate& today) {
  const auto state = StateOf(facts);
  if (state == CycleState::kComplete) {
    return Fail(ErrorCode::kConflict, "This cycle is complete; start a new cycle for the next goal.", {}, "step");
  }
  const auto waiting = static_cast<CycleStep>(state);
  if (step.step != waiting) {
    const bool done = Find(facts, step.step) != nullptr;
    return Fail(ErrorCode::kConflict,
                std::string(StepName(step.step)) + (done ? " is already recorded" : " cannot come yet") +
                    "; the cycle waits for: " + std::string(StepName(waiting)) + ".",
                {}, "step");
  }
  if (step.held_on > today) {
    return Fail(ErrorCode::kInvalidInput,
                "The date " + core::FormatLongDate(step.held_on) + " is still to come; record a step once it has happened.",
                {}, "held_on");
  }
  auto earliest = facts.started_on;
  std::string_view after = "the cycle's start";
  if (step.step != CycleStep::kPlanning) {
    const auto before = static_cast<CycleStep>(static_cast<int>(step.step) - 1);
    earliest = Find(facts, before)->held_on;
    after = StepPhrase(before);
  }
  if (step.held_on < earliest) {
    return Fail(ErrorCode::kInvalidInput,
                "The date " + core::FormatLongDate(step.held_on) + " is before " + std::string(after) + " (" +
                    core::FormatLongDate(earliest) + ").",
                {}, "held_on");
  }
  if (step.notes.empty()) {
    return Fail(ErrorCode::kInvalidInput,
                step.step == CycleStep::kNextStep ? "Write the next step." : "Write what happened.", {}, "notes");
  }
  if (step.step == CycleStep::kNextStep) {
    if (!step.due_on) return Fail(ErrorCode::kInvalidInput, "Give the day the next step is due.", {}, "due_on");
    if (*step.due_on < step.held_on) {
      return Fail(ErrorCode::kInvalidInput, "The next step cannot be due before the day it is set.", {}, "due_on");
    }
  } else if (step.due_on) {
    return Fail(ErrorCode::kInvalidInput, "Only the next step has a due day.", {}, "due_on");
  }
  return {};
}

// The same two people as an observation, for the same reason: coaching is not evaluation.
bool MayReadCycle(std::int64_t viewer, std::int64_t teacher_id, std::int64_t coach_id) {
  return MayReadObservation(viewer, teacher_id, coach_id);
}

}  // namespace practica::coaching
