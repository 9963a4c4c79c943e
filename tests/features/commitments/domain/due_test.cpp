#include "features/commitments/domain/due.hpp"

#include <gtest/gtest.h>

namespace practica::commitments {
namespace {

const core::TimeZone& LosAngeles() {
  static const auto zone = core::TimeZone::Locate("America/Los_Angeles").value();
  return zone;
}

// PS 3.0: the coach starts on the first onboarding day; LAUSD's first day of instruction;
// the end of the ITF's direct support.
Calendar Ps3() { return Calendar{core::LocalDate{2018, 8, 8}, core::LocalDate{2018, 8, 14}, core::LocalDate{2019, 6, 7}}; }

DueRule Fixed(int year, int month, int day) { return DueRule{DueKind::kFixed, core::LocalDate{year, month, day}}; }

TEST(Schedule, MakesAFixedDateDueAtTheEndOfItsDayInTheDistrictsZone) {
  const auto occurrences = Schedule(Fixed(2018, 11, 21), Ps3(), LosAngeles());

  ASSERT_EQ(occurrences.size(), 1u);
  EXPECT_EQ(LosAngeles().FormatIso(occurrences[0].due_at), "2018-11-22T00:00:00-08:00");
  EXPECT_EQ(core::FormatUtcIso(occurrences[0].due_at), "2018-11-22T08:00:00Z");
  EXPECT_EQ(LosAngeles().FormatIso(occurrences[0].due_soon_from), "2018-11-08T00:00:00-08:00");
}

TEST(Schedule, CountsTheDueSoonWindowInCalendarDaysAcrossTheFallDstChange) {
  // Clocks fall back on Sunday, November 4, 2018: the window holds one extra hour.
  const auto due = Schedule(Fixed(2018, 11, 5), Ps3(), LosAngeles())[0];

  EXPECT_EQ(LosAngeles().FormatIso(due.due_soon_from), "2018-10-23T00:00:00-07:00");
  EXPECT_EQ(LosAngeles().FormatIso(due.due_at), "2018-11-06T00:00:00-08:00");
  EXPECT_EQ(due.due_at - due.due_soon_from, 14 * 86400 + 3600);
}

TEST(Schedule, CountsTheDueSoonWindowInCalendarDaysAcrossTheSpringDstChange) {
  // Clocks spring forward on Sunday, March 10, 2019: the window is an hour short.
  const auto due = Schedule(Fixed(2019, 3, 20), Ps3(), LosAngeles())[0];

  EXPECT_EQ(LosAngeles().FormatIso(due.due_soon_from), "2019-03-07T00:00:00-08:00");
  EXPECT_EQ(LosAngeles().FormatIso(due.due_at), "2019-03-21T00:00:00-07:00");
  EXPECT_EQ(due.due_at - due.due_soon_from, 14 * 86400 - 3600);
}

TEST(Schedule, MakesBeforeTheCoachDueTheDayBeforeTheCoachStarts) {
  const auto due = Schedule(DueRule{DueKind::kBeforeCoach}, Ps3(), LosAngeles())[0];

  ASSERT_TRUE(due.due_on.has_value());
  EXPECT_EQ(*due.due_on, (core::LocalDate{2018, 8, 7}));
  EXPECT_EQ(LosAngeles().FormatIso(due.due_at), "2018-08-08T00:00:00-07:00");
}

TEST(Schedule, MakesTheFirstMonthOfInstructionDueAMonthAfterItStarts) {
  const auto due = Schedule(DueRule{DueKind::kAfterInstructionStarts, std::nullopt, 1}, Ps3(), LosAngeles())[0];

  EXPECT_EQ(*due.due_on, (core::LocalDate{2018, 9, 14}));
}

TEST(Schedule, CountsAMonthAfterInstructionByTheCalendarAcrossDst) {
  Calendar late_start = Ps3();
  late_start.instruction_starts_on = core::LocalDate{2018, 10, 15};  // PDT

  const auto due = Schedule(DueRule{DueKind::kAfterInstructionStarts, std::nullopt, 1}, late_start,
                            LosAngeles())[0];

  EXPECT_EQ(*due.due_on, (core::LocalDate{2018, 11, 15}));
  EXPECT_EQ(LosAngeles().FormatIso(due.due_at), "2018-11-16T00:00:00-08:00");  // PST
}

TEST(Schedule, GivesAMonthlyCommitmentOnePeriodPerMonthUntilSupportEnds) {
  const auto months = Schedule(DueRule{DueKind::kRecurring, std::nullopt, 1}, Ps3(), LosAngeles());

  ASSERT_EQ(months.size(), 11u);  // August 2018 to June 2019
  EXPECT_EQ(months[0].period, "2018-08");
  EXPECT_EQ(months[0].label, "August 2018");
  EXPECT_EQ(*months[0].opens_on, (core::LocalDate{2018, 8, 14}));
  EXPECT_EQ(*months[0].due_on, (core::LocalDate{2018, 8, 31}));
  EXPECT_EQ(LosAngeles().FormatIso(months[7].due_at), "2019-04-01T00:00:00-07:00");  // March, after DST
  EXPECT_EQ(months[10].period, "2019-06");
  EXPECT_EQ(*months[10].due_on, (core::LocalDate{2019, 6, 7}));
}

TEST(Schedule, GivesAQuarterlyCommitmentThreeMonthBlocks) {
  const auto quarters = Schedule(DueRule{DueKind::kRecurring, std::nullopt, 3}, Ps3(), LosAngeles());

  ASSERT_EQ(quarters.size(), 4u);
  EXPECT_EQ(quarters[0].label, "August 2018 to October 2018");
  EXPECT_EQ(*quarters[0].due_on, (core::LocalDate{2018, 10, 31}));
  EXPECT_EQ(quarters[3].label, "May 2019 to June 2019");
  EXPECT_EQ(*quarters[3].due_on, (core::LocalDate{2019, 6, 7}));
}

TEST(Schedule, LeavesTheDueDateUnsetWhenTheCalendarLacksIt) {
  const auto due = Schedule(DueRule{DueKind::kBeforeCoach}, Calendar{}, LosAngeles());

  ASSERT_EQ(due.size(), 1u);
  EXPECT_FALSE(due[0].due_on.has_value());
}

TEST(DescribeDue, NamesTheDayEachRuleComesTo) {
  EXPECT_EQ(DescribeDue(Fixed(2018, 11, 21), Ps3()), "Due by Wednesday, November 21, 2018");
  EXPECT_EQ(DescribeDue(DueRule{DueKind::kBeforeCoach}, Ps3()),
            "Due before the coach starts on Wednesday, August 8, 2018 (by Tuesday, August 7, 2018)");
  EXPECT_EQ(DescribeDue(DueRule{DueKind::kAfterInstructionStarts, std::nullopt, 1}, Ps3()),
            "Due within 1 month of the first day of instruction (by Friday, September 14, 2018)");
  EXPECT_EQ(DescribeDue(DueRule{DueKind::kEndOfSupport}, Ps3()),
            "Due by the end of the coach's direct support (Friday, June 7, 2019)");
  EXPECT_EQ(DescribeDue(DueRule{DueKind::kRecurring, std::nullopt, 1}, Ps3()),
            "Due monthly, by the end of each month, August 2018 to June 2019");
}

TEST(DescribeDue, SaysWhichDateIsMissing) {
  EXPECT_EQ(DescribeDue(DueRule{DueKind::kBeforeCoach}, Calendar{}),
            "Due before the coach starts; the program office has not set that date yet");
}

TEST(AddMonths, TakesTheLastDayOfAShorterMonth) {
  EXPECT_EQ(AddMonths(core::LocalDate{2019, 1, 31}, 1), (core::LocalDate{2019, 2, 28}));
  EXPECT_EQ(AddMonths(core::LocalDate{2018, 10, 31}, 1), (core::LocalDate{2018, 11, 30}));
  EXPECT_EQ(AddMonths(core::LocalDate{2018, 11, 15}, 2), (core::LocalDate{2019, 1, 15}));
}

TEST(CheckCalendar, RefusesSupportThatEndsBeforeInstructionStarts) {
  Calendar calendar = Ps3();
  calendar.support_ends_on = core::LocalDate{2018, 8, 1};

  auto checked = CheckCalendar(calendar);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "support_ends_on");
  EXPECT_EQ(checked.error().message,
            "The coach's support must end after the first day of instruction (Tuesday, August 14, "
            "2018); move the end of support later.");
}

// A California school year runs July 1 to June 30, so "2018-2019" (PS 3.0) ends with Sunday,
// June 30, 2019, after the last follow-up session (May 31) and the coach's support (June 7).
TEST(SchoolYearEndsAt, IsLocalMidnightAfterTheLastDay) {
  Calendar calendar = Ps3();
  EXPECT_FALSE(SchoolYearEndsAt(calendar, LosAngeles()).has_value());
  calendar.school_year_ends_on = core::LocalDate{2019, 6, 30};

  // Monday, July 1, 2019, 00:00 PDT is 07:00 UTC.
  EXPECT_EQ(SchoolYearEndsAt(calendar, LosAngeles()), 1561964400);
}

}  // namespace
}  // namespace practica::commitments
