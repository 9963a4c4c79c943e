// A finished school year, on PS 3.0's real dates: "2018-2019" ends Sunday, June 30, 2019; the
// tests' clock, Monday, November 23, 2026, is long after it.
#include "features/participations/domain/finished_year.hpp"

#include <gtest/gtest.h>

namespace practica::participations {
namespace {

const ParticipationName kHope{"Hope Street ES", "PS 3.0"};
constexpr core::LocalDate kLastDay{2019, 6, 30};
constexpr core::LocalDate kDayAfter{2019, 7, 1};
constexpr core::LocalDate kTestDay{2026, 11, 23};

}  // namespace

TEST(YearFinished, RunsThroughJuneThirtiethOfItsSecondYear) {
  EXPECT_FALSE(YearFinished("2018-2019", {2018, 8, 8}));
  EXPECT_FALSE(YearFinished("2018-2019", kLastDay));
  EXPECT_TRUE(YearFinished("2018-2019", kDayAfter));
  EXPECT_TRUE(YearFinished("2018-2019", kTestDay));
}

TEST(YearFinished, NeverForTextThatIsNotASchoolYear) {
  EXPECT_FALSE(YearFinished("", kTestDay));
  EXPECT_FALSE(YearFinished("2018-2020", kTestDay));
}

TEST(LeadershipDay, IsTodayWhileTheYearRunsAndItsLastDayAfter) {
  EXPECT_EQ(LeadershipDay("2018-2019", {2019, 6, 3}), (core::LocalDate{2019, 6, 3}));
  EXPECT_EQ(LeadershipDay("2018-2019", kTestDay), kLastDay);
}

TEST(FinishedStateLabel, ReadsAsTheStateStoodWhenTheYearEnded) {
  EXPECT_EQ(FinishedStateLabel(State::kAwaitingSignatures), "Never signed");
  EXPECT_EQ(FinishedStateCode(State::kAwaitingSignatures), "never_signed");
  EXPECT_EQ(FinishedStateLabel(State::kActive), "Took part");
  EXPECT_EQ(FinishedStateLabel(State::kNeedsReaffirmation), "Never reaffirmed");
  EXPECT_EQ(FinishedStateLabel(State::kRetracted), "Retracted");
}

TEST(CheckYearOpen, AllowsChangesOnTheYearsLastDay) {
  EXPECT_TRUE(CheckYearOpen(kHope, "2018-2019", kLastDay).has_value());
}

TEST(CheckYearOpen, RefusesOnceTheYearIsOverNamingTheCohortAndItsYear) {
  const auto refused = CheckYearOpen(kHope, "2018-2019", kTestDay);

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(refused.error().message,
            "PS 3.0's 2018-2019 school year ended on Sunday, June 30, 2019: Hope Street ES's participation is a "
            "record of that year, so its agreement, team, leads and coach stay as they were.");
}

TEST(YearOverNote, NamesTheLastDay) {
  EXPECT_EQ(YearOverNote("PS 3.0", "2018-2019"), "PS 3.0's 2018-2019 school year ended on Sunday, June 30, 2019.");
}

}  // namespace practica::participations
