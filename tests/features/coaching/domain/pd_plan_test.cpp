// The professional learning plan's rules: who plans and reads it, what a session needs, whose
// attendance counts, who shares back, and commitment 8's majority.
#include "features/coaching/domain/pd_plan.hpp"

#include <gtest/gtest.h>

namespace practica::coaching {
namespace {

// Garvanza in PS 3.0: Elena Ortiz (principal, 1) and Priya Shah (teacher on the team, 2) lead;
// Ramon Castillo (9) coaches; Luis (3), Grace (4) and Omar (5) teach.
PlanPeople Garvanza() {
  PlanPeople people;
  people.leaders = {1, 2};
  people.coach = 9;
  people.staff = {1, 2, 3, 4, 5};
  people.teachers = {2, 3, 4, 5};
  return people;
}

const YearSpan kPs3Year{{2018, 7, 1}, {2019, 6, 30}};

SessionDraft Session() { return SessionDraft{{2018, 9, 18}, "The design process: empathy first", "1.4.a", {2, 9}}; }

TEST(MayPlan, TheSchoolsLeadersItsCoachAndDistrictStaffOnly) {
  EXPECT_TRUE(MayPlan(Garvanza(), 1, false));
  EXPECT_TRUE(MayPlan(Garvanza(), 2, false));
  EXPECT_TRUE(MayPlan(Garvanza(), 9, false));
  EXPECT_TRUE(MayPlan(Garvanza(), 77, true)) << "district staff draft it with the school";
  EXPECT_FALSE(MayPlan(Garvanza(), 3, false)) << "a teacher who is not on the team";
  EXPECT_FALSE(MayPlan(Garvanza(), 77, false));
}

TEST(MayRead, TheSchoolsStaffAndThoseWhoOverseeIt) {
  EXPECT_TRUE(MayRead(Garvanza(), 3, false));
  EXPECT_TRUE(MayRead(Garvanza(), 9, false));
  EXPECT_TRUE(MayRead(Garvanza(), 77, true));
  EXPECT_FALSE(MayRead(Garvanza(), 77, false)) << "a teacher of another school";
}

TEST(CheckSession, AcceptsASessionOfTheYearFacilitatedByTheTeamAndCoach) {
  EXPECT_TRUE(CheckSession(Session(), Garvanza(), kPs3Year).has_value());
}

TEST(CheckSession, RefusesEachMissingOrWrongPartNamingItsField) {
  auto field = [](const SessionDraft& d) {
    auto checked = CheckSession(d, Garvanza(), kPs3Year);
    return checked ? std::string("accepted") : checked.error().field;
  };
  auto d = Session();
  d.held_on = {2019, 7, 2};  // the next school year
  EXPECT_EQ(field(d), "held_on");
  d = Session();
  d.topic = "";
  EXPECT_EQ(field(d), "topic");
  d = Session();
  d.focus = "9.9.z";
  EXPECT_EQ(field(d), "focus");
  d = Session();
  d.facilitators = {};
  EXPECT_EQ(field(d), "facilitators");
  d = Session();
  d.facilitators = {3};  // a teacher not on the team
  EXPECT_EQ(field(d), "facilitators");
}

TEST(CheckAgree, NothingToAgreeOrAgreedAlready) {
  EXPECT_TRUE(CheckAgree(6, false).has_value());
  EXPECT_EQ(CheckAgree(0, false).error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(CheckAgree(6, true).error().code, core::ErrorCode::kConflict);
}

TEST(CheckAttendance, OnTheDayOrAfterAndOnlyTheSchoolsStaff) {
  const core::LocalDate day{2018, 9, 18};
  EXPECT_TRUE(CheckAttendance(day, day, {2, 3}, Garvanza()).has_value());
  EXPECT_EQ(CheckAttendance(day, {2018, 9, 17}, {2}, Garvanza()).error().code, core::ErrorCode::kConflict);
  auto stranger = CheckAttendance(day, day, {2, 42}, Garvanza());
  ASSERT_FALSE(stranger.has_value());
  EXPECT_EQ(stranger.error().field, "present");
}

TEST(CheckShare, OnlySomeoneWhoAttendedWithSomethingToSay) {
  EXPECT_TRUE(CheckShare(true, "We ran empathy interviews.").has_value());
  EXPECT_EQ(CheckShare(false, "I was not there.").error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(CheckShare(true, "").error().field, "text");
}

TEST(RateOf, CountsDistinctTeachersOnlyAndAMajorityIsMoreThanHalf) {
  const std::set<std::int64_t> teachers = {2, 3, 4, 5};
  EXPECT_FALSE(RateOf({2, 3}, teachers).Majority()) << "2 of 4 is half, not a majority";
  EXPECT_TRUE(RateOf({2, 3, 4}, teachers).Majority());
  EXPECT_EQ(RateOf({1, 2, 3}, teachers).attended, 2) << "the principal is not one of the teachers";
  EXPECT_EQ(RateOf({2, 3, 4}, teachers).Text(), "3 of 4 teachers (75%)");
  // Hope Street's return of August 2018: 11 of 28 is not a majority; 15 of 28 is.
  std::set<std::int64_t> all;
  for (std::int64_t i = 0; i < 28; ++i) all.insert(i);
  std::set<std::int64_t> eleven(all.begin(), std::next(all.begin(), 11));
  std::set<std::int64_t> fifteen(all.begin(), std::next(all.begin(), 15));
  EXPECT_FALSE(RateOf(eleven, all).Majority());
  EXPECT_FALSE(RateOf(std::set<std::int64_t>(all.begin(), std::next(all.begin(), 14)), all).Majority());
  EXPECT_TRUE(RateOf(fifteen, all).Majority());
  EXPECT_FALSE(RateOf({}, {}).Majority()) << "a school without teachers has no majority";
}

TEST(CheckYearOpen, AcceptsThroughTheYearsLastDayAndRefusesFromTheNext) {
  const YearSpan ps3{{2018, 7, 1}, {2019, 6, 30}};

  EXPECT_TRUE(CheckYearOpen(ps3, {2019, 6, 30}, "PS 3.0"));
  auto after = CheckYearOpen(ps3, {2019, 7, 1}, "PS 3.0");

  ASSERT_FALSE(after);
  EXPECT_EQ(after.error().code, core::ErrorCode::kConflict);
  EXPECT_NE(after.error().message.find("PS 3.0's school year ended on Sunday, June 30, 2019"), std::string::npos)
      << after.error().message;
}

}  // namespace
}  // namespace practica::coaching
