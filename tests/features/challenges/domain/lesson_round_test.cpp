// The protocol's second use, told through the demo's ISTE Standards Suite offering on Global
// Collaborator (April 27 and 28, 2027, then the lessons presented on May 5): Priya
// Shah presents, Grace Park and Rosa Delgado are registered, Dominic Caguioa facilitates.
#include "features/challenges/domain/lesson_round.hpp"

#include <gtest/gtest.h>

namespace practica::challenges {
namespace {

using core::ErrorCode;

constexpr std::int64_t kPriya = 1, kGrace = 2, kRosa = 3, kDominic = 9, kElsewhere = 40;
const std::vector<std::int64_t> kRegistered{kPriya, kGrace, kRosa};
const SuiteOffering kGlobalCollaborator{true, 3, false, "ISTE Standards Suite: Global Collaborator"};

LessonPlan Priyas() { return LessonPlan{kPriya, "  A learning playlist, grade 4 ", "", ""}; }

TEST(CheckLessonPlan, ARegisteredParticipantPresentsTheLessonTheyTried) {
  auto plan = CheckLessonPlan(Priyas(), kGlobalCollaborator, kRegistered, {});

  ASSERT_TRUE(plan.has_value()) << plan.error().message;
  EXPECT_EQ(plan->lesson_title, "A learning playlist, grade 4");
}

TEST(CheckLessonPlan, OnlyAThirdDayOfTheSuiteHoldsLessonRounds) {
  const SuiteOffering network{false, 1, false, "Teacher Leader Network 2027"};
  const SuiteOffering two_days{true, 2, false, "A Suite offering of two days"};

  for (const auto& offering : {network, two_days}) {
    auto plan = CheckLessonPlan(Priyas(), offering, kRegistered, {});
    ASSERT_FALSE(plan.has_value());
    EXPECT_EQ(plan.error().code, ErrorCode::kConflict);
    EXPECT_NE(plan.error().message.find("third day"), std::string::npos);
  }
  const SuiteOffering cancelled{true, 3, true, "ISTE Standards Suite: Global Collaborator"};
  EXPECT_EQ(CheckLessonPlan(Priyas(), cancelled, kRegistered, {}).error().code, ErrorCode::kConflict);
}

TEST(CheckLessonPlan, SomeoneNotRegisteredOrAlreadyPresentingIsRefused) {
  auto outsider = Priyas();
  outsider.presenter_id = kElsewhere;
  EXPECT_EQ(CheckLessonPlan(outsider, kGlobalCollaborator, kRegistered, {}).error().field, "presenter");
  EXPECT_EQ(CheckLessonPlan(Priyas(), kGlobalCollaborator, kRegistered, {kPriya}).error().field, "presenter");
  auto untitled = Priyas();
  untitled.lesson_title = " ";
  EXPECT_EQ(CheckLessonPlan(untitled, kGlobalCollaborator, kRegistered, {}).error().field, "lesson_title");
}

TEST(LessonRoleOf, ThePresenterTheFacilitatorAndTheOthersRegistered) {
  EXPECT_EQ(LessonRoleOf(kDominic, kDominic, kPriya, kRegistered), RoundRole::kFacilitator);
  EXPECT_EQ(LessonRoleOf(kPriya, kDominic, kPriya, kRegistered), RoundRole::kPresenter);
  EXPECT_EQ(LessonRoleOf(kGrace, kDominic, kPriya, kRegistered), RoundRole::kParticipant);
  EXPECT_EQ(LessonRoleOf(kElsewhere, kDominic, kPriya, kRegistered), RoundRole::kNone);
  EXPECT_EQ(LessonRoleOf(0, kDominic, kPriya, kRegistered), RoundRole::kNone);
}

TEST(LessonRoundProtocol, ThePresenterOfALessonListensInSilenceToo) {
  // One protocol, two uses: the rule of protocol.hpp holds for a participant's lesson.
  auto own = CheckItem(ProtocolStep::kFeedback, LessonRoleOf(kPriya, kDominic, kPriya, kRegistered), ItemKind::kWarm,
                       "My playlist worked.");
  ASSERT_FALSE(own.has_value());
  EXPECT_EQ(own.error().code, ErrorCode::kForbidden);
  EXPECT_TRUE(CheckItem(ProtocolStep::kFeedback, LessonRoleOf(kGrace, kDominic, kPriya, kRegistered), ItemKind::kCool,
                        "Could students set a second goal?"));
}

}  // namespace
}  // namespace practica::challenges
