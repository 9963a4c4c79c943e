// The coach's hours, on PS 3.0's school year (July 1, 2018 to June 30, 2019).
#include "features/coaching/domain/hours.hpp"

#include <gtest/gtest.h>

namespace practica::coaching {
namespace {

TEST(SchoolYearOf, RunsFromJulyToJune) {
  EXPECT_EQ(SchoolYearOf({2018, 8, 8}).Label(), "2018-2019");
  EXPECT_EQ(SchoolYearOf({2019, 6, 30}).Label(), "2018-2019");
  EXPECT_EQ(SchoolYearOf({2019, 7, 1}).Label(), "2019-2020");
}

TEST(HoursBy, SumsTheMonthAndTheSchoolYearBySchoolAndKind) {
  const std::vector<EntryFact> entries = {
      {1, 10, "co_teach", {2018, 10, 2}, 50},  {1, 10, "co_teach", {2018, 9, 25}, 40},
      {1, 10, "co_teach", {2018, 10, 9}, 30},  {1, 11, "ilt_meeting", {2018, 10, 4}, 45},
      {1, 10, "co_teach", {2018, 6, 1}, 60},  // the year before: left out
  };

  const auto rows = HoursBy(entries, {2018, 10, 15});

  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].school_id, 10);
  EXPECT_EQ(rows[0].month_minutes, 80);
  EXPECT_EQ(rows[0].year_minutes, 120);
  EXPECT_EQ(rows[1].kind, "ilt_meeting");
  EXPECT_EQ(rows[1].month_minutes, 45);
}

TEST(HoursAsOf, FallsBackToTheLastDayLoggedWhenThisYearHasNothing) {
  const std::vector<EntryFact> entries = {{1, 10, "co_teach", {2019, 6, 5}, 50}};

  EXPECT_EQ(HoursAsOf(entries, {2026, 11, 23}), (core::LocalDate{2019, 6, 5}));
  EXPECT_EQ(HoursAsOf(entries, {2019, 6, 10}), (core::LocalDate{2019, 6, 10}));
}

TEST(NotCoachedIn30Days, ListsTheNeverCoachedFirstThenTheLongestAgo) {
  const std::vector<Coachee> people = {
      {1, 10, core::LocalDate{2018, 10, 1}},  // 14 days: coached recently
      {2, 10, core::LocalDate{2018, 9, 1}},   // 44 days
      {3, 10, std::nullopt},
      {4, 10, core::LocalDate{2018, 8, 20}},
  };

  const auto out = NotCoachedIn30Days(people, {2018, 10, 15});

  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].person_id, 3);
  EXPECT_EQ(out[1].person_id, 4);
  EXPECT_EQ(out[2].person_id, 2);
}

TEST(WindowOf, IsTheMonthUpToTheNextAndTheSchoolYear) {
  const auto october = WindowOf({2018, 10, 15});
  EXPECT_EQ(october.month_first, (core::LocalDate{2018, 10, 1}));
  EXPECT_EQ(october.next_month_first, (core::LocalDate{2018, 11, 1}));
  EXPECT_EQ(october.year.Label(), "2018-2019");
  // December's month ends with the calendar year; the school year does not.
  const auto december = WindowOf({2018, 12, 17});
  EXPECT_EQ(december.next_month_first, (core::LocalDate{2019, 1, 1}));
  EXPECT_EQ(december.year.last, (core::LocalDate{2019, 6, 30}));
}

TEST(HoursAsOf, CountsToTodayWhenThisYearHasAnythingAndToTheLastDayOtherwise) {
  EXPECT_EQ(HoursAsOf(std::nullopt, {2026, 11, 23}), (core::LocalDate{2026, 11, 23}));
  EXPECT_EQ(HoursAsOf(core::LocalDate{2019, 6, 5}, {2026, 11, 23}), (core::LocalDate{2019, 6, 5}));
  // PS 3.0's coaches arrived August 8, 2018: from then on, the year counts to today.
  EXPECT_EQ(HoursAsOf(core::LocalDate{2018, 8, 8}, {2018, 10, 2}), (core::LocalDate{2018, 10, 2}));
  // A day logged ahead of today (a misdated entry) does not stop the year counting to today.
  EXPECT_EQ(HoursAsOf(std::vector<EntryFact>{{1, 10, "co_teach", {2026, 12, 1}, 30}}, {2026, 11, 23}),
            (core::LocalDate{2026, 11, 23}));
}

}  // namespace
}  // namespace practica::coaching
