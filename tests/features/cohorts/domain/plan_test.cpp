#include "features/cohorts/domain/plan.hpp"

#include <gtest/gtest.h>

namespace practica::cohorts {
namespace {

const core::TimeZone& LosAngeles() {
  static const auto zone = core::TimeZone::Locate("America/Los_Angeles").value();
  return zone;
}

TEST(CheckGoals, KeepsTheLinesInOrderWithoutBlanks) {
  auto goals = CheckGoals({"  Build a cycle of reflection-and-refinement ", "", "Share practices across schools"});
  ASSERT_TRUE(goals);
  EXPECT_EQ(*goals, (std::vector<std::string>{"Build a cycle of reflection-and-refinement", "Share practices across schools"}));
}

TEST(CheckGoals, RefusesNoneTooManyAndTooLongNamingTheField) {
  EXPECT_EQ(CheckGoals({" ", ""}).error().field, "goals");
  EXPECT_EQ(CheckGoals(std::vector<std::string>(kMaxGoals + 1, "A goal")).error().code, core::ErrorCode::kInvalidInput);
  auto long_one = CheckGoals({"Short", std::string(kMaxGoalChars + 1, 'x')});
  ASSERT_FALSE(long_one);
  EXPECT_NE(long_one.error().message.find("Goal 2 is longer"), std::string::npos);
}

// PS 3.0's information session: Friday, May 18, 2018, 3:00 PM to 4:00 PM in Los Angeles
// (PDT, UTC-7), read back the same way for the form.
TEST(ReadTimelineItem, AStartTimeMakesATimedItemThatEndsTheSameDay) {
  auto item = ReadTimelineItem({"Information session", "2018-05-18", "15:00", "", "16:00", ""}, LosAngeles());
  ASSERT_TRUE(item) << item.error().message;
  EXPECT_EQ(item->precision, Precision::kTime);
  EXPECT_EQ(item->starts_at, 1526680800);
  EXPECT_EQ(item->ends_at, 1526684400);
  EXPECT_EQ(DescribeWhen(*item, LosAngeles()), "Friday, May 18, 2018, 3:00 PM to 4:00 PM");
  const auto fields = TimelineFields(*item, LosAngeles());
  EXPECT_EQ(fields.on, "2018-05-18");
  EXPECT_EQ(fields.at, "15:00");
  EXPECT_EQ(fields.until_on, "");
  EXPECT_EQ(fields.until_at, "16:00");
}

// The application window of PS 3.0 as a stretch of days, and site visits as a week.
TEST(ReadTimelineItem, DaysAndWeeksWithoutATime) {
  auto days = ReadTimelineItem({"Applications", "2018-04-09", "", "2018-05-04", "", ""}, LosAngeles());
  ASSERT_TRUE(days);
  EXPECT_EQ(days->precision, Precision::kDay);
  EXPECT_EQ(DescribeWhen(*days, LosAngeles()), "April 9 to May 4, 2018");
  EXPECT_EQ(TimelineFields(*days, LosAngeles()).until_on, "2018-05-04");
  auto week = ReadTimelineItem({"Notification", "2018-05-14", "", "", "", "week"}, LosAngeles());
  ASSERT_TRUE(week);
  EXPECT_EQ(week->precision, Precision::kWeek);
  EXPECT_EQ(TimelineFields(*week, LosAngeles()).shown_as, "week");
}

TEST(ReadTimelineItem, RefusesWhatIsNotADateOrEndsBeforeItStarts) {
  EXPECT_EQ(ReadTimelineItem({"", "2018-05-18", "", "", "", ""}, LosAngeles()).error().field, "title");
  EXPECT_EQ(ReadTimelineItem({"Visit", "", "", "", "", ""}, LosAngeles()).error().field, "on");
  EXPECT_EQ(ReadTimelineItem({"Visit", "2018-02-30", "", "", "", ""}, LosAngeles()).error().field, "on");
  EXPECT_EQ(ReadTimelineItem({"Visit", "2018-05-18", "25:00", "", "", ""}, LosAngeles()).error().field, "at");
  EXPECT_EQ(ReadTimelineItem({"Visit", "2018-05-18", "", "", "16:00", ""}, LosAngeles()).error().field, "at");
  EXPECT_EQ(ReadTimelineItem({"Visit", "2018-05-18", "15:00", "", "14:00", ""}, LosAngeles()).error().field, "until_at");
  EXPECT_EQ(ReadTimelineItem({"Visit", "2018-05-18", "", "2018-05-01", "", ""}, LosAngeles()).error().field, "until_on");
}

}  // namespace
}  // namespace practica::cohorts
