// Staff editing the review rubric: renamed criteria keep their codes (old scores keep their
// meaning), new ones get codes unlike any used before, and a rubric stays between one and eight.
#include <gtest/gtest.h>

#include "features/exemplars/domain/review.hpp"

namespace practica::exemplars {
namespace {

TEST(CriterionCode, FromTheNameAndUnlikeEveryKnownCode) {
  EXPECT_EQ(CriterionCode("Use of student voice", DefaultRubric()), "use-of-student-voice");
  EXPECT_EQ(CriterionCode("  Clarity!  ", DefaultRubric()), "clarity-2");
  EXPECT_EQ(CriterionCode("¿?", DefaultRubric()), "criterion");
}

TEST(EditRubric, RenamingKeepsTheCodeAndAddingMakesOne) {
  RubricEdit edit;
  edit.kept = {{"alignment", "Alignment to the ISTE indicators"}, {"clarity", "Clarity"}};
  edit.added = {"Use of student voice", ""};

  const auto rubric = EditRubric(edit, DefaultRubric()).value();

  ASSERT_EQ(rubric.size(), 3u);
  EXPECT_EQ(rubric[0].code, "alignment");
  EXPECT_EQ(rubric[0].name, "Alignment to the ISTE indicators");
  EXPECT_EQ(rubric[2].code, "use-of-student-voice");
}

TEST(EditRubric, AddingAgainANameOnceRemovedGetsANewCode) {
  // "agency" was removed: its old scores still name it, so a new criterion may not reuse it.
  RubricEdit edit;
  edit.kept = {{"alignment", "Alignment"}};
  edit.added = {"Agency"};

  EXPECT_EQ(EditRubric(edit, DefaultRubric()).value()[1].code, "agency-2");
}

TEST(EditRubric, RefusesAnEmptyOrRepeatedName) {
  RubricEdit blank;
  blank.kept = {{"alignment", "  "}};
  EXPECT_EQ(EditRubric(blank, DefaultRubric()).error().field, "name_alignment");

  RubricEdit twice;
  twice.kept = {{"alignment", "Clarity"}, {"clarity", "Clarity"}};
  const auto refused = EditRubric(twice, DefaultRubric());
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().message, "\"Clarity\" is in the rubric twice; name each criterion once.");
  EXPECT_EQ(refused.error().field, "name_clarity");
}

TEST(EditRubric, KeepsBetweenOneAndEightCriteria) {
  EXPECT_EQ(EditRubric(RubricEdit{}, DefaultRubric()).error().message,
            "Keep at least one criterion: a review scores the rubric.");
  RubricEdit many;
  for (int i = 1; i <= 8; ++i) many.kept.push_back({"c" + std::to_string(i), "Criterion " + std::to_string(i)});
  EXPECT_TRUE(EditRubric(many, DefaultRubric()).has_value());
  many.added = {"Ninth"};
  EXPECT_EQ(EditRubric(many, DefaultRubric()).error().field, "new_name");
}

}  // namespace
}  // namespace practica::exemplars
