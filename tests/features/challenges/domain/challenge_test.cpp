#include "features/challenges/domain/challenge.hpp"

#include <gtest/gtest.h>

namespace practica::challenges {
namespace {

TEST(CheckStatement, AcceptsTheSeedsHowMightWeQuestion) {
  auto checked = CheckStatement(
      "  How might we reimagine our PD to incorporate everyone's talents, skills and abilities and to create a "
      "community of shared learning?  ");

  ASSERT_TRUE(checked.has_value());
  EXPECT_TRUE(checked->starts_with("How might we reimagine"));
  EXPECT_TRUE(checked->ends_with("shared learning?"));
}

TEST(CheckStatement, RefusesAStatementThatIsNotAQuestion) {
  auto checked = CheckStatement("How might we reimagine our PD");

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(checked.error().field, "statement");
  EXPECT_EQ(checked.error().message,
            "A design challenge is a question: end \"How might we reimagine our PD\" with a question mark.");
}

TEST(CheckStatement, RefusesAQuestionThatDoesNotStartHowMightWe) {
  auto checked = CheckStatement("Can we reimagine our PD?");

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "statement");
  EXPECT_TRUE(checked.error().message.starts_with("A design challenge starts \"How might we\""));
}

TEST(CheckStatement, RefusesHowMightWeglueAndAnEmptyQuestion) {
  EXPECT_FALSE(CheckStatement("How might weave a plan?").has_value());
  EXPECT_FALSE(CheckStatement("How might we?").has_value());
  EXPECT_FALSE(CheckStatement("How might we improve?").has_value());
}

TEST(CheckProblem, NeedsTheStatementAndWhatTheDataShows) {
  auto no_evidence = CheckProblem(ProblemOfPractice{"Students wait for intervention.", " ", "", ""});

  ASSERT_FALSE(no_evidence.has_value());
  EXPECT_EQ(no_evidence.error().field, "evidence");
  EXPECT_FALSE(CheckProblem(ProblemOfPractice{"", "41 of 96", "", ""}).has_value());
}

const std::vector<Indicator> kKnown = {{"1.1.a", "1.1", ""}, {"1.4.a", "1.4", ""}, {"1.4.c", "1.4", ""},
                                       {"1.7.c", "1.7", ""}};

TEST(CheckIndicators, PutsTheCohortsFocusStandardFirst) {
  auto codes = CheckIndicators({"1.1.a", "1.7.c", "1.4.c", "1.4.a", "1.4.c"}, kKnown, "1.4");

  ASSERT_TRUE(codes.has_value());
  EXPECT_EQ(*codes, (std::vector<std::string>{"1.4.a", "1.4.c", "1.1.a", "1.7.c"}));
}

TEST(CheckIndicators, RefusesAnUnknownCodeAndNone) {
  auto unknown = CheckIndicators({"9.9.z"}, kKnown, "1.4");
  auto none = CheckIndicators({}, kKnown, "1.4");

  ASSERT_FALSE(unknown.has_value());
  EXPECT_EQ(unknown.error().field, "indicators");
  ASSERT_FALSE(none.has_value());
  EXPECT_NE(none.error().message.find("focus standard 1.4"), std::string::npos);
}

TEST(SplitCodes, ReadsCommasAndSpaces) {
  EXPECT_EQ(SplitCodes("1.4.a, 1.4.c 1.1.a"), (std::vector<std::string>{"1.4.a", "1.4.c", "1.1.a"}));
  EXPECT_EQ(JoinCodes({"1.4.a", "1.4.c"}), "1.4.a,1.4.c");
}

}  // namespace
}  // namespace practica::challenges

namespace practica::challenges {
namespace {

const std::vector<Practice> kPractices = {{"P1", "Fostering an Inclusive Computing Culture"},
                                          {"P3", "Recognizing and Defining Computational Problems"},
                                          {"P4", "Developing and Using Abstractions"}};

// Telfair's statement on access for students with disabilities targets P1 where it fits.
TEST(CheckPractices, KeepsTheFrameworksOrderAndAllowsNone) {
  EXPECT_EQ(*CheckPractices({"P4", "P1", "P4"}, kPractices), (std::vector<std::string>{"P1", "P4"}));
  EXPECT_TRUE(CheckPractices({}, kPractices)->empty()) << "the seeds ask for them only where they fit";
}

TEST(CheckPractices, RefusesACodeThatIsNotACorePractice) {
  auto refused = CheckPractices({"P1", "P9"}, kPractices);

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().field, "cs_practices");
  EXPECT_NE(refused.error().message.find("\"P9\""), std::string::npos);
}

}  // namespace
}  // namespace practica::challenges
