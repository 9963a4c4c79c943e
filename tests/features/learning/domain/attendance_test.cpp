#include "features/learning/domain/attendance.hpp"

#include <gtest/gtest.h>

namespace practica::learning {
namespace {

Offering TwoDays(Kind kind = Kind::kOnboarding) {
  Offering o;
  o.kind = kind;
  o.title = "Onboarding";
  o.team_size = 3;
  o.days = {{1, 100, 200}, {2, 300, 400}};
  return o;
}

Marks Present(std::initializer_list<std::pair<int, std::vector<std::int64_t>>> days) {
  Marks marks;
  for (const auto& [day, people] : days) {
    for (auto person : people) marks[day][person] = true;
  }
  return marks;
}

TEST(Attendance, ATeamAttendsWhenItsSizeIsPresentEveryDay) {
  const auto o = TwoDays();
  EXPECT_EQ(Judge(o, State::kRegistered, Present({{1, {1, 2, 3}}, {2, {1, 2, 3}}}), 500),
            Outcome::kAttended);
  // A member swapped after day 1: the new one's presence on day 2 counts.
  EXPECT_EQ(Judge(o, State::kRegistered, Present({{1, {1, 2, 3}}, {2, {1, 2, 4}}}), 500),
            Outcome::kAttended);
  EXPECT_EQ(Judge(o, State::kRegistered, Present({{1, {1, 2, 3}}, {2, {1, 2}}}), 500),
            Outcome::kPartial);
  Marks absent;
  absent[1][1] = false;
  absent[2][1] = false;
  EXPECT_EQ(Judge(o, State::kRegistered, absent, 500), Outcome::kAbsent);
}

TEST(Attendance, BeforeTheEndARegistrationIsUpcoming) {
  const auto o = TwoDays();
  EXPECT_EQ(Judge(o, State::kRegistered, Present({{1, {1, 2, 3}}}), 250), Outcome::kUpcoming);
  EXPECT_EQ(Judge(o, std::nullopt, {}, 500), Outcome::kNotRegistered);
  EXPECT_EQ(Judge(o, State::kWaitlisted, {}, 500), Outcome::kWaitlisted);
  EXPECT_EQ(Judge(o, State::kCancelled, {}, 500), Outcome::kNotRegistered);
}

TEST(Attendance, AfterTheEndARegistrationWithoutMarksIsNotRecordedRatherThanRegistered) {
  const auto o = TwoDays();
  Marks day_one_absent;
  day_one_absent[1][1] = false;

  EXPECT_EQ(Judge(o, State::kRegistered, {}, 500), Outcome::kNotRecorded);
  EXPECT_EQ(Judge(o, State::kRegistered, day_one_absent, 500), Outcome::kNotRecorded);
  EXPECT_EQ(OutcomeLabel(Outcome::kNotRecorded), "Not recorded");
  EXPECT_EQ(Judge(o, State::kRegistered, Present({{1, {1}}}), 500), Outcome::kPartial);
}

TEST(RegistrationOutcome, ReadsRegisteredUntilTheSessionEndsEvenWhenEveryDayIsMarked) {
  const auto o = TwoDays();
  const auto everyone = Present({{1, {1, 2, 3}}, {2, {1, 2, 3}}});

  const auto outcome = RegistrationOutcome(o, State::kRegistered, everyone, 399);

  EXPECT_EQ(outcome, Outcome::kUpcoming);
}

TEST(RegistrationOutcome, ReadsWaitingListUntilTheSessionEnds) {
  const auto o = TwoDays();

  const auto outcome = RegistrationOutcome(o, State::kWaitlisted, {}, 250);

  EXPECT_EQ(outcome, Outcome::kWaitlisted);
}

TEST(RegistrationOutcome, JudgesWhatHappenedOnceTheSessionHasEnded) {
  const auto o = TwoDays();

  const auto attended = RegistrationOutcome(o, State::kRegistered,
                                            Present({{1, {1, 2, 3}}, {2, {1, 2, 3}}}), 400);
  const auto unrecorded = RegistrationOutcome(o, State::kRegistered, {}, 400);

  EXPECT_EQ(attended, Outcome::kAttended);
  EXPECT_EQ(unrecorded, Outcome::kNotRecorded);
}

TEST(Attendance, ACommitmentIsMetWhenEveryTiedSessionIsAttended) {
  const auto webinar = TwoDays(Kind::kWelcomeWebinar);
  const auto onboarding = TwoDays(Kind::kOnboarding);
  EXPECT_TRUE(CommitmentMet({{&webinar, Outcome::kAttended}, {&onboarding, Outcome::kAttended}}));
  EXPECT_FALSE(CommitmentMet({{&webinar, Outcome::kAttended}, {&onboarding, Outcome::kPartial}}));
  EXPECT_FALSE(CommitmentMet({}));
  // The Planning Cohort: a school picks one offering.
  const auto spring = TwoDays(Kind::kTechPlanning);
  const auto fall = TwoDays(Kind::kTechPlanning);
  EXPECT_TRUE(CommitmentMet({{&fall, Outcome::kNotRegistered}, {&spring, Outcome::kAttended}}));
}

}  // namespace
}  // namespace practica::learning
