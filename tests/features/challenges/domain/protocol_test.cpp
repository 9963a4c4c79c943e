// The Critical Friends protocol's rules, told through the demo's round of Friday March 22, 2019:
// Garvanza presents its first cycle, Hope Street ES's people are its critical friends, Ramon
// Castillo facilitates.
#include "features/challenges/domain/protocol.hpp"

#include <gtest/gtest.h>

#include "features/challenges/domain/round.hpp"

namespace practica::challenges {
namespace {

using core::ErrorCode;

TEST(CheckItem, TheCriticalFriendsAskInTheQuestionSteps) {
  EXPECT_TRUE(CheckItem(ProtocolStep::kClarifying, RoundRole::kParticipant, ItemKind::kClarifying, "How long?"));
  EXPECT_TRUE(CheckItem(ProtocolStep::kProbing, RoundRole::kParticipant, ItemKind::kProbing, "What would it take?"));
}

TEST(CheckItem, ThePresenterGivesNoFeedbackOnTheirOwnRound) {
  for (auto kind : {ItemKind::kWarm, ItemKind::kCool}) {
    auto said = CheckItem(ProtocolStep::kFeedback, RoundRole::kPresenter, kind, "It went well.");

    ASSERT_FALSE(said.has_value());
    EXPECT_EQ(said.error().code, ErrorCode::kForbidden);
    EXPECT_NE(said.error().message.find("listens in silence"), std::string::npos) << said.error().message;
  }
  EXPECT_TRUE(CheckItem(ProtocolStep::kFeedback, RoundRole::kParticipant, ItemKind::kCool, "A third class?"));
}

TEST(CheckItem, OnlyThePresenterReflects) {
  EXPECT_TRUE(CheckItem(ProtocolStep::kReflection, RoundRole::kPresenter, ItemKind::kReflection, "We will add a class."));
  EXPECT_EQ(CheckItem(ProtocolStep::kReflection, RoundRole::kParticipant, ItemKind::kReflection, "x").error().code,
            ErrorCode::kForbidden);
}

TEST(CheckItem, FeedbackBeforeItsStepIsRefusedNamingTheStep) {
  auto early = CheckItem(ProtocolStep::kClarifying, RoundRole::kParticipant, ItemKind::kWarm, "Promising.");

  ASSERT_FALSE(early.has_value());
  EXPECT_EQ(early.error().code, ErrorCode::kConflict);
  EXPECT_EQ(early.error().message, "Warm feedback belongs to the Feedback step; the round is in the Clarifying questions step.");
}

TEST(CheckItem, NothingIsSaidBeforeTheStartOrAfterTheEnd) {
  EXPECT_EQ(CheckItem(ProtocolStep::kNotStarted, RoundRole::kParticipant, ItemKind::kClarifying, "x").error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(CheckItem(ProtocolStep::kFinished, RoundRole::kFacilitator, ItemKind::kDebrief, "x").error().code,
            ErrorCode::kConflict);
}

TEST(CheckItem, SomeoneOutsideTheRoundSaysNothing) {
  EXPECT_EQ(CheckItem(ProtocolStep::kDebrief, RoundRole::kNone, ItemKind::kDebrief, "x").error().code, ErrorCode::kForbidden);
}

TEST(CheckItem, AnEmptyItemNamesTheBox) {
  auto empty = CheckItem(ProtocolStep::kDebrief, RoundRole::kParticipant, ItemKind::kDebrief, "  ");

  ASSERT_FALSE(empty.has_value());
  EXPECT_EQ(empty.error().field, "body");
}

TEST(KindsOpenTo, ThePresenterHasNothingToAddDuringFeedback) {
  EXPECT_TRUE(KindsOpenTo(ProtocolStep::kFeedback, RoundRole::kPresenter).empty());
  EXPECT_EQ(KindsOpenTo(ProtocolStep::kFeedback, RoundRole::kParticipant),
            (std::vector<ItemKind>{ItemKind::kWarm, ItemKind::kCool}));
  EXPECT_EQ(KindsOpenTo(ProtocolStep::kDebrief, RoundRole::kPresenter), std::vector<ItemKind>{ItemKind::kDebrief});
}

TEST(CheckAdvance, TheFacilitatorMovesThroughEveryStepInOrderToTheEnd) {
  auto step = ProtocolStep::kNotStarted;
  std::vector<std::string_view> seen;
  while (step != ProtocolStep::kFinished) {
    auto next = CheckAdvance(step, true);
    ASSERT_TRUE(next.has_value());
    step = *next;
    seen.push_back(StepCode(step));
  }
  EXPECT_EQ(seen, (std::vector<std::string_view>{"presentation", "clarifying", "probing", "feedback", "reflection",
                                                 "debrief", "finished"}));
  EXPECT_EQ(CheckAdvance(ProtocolStep::kFinished, true).error().code, ErrorCode::kConflict);
  EXPECT_EQ(CheckAdvance(ProtocolStep::kClarifying, false).error().code, ErrorCode::kForbidden);
}

TEST(ProtocolGuide, TheStepsFitTheFollowUpDaysHour) {
  int minutes = 0;
  for (const auto& guide : ProtocolGuide()) minutes += guide.minutes;
  EXPECT_EQ(ProtocolGuide().size(), 6u);
  EXPECT_EQ(minutes, 45);
  for (auto code : {"not_started", "presentation", "feedback", "finished"}) EXPECT_EQ(StepCode(*ParseStep(code)), code);
}

// Garvanza presents; Hope Street's principal and teachers are invited; Ramon Castillo coaches both.
const std::vector<RoundPerson> kPeople = {{1, "Elena Ruiz", 10, "Garvanza"},
                                          {2, "Hannah Kim", 20, "Hope Street ES"},
                                          {3, "Rosa Delgado", 20, "Hope Street ES"}};
constexpr std::int64_t kRamon = 9;

TEST(CheckPlan, AcceptsFriendsFromAnotherSchoolOfTheCohort) {
  EXPECT_TRUE(CheckPlan(RoundPlan{10, kRamon, {2, 3}}, true, {kRamon}, kPeople));
}

TEST(CheckPlan, RefusesTheDraftAChallengeNobodyCanRead) {
  EXPECT_EQ(CheckPlan(RoundPlan{10, kRamon, {2}}, false, {kRamon}, kPeople).error().field, "school");
}

TEST(CheckPlan, RefusesAFacilitatorWhoIsNotACoachOfTheCohort) {
  EXPECT_EQ(CheckPlan(RoundPlan{10, 2, {3}}, true, {kRamon}, kPeople).error().field, "facilitator");
}

TEST(CheckPlan, RefusesTheParticipantFromOutsideTheCohortAndThePresentingSchoolsOwn) {
  auto outsider = CheckPlan(RoundPlan{10, kRamon, {2, 77}}, true, {kRamon}, kPeople);
  ASSERT_FALSE(outsider.has_value());
  EXPECT_EQ(outsider.error().field, "participants");

  auto own = CheckPlan(RoundPlan{10, kRamon, {1}}, true, {kRamon}, kPeople);
  ASSERT_FALSE(own.has_value());
  EXPECT_NE(own.error().message.find("Elena Ruiz works at Garvanza, the presenting school"), std::string::npos);

  EXPECT_EQ(CheckPlan(RoundPlan{10, kRamon, {}}, true, {kRamon}, kPeople).error().field, "participants");
}

TEST(RoleIn, TheFacilitatorComesFirstThenTheInvitedThenThePresentingSchool) {
  EXPECT_EQ(RoleIn(kRamon, kRamon, {2}, true), RoundRole::kFacilitator);
  EXPECT_EQ(RoleIn(2, kRamon, {2}, false), RoundRole::kParticipant);
  EXPECT_EQ(RoleIn(1, kRamon, {2}, true), RoundRole::kPresenter);
  EXPECT_EQ(RoleIn(5, kRamon, {2}, false), RoundRole::kNone);
  EXPECT_EQ(RoleIn(0, kRamon, {2}, true), RoundRole::kNone);
}

}  // namespace
}  // namespace practica::challenges
