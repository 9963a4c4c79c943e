// The technology plan's rules alone: content checked, who submits, who approves, when.
#include <gtest/gtest.h>

#include "features/techplans/domain/plan.hpp"

namespace practica::techplans {
namespace {

PlanContent Written() {
  PlanContent c;
  c.vision = "Students design solutions.";
  c.goals = {{"ELA: 60% meet the standard", "Design-process lessons", "1.4.a, 1.4c", "Google Classroom"}};
  return c;
}

TEST(CheckContent, TrimsAndKeepsWrittenGoalsOnly) {
  auto c = Written();
  c.vision = "  Students design solutions.  ";
  c.goals.push_back({});

  auto checked = CheckContent(c);

  ASSERT_TRUE(checked.has_value());
  EXPECT_EQ(checked->vision, "Students design solutions.");
  EXPECT_EQ(checked->goals.size(), 1u);
  EXPECT_EQ(checked->goals[0].indicators, "1.4.a, 1.4.c");
}

TEST(CheckContent, RefusesAnIndicatorThatIsNotAnIsteCode) {
  auto c = Written();
  c.goals[0].indicators = "1.4.a, creativity";

  auto checked = CheckContent(c);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "indicators_1");
  EXPECT_EQ(checked.error().message, "\"creativity\" is not an ISTE indicator; write codes such as 1.4.a, 1.4.c.");
}

TEST(CheckContent, RefusesStrategiesWithoutTheirGoal) {
  auto c = Written();
  c.goals[0].goal = "";

  auto checked = CheckContent(c);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "goal_1");
}

TEST(CheckContent, RefusesAPartOverTwentyThousandCharacters) {
  auto c = Written();
  c.change_management = std::string(20001, 'x');

  auto checked = CheckContent(c);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "change_management");
}

TEST(MaySubmit, RefusesSomeoneOutsideTheTeam) {
  const auto c = Written();

  auto ok = MaySubmit(PlanStatus::kDraft, &c, false, "Garvanza");

  ASSERT_FALSE(ok.has_value());
  EXPECT_EQ(ok.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(ok.error().message,
            "Only Garvanza's practitioner team submits its technology plan; ask a team member to submit it.");
}

TEST(MaySubmit, RefusesAPlanWithoutAGoal) {
  auto c = Written();
  c.goals.clear();

  auto ok = MaySubmit(PlanStatus::kDraft, &c, true, "Garvanza");

  ASSERT_FALSE(ok.has_value());
  EXPECT_EQ(ok.error().field, "goal_1");
}

TEST(MaySubmit, RefusesAPlanWaitingForReview) {
  const auto c = Written();

  EXPECT_EQ(MaySubmit(PlanStatus::kSubmitted, &c, true, "Garvanza").error().code, core::ErrorCode::kConflict);
  EXPECT_TRUE(MaySubmit(PlanStatus::kReturned, &c, true, "Garvanza").has_value());
}

TEST(MayApprove, RefusesThePlansOwnAuthor) {
  auto ok = MayApprove(PlanStatus::kSubmitted, 7, {3, 7});

  ASSERT_FALSE(ok.has_value());
  EXPECT_EQ(ok.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(ok.error().message, "You wrote or submitted this plan, so another member of the district staff approves it.");
}

TEST(MayApprove, RefusesAPlanNotSubmitted) {
  EXPECT_EQ(MayApprove(PlanStatus::kDraft, 9, {3}).error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(MayApprove(PlanStatus::kApproved, 9, {3}).error().code, core::ErrorCode::kConflict);
  EXPECT_TRUE(MayApprove(PlanStatus::kSubmitted, 9, {3}).has_value());
}

TEST(MayReturn, AsksWhatToChange) {
  auto ok = MayReturn(PlanStatus::kSubmitted, "  ");

  ASSERT_FALSE(ok.has_value());
  EXPECT_EQ(ok.error().field, "comment");
}

TEST(MaySave, RefusesAnApprovedPlan) {
  EXPECT_EQ(MaySave(PlanStatus::kApproved).error().code, core::ErrorCode::kConflict);
  EXPECT_TRUE(MaySave(PlanStatus::kReturned).has_value());
}

}  // namespace
}  // namespace practica::techplans
