#include "features/challenges/domain/action_step.hpp"

#include <algorithm>

#include "core/calendar_days.hpp"
#include "core/text.hpp"

namespace practica::challenges {

std::string_view StepStatusCode(StepStatus status) {
  switch (status) {
    case StepStatus::kNotStarted: return "not_started";
    case StepStatus::kInProgress: return "in_progress";
    case StepStatus::kDone: return "done";
  }
  return "not_started";
}

std::string_view StepStatusLabel(StepStatus status) {
  switch (status) {
    case StepStatus::kNotStarted: return "Not started";
    case StepStatus::kInProgress: return "In progress";
    case StepStatus::kDone: return "Done";
  }
  return "Not started";
}

std::optional<StepStatus> ParseStepStatus(std::string_view code) {
  for (auto status : {StepStatus::kNotStarted, StepStatus::kInProgress, StepStatus::kDone}) {
    if (StepStatusCode(status) == code) return status;
  }
  return std::nullopt;
}

std::string_view TimingLabel(Timing timing) {
  switch (timing) {
    case Timing::kOnTrack: return "on track";
    case Timing::kDueSoon: return "due soon";
    case Timing::kLate: return "late";
    case Timing::kDone: return "done";
  }
  return "on track";
}

Timing TimingOf(const ActionStep& step, const core::LocalDate& today) {
  if (step.status == StepStatus::kDone) return Timing::kDone;
  if (step.due_on < today) return Timing::kLate;
  if (core::AddDays(today, kStepDueSoonDays) >= step.due_on) return Timing::kDueSoon;
  return Timing::kOnTrack;
}

core::Result<ActionStep> CheckStep(ActionStep step, const std::vector<TeamPerson>& team,
                                   std::string_view school_name) {
  step.what = std::string(core::Trim(step.what));
  if (step.what.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Say what the step is: what will be done.", {}, "what");
  }
  auto owner = std::ranges::find(team, step.owner_person_id, &TeamPerson::person_id);
  if (owner == team.end()) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "A step belongs to a member of " + std::string(school_name) +
                          "'s practitioner team or its coach; choose one of them.",
                      {}, "owner");
  }
  step.owner_name = owner->name;
  return step;
}

}  // namespace practica::challenges
