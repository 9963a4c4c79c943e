#include "features/challenges/domain/stage.hpp"

namespace practica::challenges {

std::string_view StageCode(StageKind kind) {
  switch (kind) {
    case StageKind::kProblemOfPractice: return "problem_of_practice";
    case StageKind::kChallenge: return "challenge";
    case StageKind::kActionSteps: return "action_steps";
    case StageKind::kCycle: return "cycle";
    case StageKind::kSharing: return "sharing";
  }
  return "problem_of_practice";
}

std::string Stage::Label() const {
  switch (kind) {
    case StageKind::kProblemOfPractice: return "Problem of practice";
    case StageKind::kChallenge: return "Challenge";
    case StageKind::kActionSteps: return "Action steps";
    case StageKind::kCycle: return "Cycle " + std::to_string(cycle);
    case StageKind::kSharing: return "Sharing";
  }
  return "Problem of practice";
}

Stage StageOf(const Progress& progress) {
  if (!progress.has_problem) return {StageKind::kProblemOfPractice, 0};
  if (!progress.has_statement) return {StageKind::kChallenge, 0};
  if (progress.steps == 0) return {StageKind::kActionSteps, 0};
  if (progress.adopted && progress.open_cycles == 0) return {StageKind::kSharing, 0};
  const int running = progress.open_cycles > 0 ? progress.cycles : progress.cycles + 1;
  return {StageKind::kCycle, running};
}

}  // namespace practica::challenges
