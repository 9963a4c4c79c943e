// When periodic work is planned: ISO weeks, the daily, weekly and monthly slots on the district's clock,
// across the 2018 daylight-saving changes in Los Angeles.
#include <gtest/gtest.h>

#include "jobs/schedule.hpp"

namespace practica::jobs {
namespace {

core::TimeZone LosAngeles() { return core::TimeZone::Locate("America/Los_Angeles").value(); }

std::int64_t At(int y, int mo, int d, int h, int mi) {
  return LosAngeles().ToUtc({{y, mo, d}, h, mi}).value();
}

TEST(IsoWeekKey, NamesTheWeekHoldingTheThursday) {
  EXPECT_EQ(IsoWeekKey({2018, 11, 16}), "2018-W46");
  EXPECT_EQ(IsoWeekKey({2018, 11, 19}), "2018-W47");
  EXPECT_EQ(IsoWeekKey({2018, 12, 31}), "2019-W01");
  EXPECT_EQ(IsoWeekKey({2021, 1, 3}), "2020-W53");
}

TEST(DailySlot, IsTheDistrictsDateNotUtcs) {
  // 5:30 PM on Friday, November 16, 2018 in Los Angeles is already Saturday in UTC.
  const auto slot = DailySlot(At(2018, 11, 16, 17, 30), LosAngeles(), 7);

  EXPECT_EQ(slot.key, "2018-11-16");
  EXPECT_EQ(slot.run_after, At(2018, 11, 16, 7, 0));
}

TEST(DailySlot, FollowsTheClockOnTheDayDaylightSavingEnds) {
  // Sunday, November 4, 2018: 7:00 AM is PST (UTC-8), an hour later in UTC than the day before.
  const auto sunday = DailySlot(At(2018, 11, 4, 12, 0), LosAngeles(), 7);
  const auto saturday = DailySlot(At(2018, 11, 3, 12, 0), LosAngeles(), 7);

  EXPECT_EQ(sunday.run_after, 1541343600);    // 2018-11-04T15:00:00Z
  EXPECT_EQ(saturday.run_after, 1541253600);  // 2018-11-03T14:00:00Z
  EXPECT_EQ(sunday.run_after - saturday.run_after, 25 * 3600);
}

TEST(WeeklySlot, OnMondayIsThisWeeksEvenAfterTheHour) {
  const auto slot = WeeklySlot(At(2018, 11, 19, 9, 15), LosAngeles(), 7);

  EXPECT_EQ(slot.key, "2018-W47");
  EXPECT_EQ(slot.run_after, At(2018, 11, 19, 7, 0));
}

TEST(WeeklySlot, LaterInTheWeekIsNextMondays) {
  const auto slot = WeeklySlot(At(2018, 11, 16, 9, 0), LosAngeles(), 7);

  EXPECT_EQ(slot.key, "2018-W47");
  EXPECT_EQ(slot.run_after, At(2018, 11, 19, 7, 0));
}

TEST(MonthlySlot, OnTheFirstIsThisMonthsEvenAfterTheHour) {
  // Saturday, December 1, 2018, mid-morning: the December report goes out now.
  const auto slot = MonthlySlot(At(2018, 12, 1, 10, 0), LosAngeles(), 7);

  EXPECT_EQ(slot.key, "2018-12");
  EXPECT_EQ(slot.run_after, At(2018, 12, 1, 7, 0));
}

TEST(MonthlySlot, LaterInTheMonthIsTheNextFirstAcrossTheYear) {
  // Wednesday, December 19, 2018 (PS 3.0's winter break ahead): January 1, 2019 at 7:00 AM.
  const auto slot = MonthlySlot(At(2018, 12, 19, 9, 0), LosAngeles(), 7);

  EXPECT_EQ(slot.key, "2019-01");
  EXPECT_EQ(slot.run_after, At(2019, 1, 1, 7, 0));
}

TEST(WeeklySlot, TheMondayAfterTheSpringChangeIsSevenPacificDaylight) {
  // Daylight saving began Sunday, March 11, 2018; Monday the 12th at 7:00 is 14:00 UTC.
  const auto slot = WeeklySlot(At(2018, 3, 9, 12, 0), LosAngeles(), 7);

  EXPECT_EQ(slot.key, "2018-W11");
  EXPECT_EQ(slot.run_after, 1520863200);  // 2018-03-12T14:00:00Z
}

}  // namespace
}  // namespace practica::jobs
