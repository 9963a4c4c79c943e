// The privacy floor of anonymous forms, tried against every filter (the whole form, each cohort,
// each school) and the export under each: no group of one to four answers is shown, directly or
// as a shown group minus its shown parts; exports carry no names.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "features/surveys/domain/privacy.hpp"
#include "features/surveys/domain/results.hpp"

namespace practica::surveys {
namespace {

// `per_school`: answers by (cohort, school); each answer rates question 1 and writes text.
struct Made {
  std::vector<Question> questions;
  std::vector<ResponseFact> facts;
  std::vector<AnswerRow> answers;
};

Made Make(const std::vector<std::tuple<std::int64_t, std::int64_t, int>>& per_school, int version = 1) {
  Made m;
  m.questions = {Question{1, version, 1, "", Kind::kAgreement, "Useful?", true, {}, ""},
                 Question{2, version, 2, "", Kind::kShortText, "Why?", false, {}, ""}};
  std::int64_t id = 0;
  for (const auto& [cohort, school, count] : per_school) {
    for (int i = 0; i < count; ++i) {
      ++id;
      m.facts.push_back(ResponseFact{id, version, std::nullopt, school ? std::optional(school) : std::nullopt,
                                     std::optional(cohort)});
      m.answers.push_back({id, 1, std::to_string(1 + id % 5)});
      m.answers.push_back({id, 2, "reason " + std::to_string(id)});
    }
  }
  return m;
}

// The shown groups nearest below `key` (under hidden ones, theirs), summed.
int NearestShownSum(const std::vector<Group>& groups, const std::string& key, const std::set<std::string>& shown) {
  int sum = 0;
  for (const auto& child : groups) {
    if (child.parent != key) continue;
    sum += shown.contains(child.key) ? child.answers : NearestShownSum(groups, child.key, shown);
  }
  return sum;
}

// Every group shown holds at least five, and what is left of it after subtracting every shown
// group below it (the most anyone can subtract) is none or at least five.
void ExpectFloorHolds(const std::vector<Group>& groups, const std::set<std::string>& shown) {
  for (const auto& g : groups) {
    if (!shown.contains(g.key)) continue;
    EXPECT_GE(g.answers, kMinimumAnswers) << g.key;
    const int rest = g.answers - NearestShownSum(groups, g.key, shown);
    EXPECT_TRUE(rest == 0 || rest >= kMinimumAnswers) << "left of " << g.key << ": " << rest;
  }
}

TEST(ShownGroups, ShowsEveryGroupOfANamedForm) {
  const auto m = Make({{1, 10, 1}, {1, 11, 2}});

  EXPECT_EQ(ShownGroups(GroupsOf(m.facts), false).size(), 4u);  // the whole, the cohort, two schools
}

TEST(ShownGroups, HidesASecondSchoolSoTheCohortMinusTheShownOneIsNotOnePerson) {
  const auto m = Make({{1, 10, 8}, {1, 11, 1}});

  const auto shown = ShownGroups(GroupsOf(m.facts), true);

  EXPECT_TRUE(shown.contains("cohort:1"));
  EXPECT_FALSE(shown.contains("school:11"));
  EXPECT_FALSE(shown.contains("school:10"));
}

TEST(ShownGroups, HidesACohortWhenTheWholeMinusItLeavesFour) {
  const auto m = Make({{1, 10, 6}, {1, 11, 5}, {2, 20, 4}});

  const auto groups = GroupsOf(m.facts);
  const auto shown = ShownGroups(groups, true);

  EXPECT_FALSE(shown.contains("cohort:2"));
  EXPECT_FALSE(shown.contains("cohort:1"));
  EXPECT_FALSE(shown.contains("school:11"));  // else the whole minus both schools is cohort 2
  EXPECT_TRUE(shown.contains("school:10"));
  EXPECT_TRUE(shown.contains(std::string(kWholeForm)));
  ExpectFloorHolds(groups, shown);
}

TEST(ShownGroups, HoldsTheFloorOverManyRandomForms) {
  std::mt19937 random(20181122);
  for (int trial = 0; trial < 2000; ++trial) {
    std::vector<std::tuple<std::int64_t, std::int64_t, int>> per_school;
    const int cohorts = 1 + static_cast<int>(random() % 3);
    for (int c = 1; c <= cohorts; ++c) {
      const int schools = 1 + static_cast<int>(random() % 4);
      for (int s = 0; s < schools; ++s) per_school.emplace_back(c, c * 10 + s, static_cast<int>(random() % 9));
    }
    const auto m = Make(per_school);
    const auto groups = GroupsOf(m.facts);

    ExpectFloorHolds(groups, ShownGroups(groups, true));
  }
}

TEST(ResultsFor, ShowsNothingOfAnAnonymousFormWithFourAnswersUnderAnyFilterOrExport) {
  const auto m = Make({{1, 10, 3}, {1, 11, 1}});
  const ResultsInput input{m.questions, m.facts, m.answers, true};

  for (const auto& g : GroupsOf(m.facts)) {
    for (const auto& v : ResultsFor(input, g.key)) {
      EXPECT_FALSE(v.shown) << g.key;
      EXPECT_TRUE(v.questions.empty()) << g.key;
    }
    EXPECT_TRUE(ExportRows(input, g.key, {}).empty()) << g.key;
  }
}

TEST(ResultsFor, EveryFilterAndExportOfAnAnonymousFormKeepsTheFloor) {
  const auto m = Make({{1, 10, 8}, {1, 11, 4}, {1, 12, 2}, {2, 20, 5}, {2, 21, 1}, {3, 0, 3}});
  const ResultsInput input{m.questions, m.facts, m.answers, true};
  const std::map<std::string, std::string> names{{"person:0", "Priya Shah"}, {"school:10", "Garvanza"}};
  const auto groups = GroupsOf(m.facts);
  const auto shown = ShownGroups(groups, true);
  ExpectFloorHolds(groups, shown);

  for (const auto& g : groups) {
    const auto results = ResultsFor(input, g.key);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].shown, shown.contains(g.key)) << g.key;
    if (results[0].shown) {
      EXPECT_GE(results[0].responses, kMinimumAnswers) << g.key;
    }
    const auto rows = ExportRows(input, g.key, names);
    if (!shown.contains(g.key)) {
      EXPECT_TRUE(rows.empty()) << g.key;
    }
    for (const auto& row : rows) {
      for (const auto& cell : row) {
        EXPECT_EQ(cell.find("Priya"), std::string::npos) << g.key;
        EXPECT_EQ(cell.find("Garvanza"), std::string::npos) << g.key;
      }
    }
    if (!rows.empty()) {
      EXPECT_GE(rows.size() - 1, static_cast<std::size_t>(kMinimumAnswers)) << g.key;
    }
  }
}

TEST(ResultsFor, JudgesEachVersionApart) {
  auto first = Make({{1, 10, 6}}, 1);
  auto second = Make({{1, 10, 3}}, 2);
  for (auto& f : second.facts) f.id += 100;
  for (auto& a : second.answers) a.response_id += 100;
  for (auto& q : second.questions) q.id += 100;
  for (auto& a : second.answers) a.question_id += 100;
  first.questions.insert(first.questions.end(), second.questions.begin(), second.questions.end());
  first.facts.insert(first.facts.end(), second.facts.begin(), second.facts.end());
  first.answers.insert(first.answers.end(), second.answers.begin(), second.answers.end());
  const ResultsInput input{first.questions, first.facts, first.answers, true};

  const auto results = ResultsFor(input, std::string(kWholeForm));

  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].version, 2);
  EXPECT_FALSE(results[0].shown);
  EXPECT_TRUE(results[1].shown);
  EXPECT_EQ(results[1].responses, 6);
}

TEST(ExportRows, NamesThePersonAndSchoolOfANamedForm) {
  auto m = Make({{1, 10, 1}});
  m.facts[0].person_id = 7;
  const ResultsInput input{m.questions, m.facts, m.answers, false};

  const auto rows = ExportRows(input, std::string(kWholeForm), {{"person:7", "Priya Shah"}, {"school:10", "Garvanza"}});

  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"version", "person", "school", "Useful?", "Why?"}));
  EXPECT_EQ(rows[1][1], "Priya Shah");
  EXPECT_EQ(rows[1][2], "Garvanza");
}

// The store hands the answers over in no order: a question with several values reads the same
// in every export, its values sorted, and the text answers on the page come sorted too.
TEST(ExportRows, JoinsACellsValuesInOrderWhateverOrderTheAnswersCameIn) {
  auto m = Make({{1, 10, 1}});
  m.questions[0].kind = Kind::kMultiple;
  m.facts[0].person_id = 7;
  m.answers = {{1, 2, "zines"}, {1, 1, "robots"}, {1, 2, "apps"}, {1, 1, "coding"}, {1, 1, "art"}};
  const ResultsInput input{m.questions, m.facts, m.answers, false};

  const auto rows = ExportRows(input, std::string(kWholeForm), {});

  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1][3], "art; coding; robots");
  EXPECT_EQ(rows[1][4], "apps; zines");
  const auto results = ResultsFor(input, std::string(kWholeForm));
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].questions[1].texts, (std::vector<std::string>{"apps", "zines"}));
}

}  // namespace
}  // namespace practica::surveys
