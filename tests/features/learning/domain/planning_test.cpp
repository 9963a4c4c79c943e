// What staff may change about a planned session, on PS 3.0's Onboarding as its agreement dates
// it (June 2 and August 8-10, 2018, 8:00 AM to 3:00 PM in Los Angeles).
#include "features/learning/domain/planning.hpp"

#include <gtest/gtest.h>

namespace practica::learning {
namespace {

const core::TimeZone& LosAngeles() {
  static const auto zone = core::TimeZone::Locate("America/Los_Angeles").value();
  return zone;
}

std::int64_t At(const std::string& date, int hour, int minute = 0) {
  return LosAngeles().ToUtc({core::ParseLocalDate(date).value(), hour, minute}).value();
}

Offering Onboarding() {
  Offering o;
  o.id = 7;
  o.title = "PS 3.0 Onboarding";
  o.team_size = 3;
  o.capacity = 9;
  o.location = "Place to be announced by ITI";
  int number = 0;
  for (const char* date : {"2018-06-02", "2018-08-08", "2018-08-09", "2018-08-10"}) {
    o.days.push_back({++number, At(date, 8), At(date, 15)});
  }
  o.registration_closes_at = o.StartsAt();
  return o;
}

const std::int64_t kLateMay2018 = At("2018-05-28", 10);

TEST(CheckEdit, RefusesFewerSeatsThanTakenAndSaysWhatToDo) {
  auto after = Onboarding();
  after.capacity = 3;

  auto checked = CheckEdit(Onboarding(), after, EditFacts{6, {}, kLateMay2018}, LosAngeles());

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(checked.error().field, "capacity");
  EXPECT_EQ(checked.error().message,
            "6 seats are already taken by registered teams and teachers, so PS 3.0 Onboarding "
            "cannot have 3. Keep at least 6 seats, or have registrations cancelled first.");
}

TEST(CheckEdit, AllowsMoreSeatsAndMovedDaysBeforeTheSessionBegins) {
  auto after = Onboarding();
  after.capacity = 12;
  after.days[0] = {1, At("2018-06-09", 9), At("2018-06-09", 16)};
  after.registration_closes_at = At("2018-06-01", 23, 59);

  EXPECT_TRUE(CheckEdit(Onboarding(), after, EditFacts{6, {}, kLateMay2018}, LosAngeles()));
}

TEST(CheckEdit, KeepsTheRulesOfThePlanningForm) {
  auto after = Onboarding();
  after.days[1] = {2, At("2018-05-30", 8), At("2018-05-30", 15)};  // before day 1 ends
  auto out_of_order = CheckEdit(Onboarding(), after, EditFacts{0, {}, kLateMay2018}, LosAngeles());
  ASSERT_FALSE(out_of_order);
  EXPECT_EQ(out_of_order.error().field, "days");

  auto late = Onboarding();
  late.registration_closes_at = At("2018-06-05", 23, 59);
  auto closes = CheckEdit(Onboarding(), late, EditFacts{0, {}, kLateMay2018}, LosAngeles());
  ASSERT_FALSE(closes);
  EXPECT_EQ(closes.error().message, "Registration must close before the first day begins.");
}

TEST(CheckEdit, AfterTheLastDayOnlyThePlaceAndDescriptionCanBeCorrected) {
  const auto september = At("2018-09-01", 9);
  auto place = Onboarding();
  place.location = "ITI, Beaudry Building, room 12";
  EXPECT_TRUE(CheckEdit(Onboarding(), place, EditFacts{9, {1, 2, 3, 4}, september}, LosAngeles()));

  auto seats = Onboarding();
  seats.capacity = 12;
  auto refused = CheckEdit(Onboarding(), seats, EditFacts{9, {1, 2, 3, 4}, september}, LosAngeles());
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(refused.error().message,
            "PS 3.0 Onboarding ended on Friday, August 10, 2018; only its place, join link and "
            "description can be corrected now.");
}

TEST(CheckEdit, ADayWithAttendanceTakenCannotBeRemoved) {
  auto after = Onboarding();
  after.days.pop_back();

  auto checked = CheckEdit(Onboarding(), after, EditFacts{9, {1, 4}, At("2018-08-10", 9)},
                           LosAngeles());

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().message,
            "Attendance was taken on day 4 of PS 3.0 Onboarding, so that day cannot be removed.");
}

TEST(CheckEdit, RefusesACancelledSession) {
  auto before = Onboarding();
  before.cancelled_at = kLateMay2018;
  before.cancel_reason = "the building is closed";

  auto checked = CheckEdit(before, before, EditFacts{0, {}, kLateMay2018}, LosAngeles());

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(checked.error().message,
            "PS 3.0 Onboarding was cancelled (the building is closed); a cancelled session "
            "cannot be edited.");
}

TEST(CheckCancel, NeedsAReasonAndASessionStillAhead) {
  auto no_reason = CheckCancel(Onboarding(), "", kLateMay2018, LosAngeles());
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(no_reason.error().field, "reason");

  EXPECT_TRUE(CheckCancel(Onboarding(), "the building is closed", kLateMay2018, LosAngeles()));

  auto over = CheckCancel(Onboarding(), "too late", At("2018-08-11", 9), LosAngeles());
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().message,
            "PS 3.0 Onboarding ended on Friday, August 10, 2018; a session that took place "
            "cannot be cancelled.");

  auto twice = Onboarding();
  twice.cancelled_at = kLateMay2018;
  twice.cancel_reason = "the building is closed";
  auto again = CheckCancel(twice, "again", kLateMay2018, LosAngeles());
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
}

TEST(CheckNotCancelled, SaysWhyAndWhatCannotHappen) {
  auto cancelled = Onboarding();
  cancelled.cancelled_at = kLateMay2018;
  cancelled.cancel_reason = "the building is closed";

  auto checked = CheckNotCancelled(cancelled, "it takes no registrations");

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().message,
            "PS 3.0 Onboarding was cancelled (the building is closed); it takes no "
            "registrations.");
  EXPECT_TRUE(CheckNotCancelled(Onboarding(), "it takes no registrations"));
}

TEST(NoticeableChanges, TellsOldAndNewDaysInTheDistrictsZone) {
  auto after = Onboarding();
  after.days[0] = {1, At("2018-06-09", 9), At("2018-06-09", 16)};
  after.location = "ITI, Beaudry Building";
  after.capacity = 12;  // seats are not news to those already registered

  const auto changes = NoticeableChanges(Onboarding(), after, LosAngeles());

  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].what, "When (America/Los_Angeles)");
  EXPECT_TRUE(changes[0].before.starts_with("Saturday, June 2, 2018, 8:00 AM – 3:00 PM; "))
      << changes[0].before;
  EXPECT_TRUE(changes[0].after.starts_with("Saturday, June 9, 2018, 9:00 AM – 4:00 PM; "))
      << changes[0].after;
  EXPECT_EQ(changes[1].what, "Where");
  EXPECT_EQ(changes[1].after, "ITI, Beaudry Building");
  EXPECT_TRUE(NoticeableChanges(Onboarding(), Onboarding(), LosAngeles()).empty());
}

TEST(AllChanges, AddsSeatsForTheAuditTrail) {
  auto after = Onboarding();
  after.capacity = 12;

  EXPECT_EQ(Describe(AllChanges(Onboarding(), after, LosAngeles())), "Seats: 9 → 12");
}

}  // namespace
}  // namespace practica::learning
