// The Task Force's six core values and the evidence staff may set under each.
#include <gtest/gtest.h>

#include <algorithm>

#include "features/reports/domain/core_values.hpp"

namespace practica::reports {
namespace {

TEST(CoreValues, AreTheTaskForcesSixInItsOrderAndWords) {
  const auto values = CoreValues();
  ASSERT_EQ(values.size(), 6u);
  EXPECT_EQ(values[0].title, "Differentiated and Personalized Teaching and Learning");
  EXPECT_EQ(values[3].title, "Students as Creators and Producers");
  EXPECT_EQ(values[5].title, "Commitment to Ongoing Improvement");
  for (int i = 0; i < 6; ++i) EXPECT_EQ(values[static_cast<std::size_t>(i)].number, i + 1);
}

TEST(DefaultEvidence, NamesOnlyKnownEvidenceUnderEveryValue) {
  const auto choice = DefaultEvidence();
  EXPECT_EQ(choice.size(), 6u);
  EXPECT_TRUE(CheckChoice(choice).has_value());
  EXPECT_NE(std::ranges::find(choice.at("creators"), "exemplars"), choice.at("creators").end());
}

TEST(CheckChoice, RefusesAnUnknownValueNamingIt) {
  const auto checked = CheckChoice({{"kindness", {"coaching"}}});
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(checked.error().field, "evidence.kindness");
}

TEST(CheckChoice, RefusesUnknownEvidenceAndEvidenceNamedTwice) {
  const auto unknown = CheckChoice({{"creators", {"test_scores"}}});
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().message.find("test_scores"), std::string::npos);
  const auto twice = CheckChoice({{"creators", {"exemplars", "exemplars"}}});
  ASSERT_FALSE(twice);
  EXPECT_NE(twice.error().message.find("twice"), std::string::npos);
}

TEST(CheckChoice, AllowsAValueWithNoEvidence) { EXPECT_TRUE(CheckChoice({{"agency", {}}}).has_value()); }

}  // namespace
}  // namespace practica::reports
