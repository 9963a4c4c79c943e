// Where a school's design challenge stands, computed from what exists and never typed:
// problem of practice → challenge → action steps → cycle N → sharing.
#pragma once

#include <string>
#include <string_view>

namespace practica::challenges {

enum class StageKind { kProblemOfPractice, kChallenge, kActionSteps, kCycle, kSharing };
std::string_view StageCode(StageKind kind);  // "problem_of_practice", …, "cycle", "sharing"

struct Stage {
  StageKind kind = StageKind::kProblemOfPractice;
  int cycle = 0;  // the cycle being run (kCycle): the open one, or the next to open

  std::string Label() const;  // "Problem of practice", "Cycle 2", "Sharing"
};

// What the stage is computed from.
struct Progress {
  bool has_problem = false;
  bool has_statement = false;
  int steps = 0;
  int cycles = 0;          // opened, closed or not
  int open_cycles = 0;     // 0 or 1
  bool adopted = false;    // a closed cycle decided "adopt": the practice is ready to share
};

// The first thing missing is the stage: without a problem of practice, writing it; then the
// "How might we" statement; then the action steps. With steps, the team is in cycle N: the open
// cycle's number, or the next one to open. A cycle closed with "adopt" and none open means the
// team has a practice to share with the cohort: sharing.
Stage StageOf(const Progress& progress);

}  // namespace practica::challenges
