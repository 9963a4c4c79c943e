// The calendar store on a SQLite file and on PostgreSQL: a person's secret link, and what their
// calendar holds (the sessions they hold a seat in, their schools' commitments), read back after
// the learning, commitments and participations stores wrote them.
#include "features/calendar/store/calendar_store.hpp"

#include <gtest/gtest.h>

#include "features/cohorts/store/cohorts_store.hpp"
#include "features/participations/store/participations_store.hpp"
#include "features/commitments/store/commitments_store.hpp"
#include "features/learning/store/learning_store.hpp"
#include "features/participations/store/team_store.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"

namespace practica::calendar {
namespace {

class CalendarStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_ = testing::NewDistrict(db());
    zone_ = core::TimeZone::Locate("America/Los_Angeles").value();
    cohorts::CohortsStore cohorts(db(), district_);
    const auto program = cohorts.CreateProgram({0, "practitioner-schools", "Practitioner Schools", "s"})->id;
    cohorts::Cohort ps3;
    ps3.program_id = program;
    ps3.slug = "ps-3-0";
    ps3.number = "3.0";
    ps3.title = "Innovative Designer";
    ps3.focus_standard_code = "1.4";
    ps3.school_year = "2018-2019";
    ps3.announced_on = "2018-03-08";
    cohort_ = cohorts.CreateCohort(ps3)->id;
    store_.emplace(db(), district_);
    learning_.emplace(db(), district_);
    elena_ = AddPerson("Elena Ortiz", "elena.ortiz@practica.example");
    staff_ = AddPerson("Allison Jonas", "allison.jonas@lausd.net");
    garvanza_ = AddSchool("Garvanza ES");
    hope_ = AddSchool("Hope Street ES");
  }

  db::Connection& db() { return **lease_; }

  std::int64_t At(int y, int mo, int d, int h, int mi = 0) { return zone_.ToUtc({{y, mo, d}, h, mi}).value(); }

  std::int64_t AddPerson(const std::string& name, const std::string& email) {
    return people::PeopleStore(db(), district_).Create({0, email, name, true}).value().id;
  }

  std::int64_t AddSchool(const std::string& name) {
    schools::School school;
    school.name = name;
    school.type = schools::SchoolType::kElementary;
    const auto id = schools::SchoolsStore(db(), district_).Create(school).value().id;
    EXPECT_TRUE(participations::ParticipationsStore(db(), district_).AddSchool(cohort_, id, name).has_value());
    return id;
  }

  // A member of the school's PS 3.0 practitioner team who attends sessions.
  std::int64_t OnTeam(std::int64_t school, std::int64_t person, const std::string& name) {
    EXPECT_TRUE(participations::TeamStore(db(), district_)
                    .Add(cohort_, school, {0, {person, name, ""}, participations::MemberKind::kTeacher, true}, 0, 1)
                    .has_value());
    return person;
  }

  // A session of one day, 8:00 to 3:00 in Los Angeles; team sessions belong to PS 3.0.
  learning::Offering Plan(const std::string& slug, const std::string& title, core::LocalDate day, bool team = true) {
    learning::Offering offering;
    offering.cohort_id = team ? std::optional<std::int64_t>{cohort_} : std::nullopt;
    offering.kind = team ? learning::Kind::kFollowUp : learning::Kind::kIsteSuite;
    offering.audience = team ? learning::Audience::kTeam : learning::Audience::kIndividual;
    offering.team_size = team ? 3 : 1;
    offering.slug = slug;
    offering.title = title;
    offering.description = "A day at ITI.";
    offering.capacity = 30;
    offering.location = "ITI, Beaudry";
    offering.days = {{1, At(day.year, day.month, day.day, 8), At(day.year, day.month, day.day, 15)}};
    offering.registration_closes_at = offering.days[0].starts_at - 7 * 86400;
    return learning_->Create(offering, staff_, At(2018, 6, 1, 9)).value();
  }

  std::int64_t Register(const learning::Offering& offering, std::int64_t school, std::vector<std::int64_t> attendees,
                        learning::State state = learning::State::kRegistered) {
    return learning_->Add(offering.id, school, std::nullopt, state, attendees, staff_, At(2018, 7, 1, 9)).value().id;
  }

  static std::vector<std::string> Slugs(const std::vector<learning::Offering>& offerings) {
    std::vector<std::string> slugs;
    for (const auto& offering : offerings) slugs.push_back(offering.slug);
    return slugs;
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::optional<CalendarStore> store_;
  std::optional<learning::LearningStore> learning_;
  core::TimeZone zone_ = core::TimeZone::Locate("UTC").value();
  std::int64_t district_ = 0, cohort_ = 0, elena_ = 0, staff_ = 0, garvanza_ = 0, hope_ = 0;
};

TEST_P(CalendarStoreTest, ReplacingALinkRetiresTheOldOne) {
  ASSERT_TRUE(store_->ReplaceLink(elena_, "hash-of-first-link", At(2018, 8, 1, 9)).has_value());

  ASSERT_TRUE(store_->ReplaceLink(elena_, "hash-of-second-link", At(2018, 8, 2, 9)).has_value());

  EXPECT_FALSE(store_->PersonOfLink("hash-of-first-link").value().has_value());
  EXPECT_EQ(store_->PersonOfLink("hash-of-second-link").value(), elena_);
  EXPECT_EQ(store_->LinkCreatedAt(elena_).value(), At(2018, 8, 2, 9));
}

TEST_P(CalendarStoreTest, RemovingALinkSaysWhetherThereWasOne) {
  ASSERT_TRUE(store_->ReplaceLink(elena_, "hash-of-link", At(2018, 8, 1, 9)).has_value());

  auto first = store_->RemoveLink(elena_);
  auto second = store_->RemoveLink(elena_);

  EXPECT_TRUE(first.value());
  EXPECT_FALSE(second.value());
  EXPECT_FALSE(store_->LinkCreatedAt(elena_).value().has_value());
  EXPECT_FALSE(store_->PersonOfLink("hash-of-link").value().has_value());
}

TEST_P(CalendarStoreTest, ALinkOpensNoOtherDistrictsCalendar) {
  ASSERT_TRUE(store_->ReplaceLink(elena_, "hash-of-link", At(2018, 8, 1, 9)).has_value());

  CalendarStore other(db(), testing::NewDistrict(db(), "Other"));

  EXPECT_FALSE(other.PersonOfLink("hash-of-link").value().has_value());
}

TEST_P(CalendarStoreTest, HoldsOnlyTheSessionsThePersonHoldsASeatIn) {
  const auto teammate = OnTeam(hope_, AddPerson("Hope Teacher", "teacher.hope@practica.example"), "Hope Teacher");
  OnTeam(hope_, elena_, "Elena Ortiz");
  const auto seated = Plan("follow-up-1", "Follow-Up Day 1", {2018, 10, 17});
  const auto waiting = Plan("follow-up-2", "Follow-Up Day 2", {2019, 1, 16});
  const auto swapped_out = Plan("follow-up-3", "Follow-Up Day 3", {2019, 3, 13});
  const auto enrolled = Plan("innovative-designer", "Innovative Designer (ISTE 1.4)", {2018, 11, 7}, false);
  Plan("computational-thinker", "Computational Thinker (ISTE 1.5)", {2018, 12, 5}, false);
  Register(seated, hope_, {elena_, teammate});
  Register(waiting, hope_, {elena_, teammate}, learning::State::kWaitlisted);
  const auto swapped = Register(swapped_out, hope_, {elena_, teammate});
  const auto substitute = OnTeam(hope_, AddPerson("Hope Sub", "sub.hope@practica.example"), "Hope Sub");
  ASSERT_TRUE(learning_->Swap(swapped, elena_, substitute, staff_, At(2018, 7, 2, 9)).has_value());
  ASSERT_TRUE(learning_->Add(enrolled.id, std::nullopt, elena_, learning::State::kRegistered, {elena_}, elena_,
                             At(2018, 7, 3, 9)));

  const auto sessions = store_->SessionsOf(elena_).value();

  EXPECT_EQ(Slugs(sessions), (std::vector<std::string>{"follow-up-1", "innovative-designer"}));
  ASSERT_EQ(sessions.size(), 2u);
  EXPECT_EQ(sessions[0].title, "Follow-Up Day 1");
  EXPECT_EQ(sessions[0].location, "ITI, Beaudry");
  ASSERT_EQ(sessions[0].days.size(), 1u);
  EXPECT_EQ(sessions[0].days[0].starts_at, At(2018, 10, 17, 8));
  EXPECT_EQ(sessions[1].audience, learning::Audience::kIndividual);
  EXPECT_FALSE(sessions[0].Cancelled());
}

TEST_P(CalendarStoreTest, HoldsACancelledSessionWithWhyAndItsRevision) {
  const auto followup = Plan("follow-up-1", "Follow-Up Day 1", {2018, 10, 17});
  Register(followup, hope_, {OnTeam(hope_, elena_, "Elena Ortiz")});
  ASSERT_TRUE(learning_->CancelOffering(followup.id, "Moved to the spring.", staff_, At(2018, 9, 1, 9)).value());

  const auto sessions = store_->SessionsOf(elena_).value();

  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(sessions[0].cancelled_at, At(2018, 9, 1, 9));
  EXPECT_EQ(sessions[0].cancel_reason, "Moved to the spring.");
  EXPECT_EQ(sessions[0].revision, 1);
}

TEST_P(CalendarStoreTest, FindsAnOfferingWithEveryDayInOrder) {
  learning::Offering onboarding;
  onboarding.cohort_id = cohort_;
  onboarding.slug = "onboarding-days";
  onboarding.title = "Onboarding Days";
  onboarding.description = "Before the school year.";
  onboarding.capacity = 90;
  onboarding.location = "ITI, Beaudry";
  onboarding.registration_closes_at = At(2018, 8, 1, 0);
  onboarding.days = {{1, At(2018, 8, 8, 8), At(2018, 8, 8, 15)},
                     {2, At(2018, 8, 9, 8), At(2018, 8, 9, 15)},
                     {3, At(2018, 8, 10, 8), At(2018, 8, 10, 12)}};
  ASSERT_TRUE(learning_->Create(onboarding, staff_, At(2018, 6, 1, 9)).has_value());

  const auto found = store_->FindOffering("onboarding-days").value();
  const auto missing = store_->FindOffering("no-such-session").value();

  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->title, "Onboarding Days");
  ASSERT_EQ(found->days.size(), 3u);
  EXPECT_EQ(found->days[0].number, 1);
  EXPECT_EQ(found->days[2].number, 3);
  EXPECT_EQ(found->days[2].ends_at, At(2018, 8, 10, 12));
  EXPECT_FALSE(missing.has_value());
}

TEST_P(CalendarStoreTest, DueItemsAreTheSchoolsOwnCommitmentsWithTheCohortsCalendar) {
  commitments::CommitmentsStore commitments(db(), district_);
  for (auto [phase, number, title] : {std::tuple{commitments::Phase::kBeforeCoach, 2, "Technology Support Lead"},
                                      std::tuple{commitments::Phase::kFirstMonth, 12, "Common Sense"},
                                      std::tuple{commitments::Phase::kDistrict, 1, "Assign an ITF"}}) {
    commitments::Commitment item;
    item.phase = phase;
    item.number = number;
    item.title = title;
    item.description = "As the agreement says.";
    item.due = phase == commitments::Phase::kBeforeCoach
                   ? commitments::DueRule{commitments::DueKind::kBeforeCoach, std::nullopt}
                   : commitments::DueRule{commitments::DueKind::kFixed, core::LocalDate{2018, 11, 21}};
    item.evidence = {commitments::EvidenceKind::kUrl, "A link", false};
    item.verifier = commitments::Verifier::kDistrict;
    ASSERT_TRUE(commitments.SaveTemplateItem(cohort_, item, staff_, At(2018, 5, 21, 9)).has_value());
  }
  ASSERT_TRUE(commitments.Issue(cohort_, staff_, At(2018, 5, 21, 9)).has_value());
  ASSERT_TRUE(commitments.SaveCalendar(cohort_, {core::LocalDate{2018, 8, 8}, core::LocalDate{2018, 8, 14},
                                                 core::LocalDate{2019, 6, 7}},
                                       staff_, At(2018, 5, 22, 9)));

  const auto items = store_->DueItemsOf({hope_}).value();

  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].commitment.title, "Technology Support Lead");
  EXPECT_EQ(items[0].commitment.due.kind, commitments::DueKind::kBeforeCoach);
  EXPECT_EQ(items[1].commitment.number, 12);
  EXPECT_EQ(items[1].commitment.due.on, (core::LocalDate{2018, 11, 21}));
  for (const auto& item : items) {
    EXPECT_EQ(item.school_name, "Hope Street ES");
    EXPECT_EQ(item.cohort_name, "PS 3.0");
    EXPECT_EQ(item.cohort_slug, "ps-3-0");
    EXPECT_EQ(item.calendar.coach_starts_on, (core::LocalDate{2018, 8, 8}));
    EXPECT_EQ(item.calendar.support_ends_on, (core::LocalDate{2019, 6, 7}));
  }
}

TEST_P(CalendarStoreTest, DueItemsOfSeveralSchoolsComeSchoolBySchool) {
  commitments::CommitmentsStore commitments(db(), district_);
  commitments::Commitment item;
  item.phase = commitments::Phase::kFirstMonth;
  item.number = 12;
  item.title = "Common Sense";
  item.description = "As the agreement says.";
  item.due = {commitments::DueKind::kFixed, core::LocalDate{2018, 11, 21}};
  item.evidence = {commitments::EvidenceKind::kUrl, "A link", false};
  ASSERT_TRUE(commitments.SaveTemplateItem(cohort_, item, staff_, At(2018, 5, 21, 9)).has_value());
  ASSERT_TRUE(commitments.Issue(cohort_, staff_, At(2018, 5, 21, 9)).has_value());
  const auto late = AddSchool("Telfair Avenue ES");

  const auto items = store_->DueItemsOf({hope_, late, garvanza_}).value();

  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].school_name, "Hope Street ES");
  EXPECT_EQ(items[1].school_name, "Garvanza ES");
  EXPECT_FALSE(items[1].calendar.coach_starts_on.has_value());
}

INSTANTIATE_TEST_SUITE_P(BothDialects, CalendarStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::calendar
