#include "features/applications/domain/rubric.hpp"

#include <gtest/gtest.h>

namespace practica::applications {
namespace {

const Criterion kResources{21, 5, "Dedicated digital resources and support infrastructures."};

}  // namespace

TEST(CheckScore, RefusesAScoreOffTheRubricNamingTheCriterion) {
  auto refused = CheckScore(7, kResources, "score_21");

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(refused.error().message,
            "The score for criterion 5 (\"Dedicated digital resources and support infrastructures.\") must be "
            "from 1 (Not yet in place) to 4 (Exemplary); got 7.");
  EXPECT_EQ(refused.error().field, "score_21");
}

TEST(CheckScore, AcceptsEachScoreOfTheRubric) {
  for (int score = 1; score <= 4; ++score) EXPECT_TRUE(CheckScore(score, kResources, "s").has_value()) << score;
  EXPECT_FALSE(CheckScore(0, kResources, "s").has_value());
}

TEST(ParseScore, ReadsNothingAsNotYetAndRefusesWords) {
  EXPECT_EQ(ParseScore("", kResources, "s").value(), 0);
  EXPECT_EQ(ParseScore(" 3 ", kResources, "s").value(), 3);
  EXPECT_FALSE(ParseScore("great", kResources, "s").has_value());
  EXPECT_FALSE(ParseScore("5", kResources, "s").has_value());
}

TEST(Summarize, GivesTheMeanAndTheSpread) {
  auto summary = Summarize({4, 2, 3, 3});

  EXPECT_EQ(summary.count, 4);
  EXPECT_DOUBLE_EQ(summary.mean, 3.0);
  EXPECT_EQ(summary.spread, 2);
  EXPECT_EQ(FormatMean(summary), "3");
  EXPECT_EQ(FormatMean(Summarize({4, 3})), "3.5");
  EXPECT_EQ(FormatMean(Summarize({})), "—");
}

}  // namespace practica::applications
