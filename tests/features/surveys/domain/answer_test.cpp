// The rules of answering: the refusals (outside the audience, a second answer, after
// the close) and what a complete answer holds.
#include <gtest/gtest.h>

#include "features/surveys/domain/answer.hpp"

namespace practica::surveys {
namespace {

AnswerContext Open() {
  AnswerContext c;
  c.opens_at = 100;
  c.closes_at = 200;
  c.now = 150;
  c.invited = true;
  c.closes_text = "Friday, September 28, 2018 at 5:00 PM";
  return c;
}

TEST(CheckMayAnswer, LetsAnInvitedPersonAnswerAnOpenForm) { EXPECT_TRUE(CheckMayAnswer(Open())); }

TEST(CheckMayAnswer, RefusesSomeoneOutsideTheAudience) {
  auto c = Open();
  c.invited = false;

  EXPECT_EQ(CheckMayAnswer(c).error().code, core::ErrorCode::kForbidden);
}

TEST(CheckMayAnswer, RefusesASecondAnswer) {
  auto c = Open();
  c.answered = true;

  auto may = CheckMayAnswer(c);

  EXPECT_EQ(may.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(may.error().message, "You have already answered this form; each person answers once.");
}

TEST(CheckMayAnswer, RefusesAnAnswerAtTheCloseAndAfter) {
  auto c = Open();
  c.now = 200;

  auto may = CheckMayAnswer(c);

  EXPECT_EQ(may.error().message,
            "This form closed on Friday, September 28, 2018 at 5:00 PM; answers are no longer taken.");
}

TEST(CheckMayAnswer, RefusesAnAnswerBeforeTheFormOpens) {
  auto c = Open();
  c.now = 99;

  EXPECT_EQ(CheckMayAnswer(c).error().code, core::ErrorCode::kConflict);
}

std::vector<Question> Form() {
  Question agree{1, 1, 1, "", Kind::kAgreement, "Useful?", true, {}, ""};
  Question pick{2, 1, 2, "", Kind::kMultiple, "Tools", false, {"Padlet", "Seesaw", "Flipgrid"}, ""};
  Question text{3, 1, 3, "", Kind::kLongText, "Comments", false, {}, ""};
  return {agree, pick, text};
}

TEST(CheckAnswers, KeepsEveryValueOfAMultipleChoice) {
  auto values = CheckAnswers(Form(), {{1, {"4"}}, {2, {"Padlet", "Seesaw"}}, {3, {""}}});

  ASSERT_TRUE(values);
  EXPECT_EQ(values->size(), 3u);
}

TEST(CheckAnswers, RefusesARequiredQuestionLeftEmpty) {
  auto values = CheckAnswers(Form(), {{2, {"Padlet"}}});

  ASSERT_FALSE(values);
  EXPECT_EQ(values.error().message, "Answer \"Useful?\"; it is required.");
  EXPECT_EQ(values.error().field, "q1");
}

TEST(CheckAnswers, RefusesAValueNotOnTheScale) {
  auto values = CheckAnswers(Form(), {{1, {"6"}}});

  EXPECT_EQ(values.error().message, "\"6\" is not one of the answers to \"Useful?\"; pick one listed.");
}

TEST(CheckAnswers, RefusesTwoValuesWhereOneIsAsked) {
  EXPECT_EQ(CheckAnswers(Form(), {{1, {"4", "5"}}}).error().message, "Pick one answer to \"Useful?\".");
}

TEST(CheckAnswers, RefusesTextOverTheLimit) {
  EXPECT_FALSE(CheckAnswers(Form(), {{1, {"4"}}, {3, {std::string(kMaxTextChars + 1, 'x')}}}));
}

}  // namespace
}  // namespace practica::surveys
