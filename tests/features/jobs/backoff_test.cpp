#include <gtest/gtest.h>

#include "jobs/lease.hpp"

namespace practica::jobs {
namespace {

TEST(BackoffSeconds, DoublesFromHalfAMinute) {
  EXPECT_EQ(BackoffSeconds(1), 30);
  EXPECT_EQ(BackoffSeconds(2), 60);
  EXPECT_EQ(BackoffSeconds(3), 120);
}

TEST(BackoffSeconds, NeverWaitsMoreThanAnHour) {
  EXPECT_EQ(BackoffSeconds(8), 3600);
  EXPECT_EQ(BackoffSeconds(1000), 3600);
}

TEST(JobState, NamesRoundTrip) {
  for (auto state : {JobState::kQueued, JobState::kRunning, JobState::kDone, JobState::kFailed}) {
    EXPECT_EQ(ParseJobState(JobStateName(state)), state);
  }
  EXPECT_FALSE(ParseJobState("paused").has_value());
}

}  // namespace
}  // namespace practica::jobs
