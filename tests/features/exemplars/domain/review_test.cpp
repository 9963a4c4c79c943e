// Reviewing: who may be assigned, the rubric's scores and what each decision does.
#include "features/exemplars/domain/review.hpp"

#include <gtest/gtest.h>

namespace practica::exemplars {
namespace {

TEST(CheckReviewer, RefusesTheSchoolsOwnCoach) {
  ReviewerStanding coach{"Ramon Castillo", true, false, false};

  auto checked = CheckReviewer(coach, "Garvanza ES");

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(checked.error().message,
            "Ramon Castillo coaches Garvanza ES; choose a reviewer from outside the school, so the review is independent.");
}

TEST(CheckReviewer, RefusesAnyoneHoldingARoleAtTheSchool) {
  ReviewerStanding principal{"Elena Ortiz", false, true, false};

  EXPECT_EQ(CheckReviewer(principal, "Garvanza ES").error().field, "reviewer");
}

TEST(CheckReviewer, RefusesAnAuthor) {
  EXPECT_FALSE(CheckReviewer(ReviewerStanding{"Priya Shah", false, false, true}, "Garvanza ES").has_value());
}

TEST(CheckReviewer, AcceptsSomeoneFromOutsideTheSchool) {
  EXPECT_TRUE(CheckReviewer(ReviewerStanding{"Dominic Caguioa"}, "Garvanza ES").has_value());
}

TEST(CheckScores, NeedsEveryCriterionFromOneToFour) {
  const auto& rubric = DefaultRubric();

  EXPECT_TRUE(CheckScores(rubric, {4, 3, 2, 1}, "Good").has_value());
  auto low = CheckScores(rubric, {4, 0, 2, 1}, "Good");
  ASSERT_FALSE(low.has_value());
  EXPECT_EQ(low.error().field, "score_clarity");
  EXPECT_EQ(CheckScores(rubric, {4, 3}, "Good").error().field, "score_replicability");
  EXPECT_EQ(CheckScores(rubric, {4, 3, 2, 5}, "Good").error().field, "score_agency");
}

TEST(CheckScores, NeedsAComment) {
  EXPECT_EQ(CheckScores(DefaultRubric(), {4, 3, 2, 1}, "  ").error().field, "comment");
}

TEST(AfterDecision, ApprovalPublishes) {
  EXPECT_EQ(AfterDecision(Status::kInReview, Decision::kApproved, "T").value(), Status::kPublished);
  EXPECT_EQ(AfterDecision(Status::kInReview, Decision::kDeclined, "T").value(), Status::kDeclined);
  EXPECT_EQ(AfterDecision(Status::kInReview, Decision::kChangesRequested, "T").value(), Status::kChangesRequested);
}

TEST(AfterDecision, NothingIsPublishedWithoutBeingInReview) {
  for (auto status : {Status::kDraft, Status::kChangesRequested, Status::kDeclined, Status::kRetired}) {
    auto decided = AfterDecision(status, Decision::kApproved, "Water filters");
    ASSERT_FALSE(decided.has_value()) << StatusCode(status);
    EXPECT_EQ(decided.error().code, core::ErrorCode::kConflict);
  }
}

}  // namespace
}  // namespace practica::exemplars
