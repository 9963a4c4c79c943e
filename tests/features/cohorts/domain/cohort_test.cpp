#include "features/cohorts/domain/cohort.hpp"

#include <gtest/gtest.h>

namespace practica::cohorts {
namespace {

core::TimeZone LosAngeles() { return core::TimeZone::Locate("America/Los_Angeles").value(); }

std::int64_t At(int y, int mo, int d, int h, int mi = 0) {
  return LosAngeles().ToUtc({{y, mo, d}, h, mi}).value();
}

Cohort Ps3() {
  Cohort cohort;
  cohort.number = "3.0";
  cohort.title = "Innovative Designer";
  cohort.applications_open_at = At(2018, 3, 8, 0);
  cohort.applications_close_at = At(2018, 4, 6, 16);
  return cohort;
}

}  // namespace

TEST(DescribeWhen, WritesATimedSessionWithItsHours) {
  TimelineItem webinar{0, "Welcome", At(2018, 5, 18, 15), At(2018, 5, 18, 16), Precision::kTime};

  EXPECT_EQ(DescribeWhen(webinar, LosAngeles()), "Friday, May 18, 2018, 3:00 PM to 4:00 PM");
}

TEST(DescribeWhen, WritesADeadlineAsOneInstant) {
  TimelineItem deadline{0, "Deadline", At(2018, 4, 6, 16), std::nullopt, Precision::kTime};

  EXPECT_EQ(DescribeWhen(deadline, LosAngeles()), "Friday, April 6, 2018 at 4:00 PM");
}

TEST(DescribeWhen, WritesARangeOfDays) {
  TimelineItem visits{0, "Visits", At(2018, 4, 9, 0), At(2018, 5, 4, 0), Precision::kDay};

  EXPECT_EQ(DescribeWhen(visits, LosAngeles()), "April 9 to May 4, 2018");
}

TEST(DescribeWhen, WritesAWeek) {
  TimelineItem notice{0, "Notified", At(2018, 5, 14, 0), std::nullopt, Precision::kWeek};

  EXPECT_EQ(DescribeWhen(notice, LosAngeles()), "Week of May 14, 2018");
}

TEST(ApplicationWindow, IsOpenUntilTheDeadlineMinute) {
  const auto cohort = Ps3();

  EXPECT_EQ(ApplicationWindow(cohort, At(2018, 3, 7, 23, 59)), WindowState::kNotYetOpen);
  EXPECT_EQ(ApplicationWindow(cohort, At(2018, 4, 6, 15, 59)), WindowState::kOpen);
  EXPECT_EQ(ApplicationWindow(cohort, At(2018, 4, 6, 16, 0)), WindowState::kClosed);
}

TEST(DescribeApplicationWindow, GivesTheDeadlineInTheDistrictsTime) {
  EXPECT_EQ(DescribeApplicationWindow(Ps3(), At(2026, 11, 23, 9), LosAngeles()),
            "Applications for PS 3.0 closed on Friday, April 6, 2018 at 4:00 PM.");
}

TEST(FullName, NamesTheCohortAsTheProgramDoes) {
  EXPECT_EQ(FullName(Ps3()), "Practitioner Schools 3.0: Innovative Designer");
  EXPECT_EQ(ShortName(Ps3()), "PS 3.0");
}

TEST(SchoolYearLastDay, IsJuneThirtiethOfTheSecondYear) {
  EXPECT_EQ(SchoolYearLastDay("2018-2019"), (core::LocalDate{2019, 6, 30}));
  EXPECT_EQ(SchoolYearLastDay("2019-2020"), (core::LocalDate{2020, 6, 30}));
}

TEST(SchoolYearLastDay, KnowsNothingOfAYearItCannotRead) {
  EXPECT_FALSE(SchoolYearLastDay("").has_value());
  EXPECT_FALSE(SchoolYearLastDay("2018-2020").has_value());
  EXPECT_FALSE(SchoolYearLastDay("2018/2019").has_value());
  EXPECT_FALSE(SchoolYearLastDay("Fall 2018").has_value());
}

}  // namespace practica::cohorts
