// A coaching cycle's rules alone, on the demo's dates: Ramon starts with Priya on 2018-10-02,
// they plan on 10-04, she teaches on 10-09, they debrief on 10-10, the next step is due 10-24.
#include "features/coaching/domain/cycle.hpp"

#include <gtest/gtest.h>

namespace practica::coaching {
namespace {

CycleDraft Draft() {
  CycleDraft d;
  d.coach_id = 1;
  d.school_id = 10;
  d.teacher_id = 100;
  d.goal = "1.4.b";
  d.started_on = {2018, 10, 2};
  return d;
}

CycleContext Context() { return CycleContext{{10}, {100}, {}, {2018, 10, 2}}; }

StepRecord Step(CycleStep step, core::LocalDate day, std::string notes = "Planned the launch.") {
  return StepRecord{step, day, std::move(notes), std::nullopt};
}

CycleFacts Through(CycleStep last) {
  CycleFacts facts{{2018, 10, 2}, {}};
  const core::LocalDate days[] = {{2018, 10, 4}, {2018, 10, 9}, {2018, 10, 10}};
  for (int i = 0; i <= static_cast<int>(last) && i < 3; ++i) {
    facts.steps.push_back(Step(static_cast<CycleStep>(i), days[i]));
  }
  return facts;
}

TEST(CheckCycleStart, AcceptsACaseloadTeacherAndAnIndicator) { EXPECT_TRUE(CheckCycleStart(Draft(), Context())); }

TEST(CheckCycleStart, RefusesOutsideTheCaseloadAnotherSchoolsTeacherAndAnUnknownGoal) {
  auto outside = Draft();
  outside.school_id = 12;
  auto stranger = Draft();
  stranger.teacher_id = 200;
  auto goal = Draft();
  goal.goal = "cs.p3";  // a CS practice, not an ISTE indicator

  EXPECT_EQ(CheckCycleStart(outside, Context()).error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(CheckCycleStart(stranger, Context()).error().field, "teacher");
  EXPECT_EQ(CheckCycleStart(goal, Context()).error().field, "goal");
}

TEST(CheckCycleStart, RefusesAStartToComeAndASecondOpenCycleWithTheSameTeacher) {
  auto later = Draft();
  later.started_on = {2018, 10, 3};
  auto open = Context();
  open.open_with = {100};

  EXPECT_EQ(CheckCycleStart(later, Context()).error().field, "started_on");
  EXPECT_EQ(CheckCycleStart(Draft(), open).error().code, core::ErrorCode::kConflict);
}

TEST(StateOf, IsTheFirstStepNotRecorded) {
  EXPECT_EQ(StateOf(CycleFacts{{2018, 10, 2}, {}}), CycleState::kPlanning);
  EXPECT_EQ(StateOf(Through(CycleStep::kPlanning)), CycleState::kLesson);
  EXPECT_EQ(StateOf(Through(CycleStep::kLesson)), CycleState::kDebrief);
  EXPECT_EQ(StateOf(Through(CycleStep::kDebrief)), CycleState::kNextStep);
  auto done = Through(CycleStep::kDebrief);
  done.steps.push_back(StepRecord{CycleStep::kNextStep, {2018, 10, 10}, "Try peer review.", core::LocalDate{2018, 10, 24}});
  EXPECT_EQ(StateOf(done), CycleState::kComplete);
}

TEST(CheckStep, TakesOnlyTheStepTheCycleWaitsFor) {
  const core::LocalDate today{2018, 10, 20};
  const auto planned = Through(CycleStep::kPlanning);

  EXPECT_TRUE(CheckStep(planned, Step(CycleStep::kLesson, {2018, 10, 9}), today));
  auto skipped = CheckStep(planned, Step(CycleStep::kDebrief, {2018, 10, 10}), today);
  auto again = CheckStep(planned, Step(CycleStep::kPlanning, {2018, 10, 5}), today);

  EXPECT_EQ(skipped.error().code, core::ErrorCode::kConflict);
  EXPECT_NE(skipped.error().message.find("The lesson"), std::string::npos) << skipped.error().message;
  EXPECT_NE(again.error().message.find("already recorded"), std::string::npos) << again.error().message;
}

TEST(CheckStep, RefusesADayToComeOrBeforeTheStepBefore) {
  const auto planned = Through(CycleStep::kPlanning);  // planned on 2018-10-04

  auto future = CheckStep(planned, Step(CycleStep::kLesson, {2018, 10, 9}), {2018, 10, 8});
  auto early = CheckStep(planned, Step(CycleStep::kLesson, {2018, 10, 3}), {2018, 10, 20});
  auto before_start = CheckStep(CycleFacts{{2018, 10, 2}, {}}, Step(CycleStep::kPlanning, {2018, 10, 1}), {2018, 10, 20});

  EXPECT_EQ(future.error().field, "held_on");
  EXPECT_EQ(early.error().field, "held_on");
  EXPECT_NE(early.error().message.find("planning conversation"), std::string::npos) << early.error().message;
  EXPECT_EQ(before_start.error().field, "held_on");
}

TEST(CheckStep, TheNextStepNeedsItsWordsAndADueDayNotBeforeIt) {
  const core::LocalDate today{2018, 10, 20};
  const auto debriefed = Through(CycleStep::kDebrief);  // debriefed on 2018-10-10
  StepRecord next{CycleStep::kNextStep, {2018, 10, 10}, "Try peer review.", core::LocalDate{2018, 10, 24}};
  auto no_due = next;
  no_due.due_on.reset();
  auto due_early = next;
  due_early.due_on = core::LocalDate{2018, 10, 9};
  auto no_words = next;
  no_words.notes.clear();

  EXPECT_TRUE(CheckStep(debriefed, next, today));
  EXPECT_EQ(CheckStep(debriefed, no_due, today).error().field, "due_on");
  EXPECT_EQ(CheckStep(debriefed, due_early, today).error().field, "due_on");
  EXPECT_EQ(CheckStep(debriefed, no_words, today).error().field, "notes");
}

TEST(CheckStep, ACompleteCycleTakesNoMore) {
  auto done = Through(CycleStep::kDebrief);
  done.steps.push_back(StepRecord{CycleStep::kNextStep, {2018, 10, 10}, "Try peer review.", core::LocalDate{2018, 10, 24}});

  auto more = CheckStep(done, Step(CycleStep::kNextStep, {2018, 10, 12}), {2018, 10, 20});

  EXPECT_EQ(more.error().code, core::ErrorCode::kConflict);
  EXPECT_NE(more.error().message.find("complete"), std::string::npos);
}

TEST(MayReadCycle, OnlyItsTeacherAndItsCoach) {
  EXPECT_TRUE(MayReadCycle(100, 100, 1));
  EXPECT_TRUE(MayReadCycle(1, 100, 1));
  EXPECT_FALSE(MayReadCycle(7, 100, 1));  // the principal, district staff: anyone else
  EXPECT_FALSE(MayReadCycle(0, 100, 1));
}

}  // namespace
}  // namespace practica::coaching
