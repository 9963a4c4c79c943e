// Commitments month by month, judged at an instant: PS 3.0's monthly feedback forms (19).
#include "features/commitments/domain/months.hpp"

#include <gtest/gtest.h>

namespace practica::commitments {
namespace {

// Three monthly occurrences of 19, each due at the end of its month (UTC instants stand in for
// the end of September, October and November 2018 in Los Angeles).
constexpr std::int64_t kEndOfSeptember = 1538377200;  // 2018-10-01 07:00 UTC
constexpr std::int64_t kEndOfOctober = 1541055600;    // 2018-11-01 07:00 UTC
constexpr std::int64_t kEndOfNovember = 1543651200;   // 2018-12-01 08:00 UTC

std::vector<Occurrence> Forms() {
  return {Occurrence{"2018-09", "September 2018", core::LocalDate{2018, 9, 1}, core::LocalDate{2018, 9, 30},
                     kEndOfSeptember},
          Occurrence{"2018-10", "October 2018", core::LocalDate{2018, 10, 1}, core::LocalDate{2018, 10, 31},
                     kEndOfOctober},
          Occurrence{"2018-11", "November 2018", core::LocalDate{2018, 11, 1}, core::LocalDate{2018, 11, 30},
                     kEndOfNovember}};
}

Event Verified(std::string period, std::int64_t at) {
  Event event;
  event.kind = EventKind::kVerified;
  event.period = std::move(period);
  event.at = at;
  return event;
}

TEST(CountMonths, CountsEachOccurrenceVerifiedLateOrNotDueYetInItsDueMonth) {
  // September verified on October 1, 2018; October never given; November not due yet.
  const std::vector<Event> events{Verified("2018-09", kEndOfSeptember + 3600)};
  Months months;

  CountMonths(Forms(), events, kEndOfOctober + 86400, months);

  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(months["2018-09"].verified, 1);
  EXPECT_EQ(months["2018-10"].late, 1);
  EXPECT_EQ(months["2018-11"].open, 1);
  EXPECT_EQ(months["2018-11"].Due(), 1);
}

TEST(CountMonths, AVerificationAfterNowDoesNotCountYetAndSchoolsAddUp) {
  const std::vector<Event> events{Verified("2018-09", kEndOfSeptember + 3600)};
  Months months;

  CountMonths(Forms(), events, kEndOfSeptember - 60, months);  // the evening of September 30
  CountMonths(Forms(), {}, kEndOfSeptember - 60, months);      // a second school

  EXPECT_EQ(months["2018-09"].verified, 0);
  EXPECT_EQ(months["2018-09"].open, 2);
}

TEST(CountMonths, LeavesOutAnOccurrenceWithNoDueDay) {
  Months months;

  CountMonths({Occurrence{}}, {}, kEndOfNovember, months);

  EXPECT_TRUE(months.empty());
}

TEST(MonthLabel, NamesTheMonth) {
  EXPECT_EQ(MonthLabel("2018-09"), "September 2018");
  EXPECT_EQ(MonthLabel("2019-06"), "June 2019");
  EXPECT_EQ(MonthLabel("later"), "later");
}

}  // namespace
}  // namespace practica::commitments
