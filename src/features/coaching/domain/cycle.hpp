// A coaching cycle with one teacher: a goal (an ISTE student indicator), then four steps in
// order — the planning conversation, the lesson, the debrief, the next step — each recorded by
// the coach when it has happened. The cycle's state is never stored: it is the first step not
// yet recorded. Only the coach and the teacher ever read a cycle (the cycles store asks
// MayReadCycle whoever asks), as with an observation.
//
// With the demo's dates: Ramon starts a cycle with Priya Shah on 2018-10-02 on 1.4.b; they plan
// on 10-04, she teaches on 10-09, they debrief on 10-10 and set the next step due 10-24. Until
// 10-04 the cycle waits for its planning conversation; after 10-10's debrief it waits for the
// next step; with the next step written it is complete.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::coaching {

enum class CycleStep { kPlanning, kLesson, kDebrief, kNextStep };
// Where a cycle stands: waiting for one of the steps, or complete.
enum class CycleState { kPlanning, kLesson, kDebrief, kNextStep, kComplete };

inline constexpr CycleStep kCycleSteps[] = {CycleStep::kPlanning, CycleStep::kLesson, CycleStep::kDebrief,
                                            CycleStep::kNextStep};

// "planning", "lesson", "debrief", "next_step": the code forms, the API and the table use.
std::string_view StepCode(CycleStep step);
std::optional<CycleStep> StepOf(std::string_view code);
// "Planning conversation", "The lesson", "Debrief", "Next step".
std::string_view StepName(CycleStep step);
// "the planning conversation", "the lesson", …: the step inside a sentence.
std::string_view StepPhrase(CycleStep step);
// "Waiting for the planning conversation", …, "Complete".
std::string StateText(CycleState state);
// The step's code while the cycle waits for it ("planning", …), then "complete".
std::string_view StateCode(CycleState state);

struct CycleDraft {
  std::int64_t coach_id = 0;
  std::int64_t school_id = 0;
  std::int64_t teacher_id = 0;
  std::string goal;  // an ISTE student indicator, "1.4.b"
  core::LocalDate started_on;
};

// Who may be named (the coach's caseload, the school's staff), the teachers who already have an
// open cycle with this coach, and today in the district's zone.
struct CycleContext {
  std::set<std::int64_t> caseload;
  std::set<std::int64_t> school_staff;
  std::set<std::int64_t> open_with;
  core::LocalDate today;
};

// kForbidden outside the caseload; kInvalidInput naming the field for a teacher off the
// school's staff, an unknown indicator, a start still to come; kConflict when the teacher
// already has an open cycle with this coach (finish that one first).
[[nodiscard]] core::Result<void> CheckCycleStart(const CycleDraft& draft, const CycleContext& context);

// One recorded step.
struct StepRecord {
  CycleStep step = CycleStep::kPlanning;
  core::LocalDate held_on;               // the day it happened (the next step: the day it was set)
  std::string notes;                     // what was planned, seen, said; the next step itself
  std::optional<core::LocalDate> due_on; // the next step only: when it is due
};

struct CycleFacts {
  core::LocalDate started_on;
  std::vector<StepRecord> steps;  // in any order; at most one of each
};

CycleState StateOf(const CycleFacts& facts);

// Whether `step` may be recorded now: it must be the step the cycle waits for (kConflict naming
// the step to record first, or saying the cycle is complete); its day must not be to come nor
// before the cycle's start or the step before it; notes are required; the next step needs a
// due day on or after the day it is set.
[[nodiscard]] core::Result<void> CheckStep(const CycleFacts& facts, const StepRecord& step,
                                           const core::LocalDate& today);

// Only the cycle's teacher and its coach.
bool MayReadCycle(std::int64_t viewer, std::int64_t teacher_id, std::int64_t coach_id);

}  // namespace practica::coaching
