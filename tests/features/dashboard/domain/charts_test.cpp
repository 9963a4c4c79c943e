// The dashboard's charts: months summed over the schools shown, and each session's bar from the
// schools' marks, labelled by its day.
#include "features/dashboard/domain/charts.hpp"

#include <gtest/gtest.h>

namespace practica::dashboard {
namespace {

SchoolSignals School(commitments::Months months, std::string marks) {
  SchoolSignals school;
  school.months = std::move(months);
  school.session_marks = std::move(marks);
  return school;
}

TEST(YearByMonth, SumsTheShownSchoolsMonthsInOrder) {
  const auto garvanza = School({{"2018-09", {3, 1, 0}}, {"2018-10", {2, 0, 1}}}, "");
  const auto hope = School({{"2018-08", {1, 0, 0}}, {"2018-09", {1, 2, 0}}}, "");

  const auto bars = YearByMonth({&garvanza, &hope});

  ASSERT_EQ(bars.size(), 3u);
  EXPECT_EQ(bars[0].label, "August 2018");
  EXPECT_EQ(bars[1].month, "2018-09");
  EXPECT_EQ(bars[1].verified, 4);
  EXPECT_EQ(bars[1].late, 3);
  EXPECT_EQ(bars[2].open, 1);
  EXPECT_TRUE(YearByMonth({}).empty());
}

TEST(BySession, CountsEachSchoolsMarkUnderItsSession) {
  const std::vector<SessionLabel> sessions{{"PS 3.0 follow-up learning", {2018, 9, 28}},
                                           {"PS 3.0 follow-up learning", {2019, 3, 22}},
                                           {"PS 3.0 follow-up learning", {2019, 5, 31}}};
  const auto garvanza = School({}, "apu");
  const auto hope = School({}, "mp.");
  const auto late_joiner = School({}, "a");  // fewer marks than sessions: the rest count as none

  const auto bars = BySession(sessions, {&garvanza, &hope, &late_joiner});

  ASSERT_EQ(bars.size(), 3u);
  EXPECT_EQ(bars[0].label, "Sep 28, 2018: PS 3.0 follow-up learning");
  EXPECT_EQ(bars[0].day, "Sep 28, 2018");
  EXPECT_EQ(bars[0].attended, 2);
  EXPECT_EQ(bars[0].missed, 1);
  EXPECT_EQ(bars[1].partial, 2);
  EXPECT_EQ(bars[2].upcoming, 1);
  EXPECT_EQ(bars[2].attended + bars[2].partial + bars[2].missed, 0);
}

}  // namespace
}  // namespace practica::dashboard
