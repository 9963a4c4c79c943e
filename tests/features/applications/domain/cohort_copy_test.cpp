#include "features/applications/domain/cohort_copy.hpp"

#include <gtest/gtest.h>

namespace practica::applications {
namespace {

core::TimeZone LosAngeles() { return core::TimeZone::Locate("America/Los_Angeles").value(); }

std::int64_t At(int y, int mo, int d, int h, int mi = 0) { return LosAngeles().ToUtc({{y, mo, d}, h, mi}).value(); }

}  // namespace

TEST(NextYear, MovesFebruary29ToFebruary28) {
  EXPECT_EQ(NextYear({2020, 2, 29}), (core::LocalDate{2021, 2, 28}));
  EXPECT_EQ(NextYear({2018, 4, 6}), (core::LocalDate{2019, 4, 6}));
}

TEST(ShiftOneYear, KeepsTheDeadlinesLocalTime) {
  auto shifted = ShiftOneYear(At(2018, 4, 6, 16), LosAngeles());

  ASSERT_TRUE(shifted.has_value());
  EXPECT_EQ(*shifted, At(2019, 4, 6, 16));
}

TEST(ShiftOneYear, KeepsTheLocalTimeWhenTheYearsDiffersInDaylightSaving) {
  // March 9, 2019 is before the clocks sprang forward (March 10); March 9, 2020 is after (March 8).
  const auto before = At(2019, 3, 9, 14);

  auto shifted = ShiftOneYear(before, LosAngeles());

  ASSERT_TRUE(shifted.has_value());
  EXPECT_EQ(*shifted, At(2020, 3, 9, 14));
  EXPECT_EQ(*shifted - before, 366 * 24 * 3600 - 3600) << "a leap day later, an hour sooner in UTC";
  EXPECT_EQ(LosAngeles().FormatIso(*shifted), "2020-03-09T14:00:00-07:00");
}

TEST(ShiftOneYear, MovesATimeInTheSpringForwardGapAnHourLater) {
  // 2:30 AM on March 10, 2018 existed; on March 10, 2019 the clocks skipped from 2:00 to 3:00.
  auto shifted = ShiftOneYear(At(2018, 3, 10, 2, 30), LosAngeles());

  ASSERT_TRUE(shifted.has_value());
  EXPECT_EQ(LosAngeles().FormatIso(*shifted), "2019-03-10T03:30:00-07:00");
}

TEST(CheckCohortNumber, RefusesAnythingButDigitsAPointAndDigits) {
  EXPECT_TRUE(CheckCohortNumber("5.0").has_value());
  auto refused = CheckCohortNumber("five");

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().message, "Write the new cohort's number as digits with a point, e.g. 5.0.");
  EXPECT_EQ(refused.error().field, "number");
}

TEST(SlugForNumber, FollowsTheCohortsAddresses) { EXPECT_EQ(SlugForNumber("5.0"), "ps-5-0"); }

TEST(NextSchoolYear, MovesBothYears) {
  EXPECT_EQ(NextSchoolYear("2019-2020"), "2020-2021");
  EXPECT_EQ(NextSchoolYear("someday"), "someday");
}

TEST(Renumber, SpeaksOfTheNewCohort) {
  EXPECT_EQ(Renumber("Application window for Practitioner Schools (PS) 3.0 opens", "3.0", "4.0"),
            "Application window for Practitioner Schools (PS) 4.0 opens");
  EXPECT_EQ(Renumber("Deadline to Apply for PS 3.0; Practitioner Schools 3.0 goals", "3.0", "4.0"),
            "Deadline to Apply for PS 4.0; Practitioner Schools 4.0 goals");
  EXPECT_EQ(Renumber("PS 3.01 is another number", "3.0", "4.0"), "PS 3.01 is another number");
}

}  // namespace practica::applications
