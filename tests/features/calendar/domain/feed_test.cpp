// The feed's events from sessions and due rules, and whose due dates a person's feed holds.
#include <gtest/gtest.h>

#include "features/calendar/domain/feed.hpp"

namespace practica::calendar {
namespace {

const Site kSite{"lausd", "https://practica.example"};

core::TimeZone LosAngeles() { return core::TimeZone::Locate("America/Los_Angeles").value(); }

std::int64_t At(int year, int month, int day, int hour) {
  return LosAngeles().ToUtc({{year, month, day}, hour, 0}).value();
}

learning::Offering Onboarding() {
  learning::Offering offering;
  offering.id = 41;
  offering.slug = "ps-3-0-onboarding";
  offering.title = "PS 3.0 Onboarding";
  offering.description = "Face-to-face days for the team.";
  offering.location = "Beaudry Building, 333 S Beaudry Ave";
  for (int day = 8; day <= 10; ++day) {
    offering.days.push_back({day - 7, At(2018, 8, day, 8), At(2018, 8, day, 15)});
  }
  return offering;
}

TEST(SessionEvents, GivesEachDayItsOwnEventWithAStableUid) {
  auto events = SessionEvents(Onboarding(), kSite);

  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[1].uid, "offering-41-day-2@lausd.practica");
  EXPECT_EQ(events[1].summary, "PS 3.0 Onboarding (day 2 of 3)");
  EXPECT_EQ(events[1].starts_at, At(2018, 8, 9, 8));
  EXPECT_EQ(events[1].ends_at, At(2018, 8, 9, 15));
  EXPECT_EQ(events[1].location, "Beaudry Building, 333 S Beaudry Ave");
  EXPECT_EQ(events[1].url, "https://practica.example/learning/ps-3-0-onboarding");
  EXPECT_FALSE(events[1].all_day);
}

TEST(SessionEvents, PutsAVirtualSessionOnlineWithItsJoinLink) {
  learning::Offering webinar;
  webinar.id = 40;
  webinar.slug = "ps-3-0-welcome-webinar";
  webinar.title = "Virtual Welcome Webinar";
  webinar.join_url = "https://lausd.zoom.us/j/1801";
  webinar.days = {{1, At(2018, 5, 18, 15), At(2018, 5, 18, 16)}};

  auto events = SessionEvents(webinar, kSite);

  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].summary, "Virtual Welcome Webinar");
  EXPECT_EQ(events[0].location, "Online");
  EXPECT_NE(events[0].description.find("Join online: https://lausd.zoom.us/j/1801"), std::string::npos);
}

TEST(SessionEvents, KeepsACancelledSessionsDaysMarkedCancelledWithTheReason) {
  auto onboarding = Onboarding();
  onboarding.cancelled_at = At(2018, 7, 30, 9);
  onboarding.cancel_reason = "The Beaudry Building is closed for repairs";

  auto events = SessionEvents(onboarding, kSite);

  ASSERT_EQ(events.size(), 3u);
  EXPECT_TRUE(events[0].cancelled);
  EXPECT_EQ(events[0].uid, "offering-41-day-1@lausd.practica");  // the same event, updated
  EXPECT_EQ(events[0].summary, "Cancelled: PS 3.0 Onboarding (day 1 of 3)");
  EXPECT_TRUE(events[0].description.starts_with(
      "Cancelled: The Beaudry Building is closed for repairs"));
  EXPECT_FALSE(SessionEvents(Onboarding(), kSite)[0].cancelled);
}

DueItem Item(commitments::DueRule rule) {
  DueItem item;
  item.school_commitment_id = 900;
  item.commitment.phase = commitments::Phase::kFirstMonth;
  item.commitment.number = 12;
  item.commitment.title = "Become a Common Sense Digital Citizenship School";
  item.commitment.due = rule;
  item.commitment.evidence.label = "Link to the school's certification";
  item.calendar = {core::LocalDate{2018, 8, 8}, core::LocalDate{2018, 8, 14}, core::LocalDate{2019, 6, 7}};
  item.cohort_slug = "ps-3-0";
  item.cohort_name = "PS 3.0";
  item.school_slug = "garvanza";
  item.school_name = "Garvanza ES";
  return item;
}

TEST(DueEvents, PutsAFixedDueDateOnItsDayAsAnAllDayEvent) {
  auto events = DueEvents(Item({commitments::DueKind::kFixed, core::LocalDate{2018, 11, 21}}),
                          LosAngeles(), kSite);

  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0].all_day);
  EXPECT_EQ(events[0].date, (core::LocalDate{2018, 11, 21}));
  EXPECT_EQ(events[0].uid, "commitment-900@lausd.practica");
  EXPECT_EQ(events[0].summary, "Due: Become a Common Sense Digital Citizenship School (Garvanza ES)");
  EXPECT_EQ(events[0].url, "https://practica.example/cohorts/ps-3-0/schools/garvanza/commitments#commitment-12");
  EXPECT_NE(events[0].description.find("Due by Wednesday, November 21, 2018"), std::string::npos);
}

TEST(DueEvents, GivesARecurringCommitmentOneEventPerPeriod) {
  auto events = DueEvents(Item({commitments::DueKind::kRecurring, std::nullopt, 1}), LosAngeles(), kSite);

  ASSERT_EQ(events.size(), 11u);  // August 2018 to June 2019
  EXPECT_EQ(events[1].uid, "commitment-900-2018-09@lausd.practica");
  EXPECT_EQ(events[1].date, (core::LocalDate{2018, 9, 30}));
  EXPECT_NE(events[1].summary.find("September 2018"), std::string::npos);
}

TEST(DueEvents, LeavesOutADueDateTheCalendarCannotYetGive) {
  auto item = Item({commitments::DueKind::kAfterInstructionStarts, std::nullopt, 1});
  item.calendar.instruction_starts_on.reset();

  EXPECT_TRUE(DueEvents(item, LosAngeles(), kSite).empty());
}

auth::Grant GrantOf(auth::Role role, auth::ScopeKind scope, std::int64_t scope_id,
                    std::optional<core::LocalDate> ends_on = std::nullopt) {
  return auth::Grant{1, role, scope, scope_id, "", core::LocalDate{2018, 1, 1}, ends_on};
}

TEST(DueDateSchools, HoldsAPrincipalsAndATeamMembersOwnSchools) {
  auth::Principal who;
  who.grants = {GrantOf(auth::Role::kPrincipal, auth::ScopeKind::kSchool, 7),
                GrantOf(auth::Role::kTeamMember, auth::ScopeKind::kSchool, 9),
                GrantOf(auth::Role::kTeacher, auth::ScopeKind::kSchool, 11)};

  EXPECT_EQ(DueDateSchools(who, {2019, 3, 1}), (std::vector<std::int64_t>{7, 9}));
}

TEST(DueDateSchools, HoldsACoachsCaseload) {
  auth::Principal who;
  who.grants = {GrantOf(auth::Role::kCoach, auth::ScopeKind::kCaseload, 3)};
  who.caseload_school_ids = {12, 5, 12};

  EXPECT_EQ(DueDateSchools(who, {2019, 3, 1}), (std::vector<std::int64_t>{5, 12}));
}

TEST(DueDateSchools, HoldsNoneForDistrictStaffOrEndedGrants) {
  auth::Principal director;
  director.grants = {GrantOf(auth::Role::kDirector, auth::ScopeKind::kDistrict, 0)};
  auth::Principal former;
  former.grants = {GrantOf(auth::Role::kPrincipal, auth::ScopeKind::kSchool, 7, core::LocalDate{2018, 6, 30})};

  EXPECT_TRUE(DueDateSchools(director, {2019, 3, 1}).empty());
  EXPECT_TRUE(DueDateSchools(former, {2019, 3, 1}).empty());
}

TEST(SortEvents, OrdersByStartThenUid) {
  std::vector<Event> events(3);
  events[0].uid = "b";
  events[0].starts_at = 20;
  events[1].uid = "c";
  events[1].starts_at = 10;
  events[2].uid = "a";
  events[2].starts_at = 20;

  SortEvents(events);

  EXPECT_EQ(events[0].uid, "c");
  EXPECT_EQ(events[1].uid, "a");
  EXPECT_EQ(events[2].uid, "b");
}

}  // namespace
}  // namespace practica::calendar
