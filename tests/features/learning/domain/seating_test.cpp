#include "features/learning/domain/seating.hpp"

#include <gtest/gtest.h>

namespace practica::learning {
namespace {

Offering Onboarding() {
  Offering o;
  o.title = "PS 3.0 Onboarding";
  o.team_size = 3;
  o.capacity = 9;
  o.registration_closes_at = 1000;
  o.days = {{1, 2000, 3000}};
  o.location = "ITI";
  return o;
}

TEST(Seating, RegistersWhileSeatsFitAndNobodyWaits) {
  EXPECT_EQ(Place(Seats{9, 6, 0}, 3), State::kRegistered);
  EXPECT_EQ(Place(Seats{9, 7, 0}, 3), State::kWaitlisted);  // two seats left, a team needs three
  EXPECT_EQ(Place(Seats{9, 0, 1}, 3), State::kWaitlisted);  // someone waits: no jumping the line
}

TEST(Seating, CountsRegisteredSeatsAndWaitingTeams) {
  const auto seats = Count(9, {{1, 3, State::kRegistered}, {2, 3, State::kWaitlisted},
                               {3, 3, State::kRegistered}, {4, 3, State::kCancelled}});
  EXPECT_EQ(seats.taken, 6);
  EXPECT_EQ(seats.waiting, 1);
  EXPECT_EQ(seats.Free(), 3);
}

TEST(Seating, PromotesInLineOrderWholeOrNotAtAll) {
  // Four seats free: the first waiting team (3) moves up; the next (3) does not fit, and the
  // single teacher behind it may not overtake it.
  const std::vector<Claim> claims{{1, 5, State::kRegistered}, {7, 3, State::kWaitlisted},
                                  {5, 3, State::kWaitlisted}, {9, 1, State::kWaitlisted}};
  EXPECT_EQ(Promotions(9, claims), (std::vector<std::int64_t>{5}));
  EXPECT_TRUE(Promotions(5, claims).empty());
  EXPECT_EQ(Promotions(11, claims), (std::vector<std::int64_t>{5, 7}));
  EXPECT_EQ(Promotions(12, claims), (std::vector<std::int64_t>{5, 7, 9}));
}

TEST(Seating, RegistrationClosesAtItsTime) {
  const auto onboarding = Onboarding();
  EXPECT_TRUE(CheckOpen(onboarding, 999, "then").has_value());
  auto closed = CheckOpen(onboarding, 1000, "Friday, May 25, 2018 at 11:59 PM");
  ASSERT_FALSE(closed.has_value());
  EXPECT_EQ(closed.error().code, core::ErrorCode::kConflict);
  EXPECT_NE(closed.error().message.find("closed on Friday, May 25, 2018"), std::string::npos);
}

TEST(Seating, ATeamRegistersExactlyItsSizeFromItsMembers) {
  const auto onboarding = Onboarding();
  const std::vector<std::int64_t> team{1, 2, 3, 4};
  EXPECT_TRUE(CheckTeamAttendees(onboarding, {1, 2, 3}, team).has_value());
  auto fourth = CheckTeamAttendees(onboarding, {1, 2, 3, 4}, team);
  ASSERT_FALSE(fourth.has_value());
  EXPECT_EQ(fourth.error().field, "attendees");
  EXPECT_NE(fourth.error().message.find("exactly 3 attendees; you chose 4"), std::string::npos);
  EXPECT_FALSE(CheckTeamAttendees(onboarding, {1, 2}, team).has_value());
  EXPECT_FALSE(CheckTeamAttendees(onboarding, {1, 1, 2}, team).has_value());
  auto stranger = CheckTeamAttendees(onboarding, {1, 2, 99}, team);
  ASSERT_FALSE(stranger.has_value());
  EXPECT_NE(stranger.error().message.find("practitioner team"), std::string::npos);
}

TEST(Offering, ValidationNamesTheField) {
  auto o = Onboarding();
  EXPECT_TRUE(Validate(o).has_value());
  auto late = o;
  late.registration_closes_at = 2500;
  EXPECT_EQ(Validate(late).error().field, "registration_closes_at");
  auto small = o;
  small.capacity = 2;
  EXPECT_EQ(Validate(small).error().field, "capacity");
  auto backwards = o;
  backwards.days = {{1, 2000, 3000}, {2, 2500, 4000}};
  EXPECT_EQ(Validate(backwards).error().field, "days");
  auto nowhere = o;
  nowhere.location.clear();
  EXPECT_EQ(Validate(nowhere).error().field, "location");
  EXPECT_EQ(ParseKind("iste_suite").value(), Kind::kIsteSuite);
  EXPECT_EQ(ParseKind("picnic").error().field, "kind");
}

}  // namespace
}  // namespace practica::learning
