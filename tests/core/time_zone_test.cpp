#include "core/time_zone.hpp"

#include <gtest/gtest.h>

namespace practica::core {
namespace {

TimeZone LosAngeles() { return TimeZone::Locate("America/Los_Angeles").value(); }

}  // namespace

TEST(TimeZone, PutsTheApplicationDeadlineAtTheRightInstantInDaylightTime) {
  // Friday, April 6, 2018 at 4:00 PM PDT is 23:00 UTC.
  auto utc = LosAngeles().ToUtc({{2018, 4, 6}, 16, 0});

  ASSERT_TRUE(utc.has_value());
  EXPECT_EQ(FormatUtcIso(*utc), "2018-04-06T23:00:00Z");
}

TEST(TimeZone, PutsAWinterTimeAtTheStandardOffset) {
  // Thanksgiving week 2018 is after the November 4 change back to PST (UTC-8).
  auto utc = LosAngeles().ToUtc({{2018, 11, 21}, 15, 0});

  ASSERT_TRUE(utc.has_value());
  EXPECT_EQ(FormatUtcIso(*utc), "2018-11-21T23:00:00Z");
  EXPECT_EQ(LosAngeles().Abbreviation(*utc), "PST");
}

TEST(TimeZone, KeepsTheWallClockAcrossTheSpringForwardChange) {
  // Q&A sessions on March 8 (PST) and March 14, 2018 (PDT) both start at 2:00 PM local.
  const auto zone = LosAngeles();
  auto before = zone.ToUtc({{2018, 3, 8}, 14, 0});
  auto after = zone.ToUtc({{2018, 3, 14}, 14, 0});

  EXPECT_EQ(zone.ToLocal(*before).hour, 14);
  EXPECT_EQ(zone.ToLocal(*after).hour, 14);
  EXPECT_EQ(*after - *before, 6 * 24 * 3600 - 3600);
}

TEST(TimeZone, RefusesATimeInsideTheSkippedHour) {
  auto utc = LosAngeles().ToUtc({{2018, 3, 11}, 2, 30});

  ASSERT_FALSE(utc.has_value());
  EXPECT_EQ(utc.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(utc.error().message,
            "Sunday, March 11, 2018 at 2:30 AM does not exist in America/Los_Angeles (the clocks "
            "skip that hour); choose a time outside it.");
}

TEST(TimeZone, ResolvesTheRepeatedHourToTheEarlierInstant) {
  const auto zone = LosAngeles();
  auto utc = zone.ToUtc({{2018, 11, 4}, 1, 30});

  ASSERT_TRUE(utc.has_value());
  EXPECT_EQ(zone.Abbreviation(*utc), "PDT");
}

TEST(TimeZone, FormatsIsoWithTheLocalOffset) {
  const auto zone = LosAngeles();
  EXPECT_EQ(zone.FormatIso(zone.ToUtc({{2018, 4, 6}, 16, 0}).value()), "2018-04-06T16:00:00-07:00");
}

// Single digits are padded everywhere: the first of the month, midnight, five past.
TEST(TimeZone, PadsEveryPartOfAnIsoDateAndTimeToTwoDigits) {
  const auto zone = LosAngeles();
  EXPECT_EQ(FormatIsoDate({2018, 11, 1}), "2018-11-01");
  EXPECT_EQ(FormatIsoDate({2019, 1, 31}), "2019-01-31");
  EXPECT_EQ(zone.FormatIso(zone.ToUtc({{2018, 12, 3}, 0, 5}).value()), "2018-12-03T00:05:00-08:00");
}

TEST(TimeZone, RefusesAnUnknownZoneWithItsName) {
  auto zone = TimeZone::Locate("Mars/Olympus_Mons");

  ASSERT_FALSE(zone.has_value());
  EXPECT_NE(zone.error().message.find("Mars/Olympus_Mons"), std::string::npos);
}

TEST(FormatLongDateTime, WritesDatesAsTheProgramDoes) {
  EXPECT_EQ(FormatLongDateTime({{2018, 4, 6}, 16, 0}), "Friday, April 6, 2018 at 4:00 PM");
  EXPECT_EQ(FormatLongDateTime({{2018, 6, 2}, 8, 0}), "Saturday, June 2, 2018 at 8:00 AM");
  EXPECT_EQ(FormatClock(12, 5), "12:05 PM");
  EXPECT_EQ(FormatClock(0, 0), "12:00 AM");
}

TEST(ParseLocalDate, RefusesADayThatDoesNotExist) {
  auto date = ParseLocalDate("2019-02-29");

  ASSERT_FALSE(date.has_value());
  EXPECT_EQ(date.error().message,
            "\"2019-02-29\" is not a date; write it as YYYY-MM-DD, e.g. 2018-04-06.");
}

TEST(ParseLocalDate, QuotesOnlyTheStartOfAHugeValueAndKeepsItUtf8) {
  const std::string huge = std::string(59, 'Z') + "é" + std::string(1024 * 1024, 'Z');

  auto date = ParseLocalDate(huge);

  ASSERT_FALSE(date.has_value());
  EXPECT_EQ(date.error().message, "\"" + std::string(59, 'Z') + "…\" is not a date; write it as YYYY-MM-DD, e.g. 2018-04-06.");
}

}  // namespace practica::core
