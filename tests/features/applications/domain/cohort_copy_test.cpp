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

// PS 4.0's agreement as it was signed, and PS 5.0 opened from it with a new focus.
const Wording kPs4{"4.0", "Global Collaborator", "2019-2020"};
const Wording kPs5{"5.0", "Empowered Learner", "2020-2021"};

TEST(Reword, NamesTheNewCohortItsThemeAndItsYearWhereTheOldTextNamedThem) {
  const std::string signed_text =
      "each school selected for Practitioner Schools 4.0: Global Collaborator, for the 2019-2020 school "
      "year, with a focus on the Global Collaborator ISTE Standard.";

  EXPECT_EQ(Reword(signed_text, kPs4, kPs5),
            "each school selected for Practitioner Schools 5.0: Empowered Learner, for the 2020-2021 school "
            "year, with a focus on the Empowered Learner ISTE Standard.");
  EXPECT_EQ(Reword("the 2019\u20132020 school year", kPs4, kPs5), "the 2020\u20132021 school year");
}

TEST(Reword, KeepsAThemeTheNewCohortKept) {
  const Wording same_focus{"5.0", "Global Collaborator", "2020-2021"};

  EXPECT_EQ(Reword("Global Collaborator skills", kPs4, same_focus), "Global Collaborator skills");
}

TEST(StaleMentions, FindsWhatAReworkedTextStillSaysOfTheOldCohort) {
  // PS 3.0's agreement names its planning meetings "May 21 - June 7, 2018": a date no rule can move.
  const Wording ps3{"3.0", "Innovative Designer", "2018-2019"};
  const Wording ps4{"4.0", "Global Collaborator", "2019-2020"};
  const auto reworked = Reword("Planning meetings (May 21 - June 7, 2018) with ITI for PS 3.0", ps3, ps4);

  EXPECT_EQ(StaleMentions(reworked, ps3, ps4), (std::vector<std::string>{"2018"}));
  EXPECT_EQ(StaleMentions("Innovative Designer in PS 3.0, 2018-2019", ps3, ps4),
            (std::vector<std::string>{"PS 3.0", "Innovative Designer", "2018-2019", "2018"}));
  EXPECT_TRUE(StaleMentions(Reword("PS 3.0: Innovative Designer, 2018-2019", ps3, ps4), ps3, ps4).empty());
  EXPECT_TRUE(StaleMentions("PS 3.01 in 20189", ps3, ps4).empty());
}

TEST(CheckSchoolYear, WantsTwoConsecutiveYears) {
  EXPECT_TRUE(CheckSchoolYear("2020-2021").has_value());
  EXPECT_EQ(CheckSchoolYear("2020-2022").error().field, "school_year");
  EXPECT_EQ(CheckSchoolYear("2020/21").error().field, "school_year");
  EXPECT_EQ(CheckSchoolYear("").error().field, "school_year");
}

}  // namespace practica::applications
