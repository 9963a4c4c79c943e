// A form's questions: what each kind offers and what a question must hold.
#include <gtest/gtest.h>

#include "features/surveys/domain/question.hpp"

namespace practica::surveys {
namespace {

Question Ask(Kind kind) {
  Question q;
  q.kind = kind;
  q.prompt = "The day helped me plan a lesson.";
  return q;
}

TEST(CheckQuestion, AcceptsAnAgreementQuestion) { EXPECT_TRUE(CheckQuestion(Ask(Kind::kAgreement))); }

TEST(CheckQuestion, RefusesAnEmptyPrompt) {
  auto q = Ask(Kind::kShortText);
  q.prompt = "  ";

  auto checked = CheckQuestion(q);

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().message, "Write the question people will answer.");
  EXPECT_EQ(checked.error().field, "prompt");
}

TEST(CheckQuestion, RefusesAChoiceQuestionWithOneChoice) {
  auto q = Ask(Kind::kSingle);
  q.choices = {"Yes"};

  auto checked = CheckQuestion(q);

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().message, "Give at least two choices, one a line.");
}

TEST(CheckQuestion, RefusesAChoiceGivenTwice) {
  auto q = Ask(Kind::kMultiple);
  q.choices = {"Yes", "No", "Yes"};

  EXPECT_EQ(CheckQuestion(q).error().message, "Each choice must differ from the others.");
}

TEST(CheckQuestion, RefusesAnIndicatorRatingWithoutAKnownIndicator) {
  auto q = Ask(Kind::kIndicator);
  q.indicator = "9.9.z";

  auto checked = CheckQuestion(q);

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().field, "indicator");
}

TEST(CheckQuestion, AcceptsARatingAgainstInnovativeDesigner) {
  auto q = Ask(Kind::kIndicator);
  q.indicator = "1.4.a";

  EXPECT_TRUE(CheckQuestion(q));
}

TEST(OptionsOf, OffersTheFivePointAgreementScale) {
  const auto options = OptionsOf(Ask(Kind::kAgreement));

  ASSERT_EQ(options.size(), 5u);
  EXPECT_EQ(options.front().label, "Strongly disagree");
  EXPECT_EQ(options.back().value, "5");
}

TEST(ChoicesFromLines, DropsBlankLinesAndSpaces) {
  EXPECT_EQ(ChoicesFromLines(" Yes \n\n No\r\n"), (std::vector<std::string>{"Yes", "No"}));
}

}  // namespace
}  // namespace practica::surveys
