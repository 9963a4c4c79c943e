#include "features/surveys/domain/schedule.hpp"

#include <gtest/gtest.h>

namespace practica::surveys {
namespace {

// The 2+1 ISTE Standards Suite on Empowered Learner: Tuesday and Wednesday, January 12 and 13,
// 2027, then the reflection day of Wednesday, January 20.
std::vector<SessionDay> EmpoweredLearner() { return {{1, {2027, 1, 12}}, {2, {2027, 1, 13}}, {3, {2027, 1, 20}}}; }

TEST(AfterEachMeeting, AsksAfterDayTwoAndAfterDayThreeOfTheTwoPlusOneSuite) {
  auto windows = AfterEachMeeting(EmpoweredLearner(), 7);

  ASSERT_EQ(windows.size(), 2u);
  EXPECT_EQ(windows[0].position, 1);
  EXPECT_EQ(windows[0].day_numbers, (std::vector<int>{1, 2}));
  EXPECT_EQ(windows[0].label, "After days 1 and 2 (Wednesday, January 13, 2027)");
  EXPECT_EQ(windows[0].opens, (core::LocalDateTime{{2027, 1, 14}, 8, 0}));
  EXPECT_EQ(windows[0].closes, (core::LocalDateTime{{2027, 1, 20}, 17, 0}));
  EXPECT_EQ(windows[1].position, 2);
  EXPECT_EQ(windows[1].day_numbers, (std::vector<int>{3}));
  EXPECT_EQ(windows[1].label, "After day 3 (Wednesday, January 20, 2027)");
  EXPECT_EQ(windows[1].opens, (core::LocalDateTime{{2027, 1, 21}, 8, 0}));
  EXPECT_EQ(windows[1].closes, (core::LocalDateTime{{2027, 1, 27}, 17, 0}));
}

TEST(AfterEachMeeting, TakesTheDaysInAnyOrderAndAMonthEndAsConsecutive) {
  auto windows = AfterEachMeeting({{2, {2019, 2, 1}}, {1, {2019, 1, 31}}}, 1);

  ASSERT_EQ(windows.size(), 1u);
  EXPECT_EQ(windows[0].day_numbers, (std::vector<int>{1, 2}));
  EXPECT_EQ(windows[0].opens, (core::LocalDateTime{{2019, 2, 2}, 8, 0}));
  EXPECT_EQ(windows[0].closes, (core::LocalDateTime{{2019, 2, 2}, 17, 0}));  // one day: the day after
}

TEST(AfterEachMeeting, ASessionOfOneDayAsksOnceAndNoDaysAskNothing) {
  EXPECT_EQ(AfterEachMeeting({{1, {2018, 9, 28}}}, 7).size(), 1u);
  EXPECT_TRUE(AfterEachMeeting({}, 7).empty());
}

TEST(EachQuarter, OpensTheLastDaysOfEachQuarterOfTheSchoolYear) {
  auto windows = EachQuarter("2018-2019", 14);

  ASSERT_EQ(windows.size(), 4u);
  EXPECT_EQ(windows[0].label, "Quarter 1, July to September 2018");
  EXPECT_EQ(windows[0].opens, (core::LocalDateTime{{2018, 9, 17}, 8, 0}));
  EXPECT_EQ(windows[0].closes, (core::LocalDateTime{{2018, 9, 30}, 17, 0}));
  EXPECT_EQ(windows[1].closes, (core::LocalDateTime{{2018, 12, 31}, 17, 0}));
  EXPECT_EQ(windows[2].label, "Quarter 3, January to March 2019");
  EXPECT_EQ(windows[2].opens, (core::LocalDateTime{{2019, 3, 18}, 8, 0}));
  EXPECT_EQ(windows[3].closes, (core::LocalDateTime{{2019, 6, 30}, 17, 0}));
  EXPECT_EQ(windows[3].position, 4);
}

TEST(EachQuarter, ASchoolYearNotOfTwoFollowingYearsGivesNothing) {
  EXPECT_TRUE(EachQuarter("2018-2020", 7).empty());
  EXPECT_TRUE(EachQuarter("2018", 7).empty());
  EXPECT_TRUE(EachQuarter("", 7).empty());
}

TEST(CheckOpenDays, KeepsAFormOpenFromOneToSixtyDays) {
  EXPECT_TRUE(CheckOpenDays(1).has_value());
  EXPECT_TRUE(CheckOpenDays(60).has_value());
  auto none = CheckOpenDays(0);
  ASSERT_FALSE(none.has_value());
  EXPECT_EQ(none.error().field, "open_days");
  EXPECT_FALSE(CheckOpenDays(61).has_value());
}

TEST(PrePost, TheEndOfTheYearComesAfterTheStartCloses) {
  const core::LocalDateTime pre_opens{{2018, 8, 20}, 8, 0}, pre_closes{{2018, 8, 31}, 17, 0};
  auto pair = PrePost(pre_opens, pre_closes, {{2019, 5, 20}, 8, 0}, {{2019, 5, 31}, 17, 0});

  ASSERT_TRUE(pair.has_value()) << pair.error().message;
  ASSERT_EQ(pair->size(), 2u);
  EXPECT_EQ((*pair)[0].label, "Start of the year");
  EXPECT_EQ((*pair)[1].label, "End of the year");

  auto overlapping = PrePost(pre_opens, pre_closes, {{2018, 8, 30}, 8, 0}, {{2019, 5, 31}, 17, 0});
  ASSERT_FALSE(overlapping.has_value());
  EXPECT_EQ(overlapping.error().field, "post_opens_on");
  auto backwards = PrePost(pre_opens, pre_closes, {{2019, 5, 31}, 8, 0}, {{2019, 5, 20}, 17, 0});
  ASSERT_FALSE(backwards.has_value());
  EXPECT_EQ(backwards.error().field, "post_closes_on");
  EXPECT_FALSE(PrePost(pre_closes, pre_opens, {{2019, 5, 20}, 8, 0}, {{2019, 5, 31}, 17, 0}).has_value());
}

TEST(DayNumbers, RoundTripAsText) {
  EXPECT_EQ(DayNumbersText({1, 2}), "1,2");
  EXPECT_EQ(ParseDayNumbers("1,2"), (std::vector<int>{1, 2}));
  EXPECT_TRUE(ParseDayNumbers("").empty());
}

TEST(Rhythm, CodesRoundTrip) {
  for (auto r : {Rhythm::kAfterEachMeeting, Rhythm::kEachQuarter, Rhythm::kPrePost}) {
    EXPECT_EQ(ParseRhythm(RhythmCode(r)), r);
  }
  EXPECT_FALSE(ParseRhythm("weekly").has_value());
}

}  // namespace
}  // namespace practica::surveys
