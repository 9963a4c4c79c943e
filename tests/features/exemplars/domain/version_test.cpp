// A published exemplar's next version: when one may be started, what an edit acts on, what
// reviewers are deciding, and where the next version stands after each decision.
#include "features/exemplars/domain/version.hpp"

#include <gtest/gtest.h>

namespace practica::exemplars {
namespace {

TEST(CheckStartVersion, OnlyFromAPublishedExemplar) {
  EXPECT_TRUE(CheckStartVersion(Status::kPublished, NextStatus::kNone, "Water filters").has_value());
  for (const auto status : {Status::kDraft, Status::kInReview, Status::kChangesRequested, Status::kDeclined,
                            Status::kRetired}) {
    const auto refused = CheckStartVersion(status, NextStatus::kNone, "Water filters");
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
  }
}

TEST(CheckStartVersion, NotTwiceButAgainAfterADecline) {
  const auto refused = CheckStartVersion(Status::kPublished, NextStatus::kInReview, "Water filters");
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().message,
            "\"Water filters\" has a new version already (In review); edit that one, or wait for its review.");
  EXPECT_FALSE(CheckStartVersion(Status::kPublished, NextStatus::kDraft, "Water filters").has_value());
  EXPECT_TRUE(CheckStartVersion(Status::kPublished, NextStatus::kDeclined, "Water filters").has_value());
}

TEST(EditTarget, ADraftEditsItselfAPublishedOneItsNextVersion) {
  EXPECT_EQ(EditTarget(Status::kDraft, NextStatus::kNone, "t").value(), Target::kExemplar);
  EXPECT_EQ(EditTarget(Status::kChangesRequested, NextStatus::kNone, "t").value(), Target::kExemplar);
  EXPECT_EQ(EditTarget(Status::kPublished, NextStatus::kDraft, "t").value(), Target::kNextVersion);
  EXPECT_EQ(EditTarget(Status::kPublished, NextStatus::kChangesRequested, "t").value(), Target::kNextVersion);
}

TEST(EditTarget, NothingIsEditedWhileInReviewOrOncePublishedWithoutANewVersion) {
  const auto published = EditTarget(Status::kPublished, NextStatus::kNone, "Water filters");
  ASSERT_FALSE(published.has_value());
  EXPECT_EQ(published.error().message,
            "\"Water filters\" is published; start a new version to change it (the library keeps this one until the "
            "new one is approved).");
  EXPECT_FALSE(EditTarget(Status::kPublished, NextStatus::kInReview, "t").has_value());
  EXPECT_FALSE(EditTarget(Status::kPublished, NextStatus::kDeclined, "t").has_value());
  EXPECT_FALSE(EditTarget(Status::kInReview, NextStatus::kNone, "t").has_value());
  EXPECT_FALSE(EditTarget(Status::kRetired, NextStatus::kNone, "t").has_value());
}

TEST(UnderReview, TheExemplarOrItsNextVersionNeverBoth) {
  EXPECT_EQ(UnderReview(Status::kInReview, NextStatus::kNone), Target::kExemplar);
  EXPECT_EQ(UnderReview(Status::kPublished, NextStatus::kInReview), Target::kNextVersion);
  EXPECT_FALSE(UnderReview(Status::kPublished, NextStatus::kDraft).has_value());
  EXPECT_FALSE(UnderReview(Status::kRetired, NextStatus::kInReview).has_value());
  EXPECT_FALSE(UnderReview(Status::kDraft, NextStatus::kNone).has_value());
}

TEST(VersionAt, TheNextVersionIsOneMore) {
  EXPECT_EQ(VersionAt(Target::kExemplar, 1), 1);
  EXPECT_EQ(VersionAt(Target::kNextVersion, 1), 2);
  EXPECT_EQ(VersionAt(Target::kNextVersion, 3), 4);
}

TEST(NextAfterDecision, ApprovalEndsTheNextVersionByPublishingIt) {
  EXPECT_EQ(NextAfterDecision(Decision::kApproved), NextStatus::kNone);
  EXPECT_EQ(NextAfterDecision(Decision::kChangesRequested), NextStatus::kChangesRequested);
  EXPECT_EQ(NextAfterDecision(Decision::kDeclined), NextStatus::kDeclined);
}

TEST(NextStatusCode, ReadsBackWhatItWrites) {
  for (const auto status : {NextStatus::kNone, NextStatus::kDraft, NextStatus::kInReview,
                            NextStatus::kChangesRequested, NextStatus::kDeclined}) {
    EXPECT_EQ(ParseNextStatus(NextStatusCode(status)), status);
  }
  EXPECT_FALSE(ParseNextStatus("published").has_value());
}

}  // namespace
}  // namespace practica::exemplars
