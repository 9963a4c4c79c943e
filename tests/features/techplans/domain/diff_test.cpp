// Two versions of a plan compared line by line.
#include <gtest/gtest.h>

#include "features/techplans/domain/diff.hpp"

namespace practica::techplans {
namespace {

std::string Render(const std::vector<DiffLine>& lines) {
  std::string out;
  for (const auto& l : lines) {
    out += l.change == LineChange::kAdded ? "+" : l.change == LineChange::kRemoved ? "-" : " ";
    out += l.text + "\n";
  }
  return out;
}

TEST(DiffLines, MarksAReplacedLineAsRemovedThenAdded) {
  EXPECT_EQ(Render(DiffLines("a\nb\nc", "a\nB\nc")), " a\n-b\n+B\n c\n");
}

TEST(DiffLines, KeepsEverythingWhenNothingChanged) {
  EXPECT_EQ(Render(DiffLines("a\nb", "a\nb")), " a\n b\n");
}

TEST(DiffLines, AddsToAnEmptyPart) {
  EXPECT_EQ(Render(DiffLines("", "new")), "+new\n");
}

TEST(Compare, ShowsAGoalAddedInTheLaterVersionAndLeavesTheRestUnchanged) {
  PlanContent before;
  before.vision = "V";
  before.goals = {{"G1", "S", "1.4a", "T"}};
  PlanContent after = before;
  after.goals.push_back({"G2", "S2", "1.5c", "T2"});

  const auto diffs = Compare(before, after);

  ASSERT_GE(diffs.size(), 3u);
  EXPECT_EQ(diffs[0].key, "vision");
  EXPECT_FALSE(diffs[0].changed);
  EXPECT_EQ(diffs[2].key, "goal_2");
  EXPECT_TRUE(diffs[2].changed);
  EXPECT_EQ(diffs[2].lines[0].change, LineChange::kAdded);
  EXPECT_EQ(diffs[2].lines[0].text, "Goal: G2");
}

}  // namespace
}  // namespace practica::techplans
