#include "features/challenges/domain/stage.hpp"

#include <gtest/gtest.h>

namespace practica::challenges {
namespace {

TEST(StageOf, StartsWithTheProblemOfPractice) {
  EXPECT_EQ(StageOf(Progress{}).Label(), "Problem of practice");
}

TEST(StageOf, FollowsWhatExists) {
  EXPECT_EQ(StageOf(Progress{true, false, 0, 0, 0, false}).Label(), "Challenge");
  EXPECT_EQ(StageOf(Progress{true, true, 0, 0, 0, false}).Label(), "Action steps");
  EXPECT_EQ(StageOf(Progress{true, true, 3, 0, 0, false}).Label(), "Cycle 1");
}

TEST(StageOf, CountsTheOpenCycleOrTheNext) {
  EXPECT_EQ(StageOf(Progress{true, true, 3, 2, 1, false}).Label(), "Cycle 2");
  EXPECT_EQ(StageOf(Progress{true, true, 3, 2, 0, false}).Label(), "Cycle 3");
}

TEST(StageOf, IsSharingOnceACycleAdoptsAndNoneIsOpen) {
  EXPECT_EQ(StageOf(Progress{true, true, 3, 1, 0, true}).kind, StageKind::kSharing);
  EXPECT_EQ(StageOf(Progress{true, true, 3, 2, 1, true}).Label(), "Cycle 2");
}

}  // namespace
}  // namespace practica::challenges
