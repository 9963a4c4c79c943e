#include "features/surveys/domain/pairing.hpp"

#include <gtest/gtest.h>

namespace practica::surveys {
namespace {

Question Scale(std::int64_t id, std::string prompt, Kind kind = Kind::kAgreement) {
  Question q;
  q.id = id;
  q.kind = kind;
  q.prompt = std::move(prompt);
  if (kind == Kind::kIndicator) q.indicator = "1.4.a";
  return q;
}

const std::string kConfident = "I am confident guiding students through a design process.";

// `people` pseudonyms answering question `id` with `value` each.
std::vector<PairedValue> Answers(int people, std::int64_t id, const std::string& value, const std::string& prefix = "p") {
  std::vector<PairedValue> values;
  for (int i = 0; i < people; ++i) values.push_back({prefix + std::to_string(i), id, value});
  return values;
}

TEST(PairedChanges, FivePeopleWhoEachRoseShowTheirMeansAndHowManyRose) {
  auto changes = PairedChanges({Scale(1, kConfident)}, Answers(5, 1, "2"), {Scale(11, kConfident)}, Answers(5, 11, "4"));

  ASSERT_EQ(changes.size(), 1u);
  EXPECT_TRUE(changes[0].shown);
  EXPECT_EQ(changes[0].pairs, 5);
  EXPECT_EQ(MeanText(changes[0].before), "2.0");
  EXPECT_EQ(MeanText(changes[0].after), "4.0");
  EXPECT_EQ(changes[0].rose, 5);
  EXPECT_EQ(changes[0].same, 0);
  EXPECT_EQ(changes[0].fell, 0);
}

TEST(PairedChanges, FourPairsAreNeverShown) {
  auto changes = PairedChanges({Scale(1, kConfident)}, Answers(4, 1, "2"), {Scale(11, kConfident)}, Answers(4, 11, "4"));

  ASSERT_EQ(changes.size(), 1u);
  EXPECT_FALSE(changes[0].shown);
  EXPECT_EQ(changes[0].pairs, 4);
  EXPECT_EQ(changes[0].rose + changes[0].same + changes[0].fell, 0);
  EXPECT_EQ(changes[0].before, 0);
  EXPECT_EQ(changes[0].after, 0);
}

TEST(PairedChanges, CountsOnlyPeopleWhoAnsweredBoth) {
  // Ten at the start, ten at the end, but only four of them the same people: not shown.
  auto before = Answers(10, 1, "3");
  auto after = Answers(6, 11, "5", "q");
  auto same = Answers(4, 11, "3");
  after.insert(after.end(), same.begin(), same.end());
  auto changes = PairedChanges({Scale(1, kConfident)}, before, {Scale(11, kConfident)}, after);

  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].pairs, 4);
  EXPECT_FALSE(changes[0].shown);
}

TEST(PairedChanges, SaysWhoRoseStayedAndFell) {
  std::vector<PairedValue> before = Answers(6, 1, "3");
  std::vector<PairedValue> after{{"p0", 11, "4"}, {"p1", 11, "5"}, {"p2", 11, "3"}, {"p3", 11, "2"},
                                 {"p4", 11, "3"}, {"p5", 11, "4"}};
  auto changes = PairedChanges({Scale(1, kConfident)}, before, {Scale(11, kConfident)}, after);

  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].rose, 3);
  EXPECT_EQ(changes[0].same, 2);
  EXPECT_EQ(changes[0].fell, 1);
  EXPECT_EQ(MeanText(changes[0].before), "3.0");
  EXPECT_EQ(MeanText(changes[0].after), "3.5");
}

TEST(PairedChanges, MatchesQuestionsByTheirWordsAndKindNotTheirNumbers) {
  Question reworded = Scale(12, "I feel ready to guide a design process.");
  Question text = Scale(13, kConfident);
  text.kind = Kind::kLongText;
  auto changes = PairedChanges({Scale(1, kConfident)}, Answers(5, 1, "2"), {reworded, text},
                               Answers(5, 12, "4"));

  EXPECT_TRUE(changes.empty());
}

TEST(PairedChanges, AnIndicatorRatingPairsLikeTheScale) {
  auto changes = PairedChanges({Scale(1, "Where are your students?", Kind::kIndicator)}, Answers(5, 1, "1"),
                               {Scale(11, "Where are your students?", Kind::kIndicator)}, Answers(5, 11, "2"));

  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].kind, Kind::kIndicator);
  EXPECT_EQ(changes[0].rose, 5);
}

TEST(PairedChanges, AnAnswerWithNoPseudonymPairsWithNothing) {
  auto before = Answers(5, 1, "2", "");
  for (auto& v : before) v.pseudonym.clear();
  auto changes = PairedChanges({Scale(1, kConfident)}, before, {Scale(11, kConfident)}, Answers(5, 11, "4"));

  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].pairs, 0);
  EXPECT_FALSE(changes[0].shown);
}

}  // namespace
}  // namespace practica::surveys
