// The learning store on a SQLite file and on PostgreSQL: what a read returns after a write. Seats
// are given as the learning routes give them (under the offering's lock, placed by the claims
// the store reads back), so capacity and the waiting list's order hold on both databases.
#include "features/learning/store/learning_store.hpp"

#include <gtest/gtest.h>

#include <cctype>

#include "auth/grant_store.hpp"
#include "features/cohorts/store/cohorts_store.hpp"
#include "features/participations/store/participations_store.hpp"
#include "features/participations/store/team_store.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"

namespace practica::learning {
namespace {

class LearningStoreTest : public ::testing::TestWithParam<db::Dialect> {
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
    coordinator_ = AddPerson("Allison Jonas", "allison.jonas@lausd.net");
    garvanza_ = AddSchool("Garvanza ES");
    hope_ = AddSchool("Hope Street ES");
    san_pascual_ = AddSchool("San Pascual STEAM Magnet");
    telfair_ = AddSchool("Telfair Avenue ES");
    vine_ = AddSchool("Vine Street ES");
  }

  db::Connection& db() { return **lease_; }

  std::int64_t At(int y, int mo, int d, int h, int mi = 0) { return zone_.ToUtc({{y, mo, d}, h, mi}).value(); }

  std::int64_t AddPerson(const std::string& name, const std::string& email) {
    return people::PeopleStore(db(), district_).Create({0, email, name, true}).value().id;
  }

  // A school on PS 3.0's roster.
  std::int64_t AddSchool(const std::string& name) {
    schools::School school;
    school.name = name;
    school.type = schools::SchoolType::kElementary;
    const auto id = schools::SchoolsStore(db(), district_).Create(school).value().id;
    EXPECT_TRUE(participations::ParticipationsStore(db(), district_).AddSchool(cohort_, id, name).has_value());
    return id;
  }

  // Puts a new person on the school's PS 3.0 team; returns their id.
  std::int64_t AddMember(std::int64_t school, const std::string& name, bool attends = true) {
    std::string email;
    for (char c : name) {
      if (c != ' ') email.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    email += "." + std::to_string(school) + "@practica.example";
    const auto id = AddPerson(name, email);
    EXPECT_TRUE(participations::TeamStore(db(), district_)
                    .Add(cohort_, school, {0, {id, name, email}, participations::MemberKind::kTeacher, attends}, 0,
                         At(2018, 6, 1, 9))
                    .has_value());
    return id;
  }

  // Three attending members: the team a team session seats.
  std::vector<std::int64_t> Team(std::int64_t school, const std::string& prefix) {
    return {AddMember(school, prefix + " A"), AddMember(school, prefix + " B"), AddMember(school, prefix + " C")};
  }

  // PS 3.0's onboarding days: Wednesday and Thursday, August 8 and 9, 2018, 8:00 to 3:00.
  std::vector<Day> OnboardingDays() {
    return {{1, At(2018, 8, 8, 8), At(2018, 8, 8, 15)}, {2, At(2018, 8, 9, 8), At(2018, 8, 9, 15)}};
  }

  Offering Plan(const std::string& slug, const std::string& title, int capacity, std::vector<Day> days,
                std::optional<std::int64_t> cohort) {
    Offering offering;
    offering.cohort_id = cohort;
    offering.kind = cohort ? Kind::kOnboarding : Kind::kIsteSuite;
    offering.audience = cohort ? Audience::kTeam : Audience::kIndividual;
    offering.team_size = cohort ? 3 : 1;
    offering.slug = slug;
    offering.title = title;
    offering.description = "Two days at ITI.";
    offering.capacity = capacity;
    offering.registration_closes_at = days.front().starts_at - 7 * 86400;
    offering.location = "ITI, Beaudry";
    offering.commitment_number = cohort ? std::optional<int>{5} : std::nullopt;
    offering.days = std::move(days);
    auto created = store_->Create(offering, coordinator_, At(2018, 6, 1, 9));
    EXPECT_TRUE(created.has_value()) << (created ? "" : created.error().detail);
    return created.value_or(offering);
  }

  Offering Onboarding(int capacity) {
    return Plan("onboarding-days", "Onboarding Days", capacity, OnboardingDays(), cohort_);
  }

  // As the learning routes register a team: under the offering's lock, registered when its
  // seats fit and nobody waits, otherwise on the waiting list.
  Registration Register(const Offering& offering, std::int64_t school, const std::vector<std::int64_t>& attendees) {
    auto tx = db::Transaction::Begin(db());
    EXPECT_TRUE(tx.has_value());
    EXPECT_TRUE(store_->Lock(offering.id).has_value());
    const auto claims = store_->Claims(offering.id).value();
    const auto state = Place(Count(offering.capacity, claims), static_cast<int>(attendees.size()));
    auto added = store_->Add(offering.id, school, std::nullopt, state, attendees, coordinator_, ++clock_).value();
    EXPECT_TRUE(tx->Commit().has_value());
    return added;
  }

  // As the learning routes swap an attendee: in a transaction under the offering's lock, kept
  // only when the whole swap succeeds.
  core::Result<void> Swap(const Offering& offering, std::int64_t registration, std::int64_t out, std::int64_t in,
                          std::int64_t now) {
    auto tx = db::Transaction::Begin(db());
    if (!tx) return std::unexpected(tx.error());
    if (auto locked = store_->Lock(offering.id); !locked) return locked;
    if (auto swapped = store_->Swap(registration, out, in, coordinator_, now); !swapped) return swapped;
    return tx->Commit();
  }

  // As the learning routes fill freed seats: the waiting claims Promotions picks, in its order.
  std::vector<std::int64_t> PromoteWaiting(const Offering& offering) {
    const auto claims = store_->Claims(offering.id).value();
    const auto promoted = Promotions(offering.capacity, claims);
    for (auto id : promoted) EXPECT_TRUE(store_->Promote(id, ++clock_).has_value());
    return promoted;
  }

  std::vector<std::pair<std::string, State>> Line(const Offering& offering) {
    std::vector<std::pair<std::string, State>> line;
    const auto registrations = store_->Registrations(offering.id).value();
    for (const auto& r : registrations) {
      line.emplace_back(r.school ? r.school->name : r.teacher->name, r.state);
    }
    return line;
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::optional<LearningStore> store_;
  core::TimeZone zone_ = core::TimeZone::Locate("UTC").value();
  std::int64_t district_ = 0;
  std::int64_t cohort_ = 0;
  std::int64_t coordinator_ = 0;
  std::int64_t garvanza_ = 0, hope_ = 0, san_pascual_ = 0, telfair_ = 0, vine_ = 0;
  std::int64_t clock_ = 1532000000;  // 2018-07-19, before registration closes
};

TEST_P(LearningStoreTest, FindsACreatedOfferingWithItsDaysInOrder) {
  Onboarding(6);

  auto found = store_->Find("onboarding-days");

  ASSERT_TRUE(found.has_value() && found->has_value());
  const auto& offering = **found;
  EXPECT_EQ(offering.title, "Onboarding Days");
  EXPECT_EQ(offering.cohort_id, cohort_);
  EXPECT_EQ(offering.kind, Kind::kOnboarding);
  EXPECT_EQ(offering.audience, Audience::kTeam);
  EXPECT_EQ(offering.capacity, 6);
  EXPECT_EQ(offering.commitment_number, 5);
  EXPECT_EQ(offering.location, "ITI, Beaudry");
  EXPECT_FALSE(offering.Cancelled());
  ASSERT_EQ(offering.days.size(), 2u);
  EXPECT_EQ(offering.days[0].number, 1);
  EXPECT_EQ(offering.days[0].starts_at, At(2018, 8, 8, 8));
  EXPECT_EQ(offering.days[1].number, 2);
  EXPECT_EQ(offering.days[1].ends_at, At(2018, 8, 9, 15));
}

TEST_P(LearningStoreTest, RefusesASecondOfferingWithATakenSlug) {
  Offering again = Onboarding(6);
  again.title = "Onboarding Days, Again";

  auto second = store_->Create(again, coordinator_, At(2018, 6, 2, 9));

  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(second.error().field, "title");
  EXPECT_EQ(store_->List({}).value().size(), 1u);
}

TEST_P(LearningStoreTest, PutsATeamThatDoesNotFitOnTheWaitingList) {
  const auto offering = Onboarding(6);

  const auto garvanza = Register(offering, garvanza_, Team(garvanza_, "Garvanza"));
  const auto hope = Register(offering, hope_, Team(hope_, "Hope"));
  const auto san_pascual = Register(offering, san_pascual_, Team(san_pascual_, "Pascual"));

  EXPECT_EQ(garvanza.state, State::kRegistered);
  EXPECT_EQ(hope.state, State::kRegistered);
  EXPECT_EQ(san_pascual.state, State::kWaitlisted);
  const auto seats = store_->SeatsOf(offering).value();
  EXPECT_EQ(seats.taken, 6);
  EXPECT_EQ(seats.waiting, 1);
  EXPECT_EQ(seats.Free(), 0);
}

TEST_P(LearningStoreTest, PromotesWaitingTeamsWholeInTheOrderTheyRegistered) {
  const auto offering = Onboarding(6);
  const auto garvanza = Register(offering, garvanza_, Team(garvanza_, "Garvanza"));
  const auto hope = Register(offering, hope_, Team(hope_, "Hope"));
  const auto san_pascual = Register(offering, san_pascual_, Team(san_pascual_, "Pascual"));
  const auto telfair = Register(offering, telfair_, Team(telfair_, "Telfair"));
  Register(offering, vine_, Team(vine_, "Vine"));
  ASSERT_TRUE(store_->Cancel(garvanza.id, coordinator_, ++clock_).has_value());
  ASSERT_TRUE(store_->Cancel(hope.id, coordinator_, ++clock_).has_value());

  const auto promoted = PromoteWaiting(offering);

  EXPECT_EQ(promoted, (std::vector<std::int64_t>{san_pascual.id, telfair.id}));
  EXPECT_EQ(Line(offering), (std::vector<std::pair<std::string, State>>{
                                {"San Pascual STEAM Magnet", State::kRegistered},
                                {"Telfair Avenue ES", State::kRegistered},
                                {"Vine Street ES", State::kWaitlisted}}));
  EXPECT_EQ(store_->SeatsOf(offering).value().taken, 6);
}

TEST_P(LearningStoreTest, RaisingCapacityByOneTeamPromotesOnlyTheFirstWaitingTeam) {
  const auto before = Onboarding(3);
  Register(before, garvanza_, Team(garvanza_, "Garvanza"));
  const auto hope = Register(before, hope_, Team(hope_, "Hope"));
  Register(before, san_pascual_, Team(san_pascual_, "Pascual"));
  Offering after = before;
  after.capacity = 6;

  ASSERT_TRUE(store_->Update(before, after).has_value());
  const auto promoted = PromoteWaiting(store_->Find("onboarding-days").value().value());

  EXPECT_EQ(promoted, std::vector<std::int64_t>{hope.id});
  EXPECT_EQ(Line(after), (std::vector<std::pair<std::string, State>>{
                             {"Garvanza ES", State::kRegistered},
                             {"Hope Street ES", State::kRegistered},
                             {"San Pascual STEAM Magnet", State::kWaitlisted}}));
}

TEST_P(LearningStoreTest, GivesASchoolOneLiveRegistrationUntilItCancels) {
  const auto offering = Onboarding(6);
  const auto team = Team(hope_, "Hope");
  const auto first = Register(offering, hope_, team);

  auto twice = store_->Add(offering.id, hope_, std::nullopt, State::kRegistered, team, coordinator_, ++clock_);
  ASSERT_TRUE(store_->Cancel(first.id, coordinator_, ++clock_).has_value());
  auto again = store_->Add(offering.id, hope_, std::nullopt, State::kRegistered, team, coordinator_, ++clock_);

  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().code, core::ErrorCode::kConflict);
  ASSERT_TRUE(again.has_value());
  const auto live = store_->ForSchool(offering.id, hope_).value();
  ASSERT_TRUE(live.has_value());
  EXPECT_EQ(live->id, again->id);
  EXPECT_EQ(store_->Get(first.id).value()->state, State::kCancelled);
}

TEST_P(LearningStoreTest, PromoteLeavesACancelledRegistrationCancelled) {
  const auto offering = Onboarding(3);
  Register(offering, garvanza_, Team(garvanza_, "Garvanza"));
  const auto hope = Register(offering, hope_, Team(hope_, "Hope"));
  ASSERT_TRUE(store_->Cancel(hope.id, coordinator_, ++clock_).has_value());

  ASSERT_TRUE(store_->Promote(hope.id, ++clock_).has_value());

  EXPECT_EQ(store_->Get(hope.id).value()->state, State::kCancelled);
  EXPECT_EQ(store_->SeatsOf(offering).value().taken, 3);
  auto cancelled_again = store_->Cancel(hope.id, coordinator_, ++clock_);
  ASSERT_FALSE(cancelled_again.has_value());
  EXPECT_EQ(cancelled_again.error().code, core::ErrorCode::kConflict);
}

TEST_P(LearningStoreTest, SwapsAnAttendeeForATeamMemberAndKeepsTheSeatsWhenASwapIsRefused) {
  const auto offering = Onboarding(6);
  const auto team = Team(hope_, "Hope");
  const auto substitute = AddMember(hope_, "Hope D", false);
  const auto registration = Register(offering, hope_, team);

  ASSERT_TRUE(Swap(offering, registration.id, team[1], substitute, ++clock_).has_value());
  auto in_again = Swap(offering, registration.id, team[0], substitute, ++clock_);
  auto not_seated = Swap(offering, registration.id, team[1], team[0], ++clock_);

  const auto read = store_->Get(registration.id).value().value();
  ASSERT_EQ(read.attendees.size(), 3u);
  EXPECT_EQ(read.attendees[0].id, team[0]);
  EXPECT_EQ(read.attendees[1].id, team[2]);
  EXPECT_EQ(read.attendees[2].name, "Hope D");
  EXPECT_EQ(read.seats, 3);
  ASSERT_FALSE(in_again.has_value());
  EXPECT_EQ(in_again.error().code, core::ErrorCode::kConflict);
  ASSERT_FALSE(not_seated.has_value());
  EXPECT_EQ(not_seated.error().code, core::ErrorCode::kNotFound);
}

TEST_P(LearningStoreTest, TakingAttendanceAgainOverwritesTheDaysMark) {
  const auto offering = Onboarding(6);
  const auto team = Team(hope_, "Hope");
  Register(offering, hope_, team);
  ASSERT_TRUE(store_->Mark(offering.id, 1, team[0], true, coordinator_, At(2018, 8, 8, 16)).has_value());
  ASSERT_TRUE(store_->Mark(offering.id, 1, team[1], true, coordinator_, At(2018, 8, 8, 16)).has_value());

  ASSERT_TRUE(store_->Mark(offering.id, 1, team[0], false, coordinator_, At(2018, 8, 8, 17)).has_value());

  const auto day = store_->DayMarks(offering.id, 1).value();
  EXPECT_EQ(day, (std::map<std::int64_t, bool>{{team[0], false}, {team[1], true}}));
  EXPECT_EQ(store_->MarkedDays(offering.id).value(), std::set<int>{1});
  EXPECT_TRUE(store_->DayMarks(offering.id, 2).value().empty());
}

TEST_P(LearningStoreTest, KeepsTheMarksOfAnAttendeeSwappedOutAfterTheFirstDay) {
  const auto offering = Onboarding(6);
  const auto team = Team(hope_, "Hope");
  const auto substitute = AddMember(hope_, "Hope D", false);
  const auto hope = Register(offering, hope_, team);
  const auto garvanza_team = Team(garvanza_, "Garvanza");
  const auto garvanza = Register(offering, garvanza_, garvanza_team);
  for (auto person : team) ASSERT_TRUE(store_->Mark(offering.id, 1, person, true, coordinator_, At(2018, 8, 8, 16)));
  ASSERT_TRUE(Swap(offering, hope.id, team[2], substitute, At(2018, 8, 8, 18)).has_value());
  for (auto person : {team[0], team[1], substitute}) {
    ASSERT_TRUE(store_->Mark(offering.id, 2, person, true, coordinator_, At(2018, 8, 9, 16)));
  }
  ASSERT_TRUE(store_->Mark(offering.id, 1, garvanza_team[0], false, coordinator_, At(2018, 8, 8, 16)));

  const auto marks = store_->MarksOf(hope.id).value();
  const auto by_registration = store_->MarksByRegistration(offering.id).value();

  EXPECT_EQ(marks.at(1), (std::map<std::int64_t, bool>{{team[0], true}, {team[1], true}, {team[2], true}}));
  EXPECT_EQ(marks.at(2), (std::map<std::int64_t, bool>{{team[0], true}, {team[1], true}, {substitute, true}}));
  EXPECT_EQ(by_registration.at(hope.id), marks);
  EXPECT_EQ(by_registration.at(garvanza.id), (Marks{{1, {{garvanza_team[0], false}}}}));
  EXPECT_EQ(Judge(offering, State::kRegistered, marks, At(2018, 8, 10, 9)), Outcome::kAttended);
}

TEST_P(LearningStoreTest, ListsTheTeamMembersWhoAttendFirst) {
  const auto lead = AddMember(hope_, "Hope Lead", false);
  const auto first = AddMember(hope_, "Hope First");
  const auto gone = AddMember(hope_, "Hope Gone");
  const auto second = AddMember(hope_, "Hope Second");
  participations::TeamStore teams(db(), district_);
  const auto members = teams.Members(cohort_, hope_).value();
  for (const auto& member : members) {
    if (member.person.id == gone) {
      ASSERT_TRUE(teams.Remove(cohort_, hope_, member.id, coordinator_, ++clock_).has_value());
    }
  }

  const auto team = store_->TeamOf(cohort_, hope_).value();

  ASSERT_EQ(team.size(), 3u);
  EXPECT_EQ(team[0].id, first);
  EXPECT_EQ(team[1].id, second);
  EXPECT_EQ(team[2].id, lead);
}

TEST_P(LearningStoreTest, FindsTheSchoolsAPersonLeadsTodayOrServesOnTheTeamOf) {
  const auto person = AddMember(garvanza_, "Elena Ortiz");
  auth::GrantStore grants(db(), district_);
  ASSERT_TRUE(grants.Add({person, auth::Role::kPrincipal, auth::ScopeKind::kSchool, hope_, {2018, 7, 1}, std::nullopt},
                         0, 1));
  ASSERT_TRUE(grants.Add({person, auth::Role::kPrincipal, auth::ScopeKind::kSchool, san_pascual_, {2017, 7, 1},
                          core::LocalDate{2018, 6, 30}},
                         0, 1));
  ASSERT_TRUE(grants.Add({person, auth::Role::kPrincipal, auth::ScopeKind::kSchool, vine_, {2018, 9, 1}, std::nullopt},
                         0, 1));

  const auto schools = store_->SchoolsOf(cohort_, person, {2018, 8, 8}).value();

  ASSERT_EQ(schools.size(), 2u);
  EXPECT_EQ(schools[0].name, "Garvanza ES");
  EXPECT_EQ(schools[1].name, "Hope Street ES");
}

TEST_P(LearningStoreTest, CancelsAnOfferingOnceKeepingWhy) {
  const auto offering = Onboarding(6);
  const auto revision = store_->Revision(offering.id).value();

  auto first = store_->CancelOffering(offering.id, "The ITI building is closed.", coordinator_, At(2018, 7, 20, 9));
  auto second = store_->CancelOffering(offering.id, "Again.", coordinator_, At(2018, 7, 21, 9));

  EXPECT_TRUE(first.value());
  EXPECT_FALSE(second.value());
  const auto found = store_->Find("onboarding-days").value().value();
  EXPECT_EQ(found.cancelled_at, At(2018, 7, 20, 9));
  EXPECT_EQ(found.cancel_reason, "The ITI building is closed.");
  EXPECT_EQ(store_->Revision(offering.id).value(), revision + 1);
}

TEST_P(LearningStoreTest, ListsACohortsOfferingsAndOpenOnesByFirstDayLeavingOutEndedOnes) {
  Onboarding(6);
  Plan("welcome-webinar", "Virtual Welcome Webinar", 60, {{1, At(2018, 6, 12, 15), At(2018, 6, 12, 16)}}, cohort_);
  Plan("innovative-designer", "Innovative Designer (ISTE 1.4)", 30,
       {{1, At(2018, 7, 24, 8), At(2018, 7, 24, 15)}}, std::nullopt);

  const auto all = store_->List({.cohort_id = cohort_}).value();
  const auto cohort_only = store_->List({.cohort_id = cohort_, .with_open = false}).value();
  const auto upcoming = store_->List({.cohort_id = cohort_, .ends_after = At(2018, 7, 1, 0)}).value();

  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].slug, "welcome-webinar");
  EXPECT_EQ(all[1].slug, "innovative-designer");
  EXPECT_EQ(all[2].slug, "onboarding-days");
  EXPECT_EQ(all[2].days.size(), 2u);
  ASSERT_EQ(cohort_only.size(), 2u);
  EXPECT_EQ(cohort_only[1].slug, "onboarding-days");
  ASSERT_EQ(upcoming.size(), 2u);
  EXPECT_EQ(upcoming[0].slug, "innovative-designer");
}

INSTANTIATE_TEST_SUITE_P(BothDialects, LearningStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::learning
