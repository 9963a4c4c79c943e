// The package rules and the lifecycle's steps: what may be stored, sent to review and retired.
#include "features/exemplars/domain/exemplar.hpp"

#include <gtest/gtest.h>

#include "features/exemplars/domain/artifact.hpp"

namespace practica::exemplars {
namespace {

Vocabulary Words() {
  return Vocabulary{{"K-2", "3-5"}, {"science", "math"}, {"S", "A", "M", "R"}, {"1.4.a", "1.4.c"}, {"AP"}, {"P5", "P6"}};
}

Package Good() {
  return Package{" Water filters ", "Students design filters.", "3-5", "science", "M", {"1.4.a", "1.4.a"}, {"AP"},
                 {"P6"}, "Seesaw", "Day 1: interviews.", "cc-by"};
}

TEST(CheckPackage, TrimsTextAndDropsRepeatedCodes) {
  auto checked = CheckPackage(Good(), Words());

  ASSERT_TRUE(checked.has_value());
  EXPECT_EQ(checked->title, "Water filters");
  EXPECT_EQ(checked->indicators, (std::vector<std::string>{"1.4.a"}));
}

TEST(CheckPackage, RefusesAMissingTitleNamingTheField) {
  auto package = Good();
  package.title = "  ";

  auto checked = CheckPackage(package, Words());

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(checked.error().field, "title");
  EXPECT_EQ(checked.error().message, "Write the exemplar's title.");
}

TEST(CheckPackage, RefusesAGradeBandOutsideTheVocabulary) {
  auto package = Good();
  package.grade_band = "13-14";

  auto checked = CheckPackage(package, Words());

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "grade_band");
  EXPECT_EQ(checked.error().message, "\"13-14\" is not a grade band; choose one from the list.");
}

TEST(CheckPackage, NeedsAtLeastOneIsteIndicator) {
  auto package = Good();
  package.indicators.clear();

  auto checked = CheckPackage(package, Words());

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "indicators");
}

TEST(CheckPackage, RefusesAnUnknownCsPractice) {
  auto package = Good();
  package.cs_practices = {"P9"};

  auto checked = CheckPackage(package, Words());

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "cs_practices");
}

TEST(CheckPackage, RefusesALicenceThatIsNotOffered) {
  auto package = Good();
  package.licence = "all-rights-reserved";

  auto checked = CheckPackage(package, Words());

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "licence");
}

TEST(CheckSubmit, SendsADraftOrOneSentBackButNothingElse) {
  EXPECT_TRUE(CheckSubmit(Status::kDraft, "T").has_value());
  EXPECT_TRUE(CheckSubmit(Status::kChangesRequested, "T").has_value());

  auto again = CheckSubmit(Status::kPublished, "Water filters");

  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(again.error().message,
            "\"Water filters\" is Published; only a draft or one sent back with changes requested goes to review.");
}

TEST(CheckRetire, RetiresOnlyAPublishedExemplarWithAReason) {
  EXPECT_TRUE(CheckRetire(Status::kPublished, "Tool withdrawn", "T").has_value());
  EXPECT_EQ(CheckRetire(Status::kInReview, "Tool withdrawn", "T").error().code, core::ErrorCode::kConflict);

  auto silent = CheckRetire(Status::kPublished, " ", "T");

  ASSERT_FALSE(silent.has_value());
  EXPECT_EQ(silent.error().field, "reason");
}

TEST(Public, OnlyAPublishedExemplarIsSeenByEveryone) {
  EXPECT_TRUE(Public(Status::kPublished));
  for (auto status : {Status::kDraft, Status::kInReview, Status::kChangesRequested, Status::kDeclined, Status::kRetired}) {
    EXPECT_FALSE(Public(status)) << StatusCode(status);
  }
}

TEST(ArtifactPublic, NeedsAPublishedExemplarAndAStandingConsent) {
  Artifact work{1, "work.pdf", "application/pdf", 10, "", std::nullopt, std::nullopt};
  EXPECT_FALSE(ArtifactPublic(Status::kPublished, work));

  work.consent_at = 100;
  EXPECT_TRUE(ArtifactPublic(Status::kPublished, work));
  EXPECT_FALSE(ArtifactPublic(Status::kDraft, work));

  work.withdrawn_at = 200;
  EXPECT_FALSE(ArtifactPublic(Status::kPublished, work));
}

TEST(CheckConsent, RefusesAWithdrawnConsentForGood) {
  Artifact work{1, "work.pdf", "application/pdf", 10, "form", 100, 200};

  auto again = CheckConsent(work, "A new form");

  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
}

TEST(CheckConsent, NeedsANoteSayingWhoseConsent) {
  Artifact work{1, "work.pdf", "application/pdf", 10, "", std::nullopt, std::nullopt};

  auto silent = CheckConsent(work, "");

  ASSERT_FALSE(silent.has_value());
  EXPECT_EQ(silent.error().field, "consent_note");
}

TEST(CheckPackage, NamesOnlyACycleOfItsOwnSchool) {
  auto vocabulary = Words();
  vocabulary.sources = {"challenge_cycle:41", "coaching_cycle:7"};
  auto own = Good();
  own.source = "coaching_cycle:7";
  EXPECT_EQ(CheckPackage(own, vocabulary).value().source, "coaching_cycle:7");
  auto other = Good();
  other.source = "challenge_cycle:99";
  EXPECT_EQ(CheckPackage(other, vocabulary).error().field, "source");
  EXPECT_TRUE(CheckPackage(Good(), vocabulary).value().source.empty());
}

TEST(CheckPackage, TakesTheAdultsStandardsOnlyFromTheirOwnLists) {
  auto vocabulary = Words();
  vocabulary.educator_indicators = {"2.5.a", "2.6.b"};
  vocabulary.leader_indicators = {"3.3.b"};
  auto good = Good();
  good.educator_indicators = {"2.5.a", "2.5.a"};
  good.leader_indicators = {"3.3.b"};
  const auto stored = CheckPackage(good, vocabulary).value();
  EXPECT_EQ(stored.educator_indicators, std::vector<std::string>{"2.5.a"});
  EXPECT_EQ(stored.leader_indicators, std::vector<std::string>{"3.3.b"});

  auto crossed = Good();
  crossed.educator_indicators = {"3.3.b"};  // a leaders' indicator ticked as an educators' one
  EXPECT_EQ(CheckPackage(crossed, vocabulary).error().field, "educator_indicators");
  auto student = Good();
  student.leader_indicators = {"1.4.a"};
  EXPECT_EQ(CheckPackage(student, vocabulary).error().field, "leader_indicators");
}

}  // namespace
}  // namespace practica::exemplars
