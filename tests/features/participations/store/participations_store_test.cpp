// The participations stores on a SQLite file and on PostgreSQL: what a read returns after a write.
#include "features/participations/store/participations_store.hpp"

#include <gtest/gtest.h>

#include "auth/grant_store.hpp"
#include "features/cohorts/store/cohorts_store.hpp"
#include "features/districts/store/districts_store.hpp"
#include "features/participations/store/coach_store.hpp"
#include "features/participations/store/roster_effects.hpp"
#include "features/participations/store/team_store.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"

namespace practica::participations {
namespace {

constexpr core::LocalDate kToday{2026, 11, 23};

class ParticipationsStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_ = testing::NewDistrict(db());
    east_ = districts::DistrictsStore(db()).AddLocalDistrict(district_, "East")->id;
    west_ = districts::DistrictsStore(db()).AddLocalDistrict(district_, "West")->id;
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
    cohort_ = CohortRef{cohorts.CreateCohort(ps3)->id, "ps-3-0", "3.0", "Innovative Designer"};
    hope_ = AddSchool("Hope Street ES", east_);
    hale_ = AddSchool("Hale MS", west_);
    principal_ = AddPerson("Hannah Kim", "principal.hope@practica.example");
    coach_ = AddPerson("Ramon Castillo", "coach@practica.example");
  }

  db::Connection& db() { return **lease_; }

  SchoolRef AddSchool(const std::string& name, std::int64_t local) {
    schools::School school;
    school.name = name;
    school.local_district_id = local;
    auto created = schools::SchoolsStore(db(), district_).Create(school);
    EXPECT_TRUE(ParticipationsStore(db(), district_).AddSchool(cohort_.id, created->id, name).has_value());
    return *DirectoryStore(db(), district_).FindSchool(created->slug).value();
  }

  PersonRef AddPerson(const std::string& name, const std::string& email) {
    auto person = people::PeopleStore(db(), district_).Create({0, email, name, true});
    return PersonRef{person->id, name, email};
  }

  void Grant(const PersonRef& who, auth::Role role, std::int64_t scope_id, core::LocalDate starts = {2019, 5, 20},
             std::optional<core::LocalDate> ends = std::nullopt) {
    auth::NewGrant grant{who.id, role, auth::NaturalScope(role), scope_id, starts, ends};
    ASSERT_TRUE(auth::GrantStore(db(), district_).Add(grant, 0, 1).has_value());
  }

  // agreement_versions belongs to the applications feature; the test publishes as it would.
  void Publish(int version, const std::string& text) {
    ASSERT_TRUE(db().Exec("INSERT INTO agreement_versions (district_id, cohort_id, version, title, text, published_at)"
                          " VALUES ($1, $2, $3, $4, $5, $6)",
                          {district_, cohort_.id, std::int64_t{version}, std::string("Intent to participate"), text,
                           std::int64_t{1000 + version}})
                    .has_value());
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::int64_t district_ = 0, east_ = 0, west_ = 0;
  CohortRef cohort_;
  SchoolRef hope_, hale_;
  PersonRef principal_, coach_;
};

TEST_P(ParticipationsStoreTest, FindsTheNewestPublishedAgreement) {
  Publish(1, "First text");
  Publish(2, "Second text");

  auto current = ParticipationsStore(db(), district_).CurrentAgreement(cohort_.id);

  ASSERT_TRUE(current.has_value() && current->has_value());
  EXPECT_EQ((*current)->version, 2);
  EXPECT_EQ((*current)->text, "Second text");
}

TEST_P(ParticipationsStoreTest, ReadsBackSignaturesOldestFirst) {
  ParticipationsStore store(db(), district_);
  ASSERT_TRUE(store.AddSignature(cohort_.id, hope_.id, {0, Slot::kPrincipal, principal_.id, "Hannah Kim", 1, "abc", 200}));
  ASSERT_TRUE(store.AddSignature(cohort_.id, hope_.id, {0, Slot::kPrincipal, principal_.id, "Hannah Kim", 2, "def", 300}));

  auto signatures = store.Signatures(cohort_.id, hope_.id);

  ASSERT_EQ(signatures->size(), 2u);
  EXPECT_EQ((*signatures)[0].version, 1);
  EXPECT_EQ((*signatures)[1].text_sha256, "def");
  EXPECT_EQ((*signatures)[1].slot, Slot::kPrincipal);
}

TEST_P(ParticipationsStoreTest, LeadersAreThoseHoldingTheRoleToday) {
  const auto director = AddPerson("Ines Park", "director.east@practica.example");
  const auto former = AddPerson("Old Principal", "old.principal@practica.example");
  const auto future = AddPerson("Next Principal", "next.principal@practica.example");
  Grant(principal_, auth::Role::kPrincipal, hope_.id);
  Grant(former, auth::Role::kPrincipal, hope_.id, {2018, 1, 1}, core::LocalDate{2019, 5, 19});
  Grant(future, auth::Role::kPrincipal, hope_.id, {2027, 1, 1});
  Grant(director, auth::Role::kInstructionalDirector, east_);

  auto leaders = DirectoryStore(db(), district_).Leaders(hope_, kToday);

  ASSERT_EQ(leaders->principals.size(), 1u);
  EXPECT_EQ(leaders->principals[0].name, "Hannah Kim");
  ASSERT_EQ(leaders->directors.size(), 1u);
  EXPECT_EQ(leaders->directors[0].email, "director.east@practica.example");
  EXPECT_EQ(leaders->local_district_name, "East");
}

TEST_P(ParticipationsStoreTest, KeepsRemovedTeamMembersAndLetsThemRejoin) {
  TeamStore team(db(), district_);
  auto added = team.Add(cohort_.id, hope_.id, {0, principal_, MemberKind::kPrincipal, true}, 0, 10);
  ASSERT_TRUE(added.has_value());
  auto twice = team.Add(cohort_.id, hope_.id, {0, principal_, MemberKind::kPrincipal, false}, 0, 11);
  ASSERT_TRUE(team.Remove(cohort_.id, hope_.id, added->id, principal_.id, 12));
  auto again = team.Add(cohort_.id, hope_.id, {0, principal_, MemberKind::kPrincipal, false}, 0, 13);

  auto members = team.Members(cohort_.id, hope_.id);

  ASSERT_FALSE(twice.has_value());
  EXPECT_EQ(twice.error().code, core::ErrorCode::kConflict);
  EXPECT_TRUE(again.has_value());
  ASSERT_EQ(members->size(), 1u);
  EXPECT_FALSE((*members)[0].attends);
  EXPECT_EQ(*db().QueryInt("SELECT COUNT(*) FROM team_members WHERE district_id = $1", {district_}), 2);
}

TEST_P(ParticipationsStoreTest, KeepsOneCurrentCoachAndTheHistory) {
  CoachStore coaches(db(), district_);
  auto first = coaches.Assign(cohort_.id, hope_.id, coach_, 0, 10);
  auto second = coaches.Assign(cohort_.id, hope_.id, principal_, 0, 11);
  ASSERT_TRUE(coaches.End(first->id, 0, 12));
  ASSERT_TRUE(coaches.Assign(cohort_.id, hope_.id, principal_, 0, 13));

  auto history = coaches.History(cohort_.id, hope_.id);
  auto current = coaches.Current(cohort_.id, hope_.id);

  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code, core::ErrorCode::kConflict);
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ((*history)[1].coach.name, "Ramon Castillo");
  EXPECT_EQ((*history)[1].ended_at, 12);
  EXPECT_EQ((*current)->coach.name, "Hannah Kim");
}

TEST_P(ParticipationsStoreTest, ListsACoachsCaseload) {
  CoachStore coaches(db(), district_);
  ASSERT_TRUE(coaches.Assign(cohort_.id, hope_.id, coach_, 0, 10));
  ASSERT_TRUE(coaches.Assign(cohort_.id, hale_.id, principal_, 0, 10));

  auto caseload = coaches.Caseload(coach_.id);

  ASSERT_EQ(caseload->size(), 1u);
  EXPECT_EQ((*caseload)[0].school.name, "Hope Street ES");
  EXPECT_EQ((*caseload)[0].cohort.ShortName(), "PS 3.0");
}

TEST_P(ParticipationsStoreTest, KeepsOnlyTheRowsOfTheScope) {
  ParticipationsStore store(db(), district_);

  auto east = store.List(cohort_, Scope{false, {}, {east_}});
  auto hale = store.List(cohort_, Scope{false, {hale_.id}, {}});
  auto everything = store.List(cohort_, Scope{true, {}, {}});
  auto nothing = store.List(cohort_, Scope{});

  ASSERT_EQ(east->size(), 1u);
  EXPECT_EQ((*east)[0].school.name, "Hope Street ES");
  ASSERT_EQ(hale->size(), 1u);
  EXPECT_EQ((*hale)[0].school.name, "Hale MS");
  EXPECT_EQ(everything->size(), 2u);
  EXPECT_TRUE(nothing->empty());
}

TEST_P(ParticipationsStoreTest, ReadsBackLeadsConfirmationAndRetraction) {
  ParticipationsStore store(db(), district_);
  ASSERT_TRUE(store.SetLeads(cohort_.id, hope_.id, Leads{principal_, Classification::kClassified, coach_}));
  ASSERT_TRUE(store.SetTeamConfirmed(cohort_.id, hope_.id, 50, principal_.id));
  ASSERT_TRUE(store.Retract(cohort_.id, hope_.id, "No team this year", coach_.id, 60));
  auto twice = store.Retract(cohort_.id, hope_.id, "Again", coach_.id, 61);

  auto details = store.LoadDetails(cohort_.id, hope_.id);

  ASSERT_TRUE(details.has_value());
  EXPECT_EQ(details->leads.technology_support->name, "Hannah Kim");
  EXPECT_EQ(details->leads.classification, Classification::kClassified);
  EXPECT_EQ(details->leads.sso->email, "coach@practica.example");
  EXPECT_EQ(details->team_confirmed_at, 50);
  ASSERT_TRUE(details->retraction.has_value());
  EXPECT_EQ(details->retraction->reason, "No team this year");
  EXPECT_EQ(details->retraction->by.name, "Ramon Castillo");
  EXPECT_FALSE(twice.has_value());
  EXPECT_TRUE(store.Find(cohort_, hope_)->has_value()) << "the roster row stays";
}

TEST_P(ParticipationsStoreTest, AnAcceptancePutsTheSchoolOnTheRosterOnceAndUndoingItTakesItOff) {
  const auto school = schools::SchoolsStore(db(), district_).Create(schools::School{.name = "Gompers MS"})->id;
  const features::ApplicationAccepted accepted{cohort_.id, school, "Gompers MS", principal_.id, 70};
  const features::ApplicationAccepted again{cohort_.id, school, "Samuel Gompers MS", principal_.id, 80};
  const auto listed = [&] {
    return db().QueryInt("SELECT COUNT(*) FROM participations WHERE district_id = $1 AND cohort_id = $2"
                         " AND school_id = $3 AND listed_name = 'Gompers MS'", {district_, cohort_.id, school})
        ->value_or(0);
  };

  ASSERT_TRUE(PutOnRoster(db(), district_, accepted));
  ASSERT_TRUE(PutOnRoster(db(), district_, again));
  const auto on_roster = listed();
  ASSERT_TRUE(TakeOffRoster(db(), district_, features::AcceptanceUndone{cohort_.id, school}));

  EXPECT_EQ(on_roster, 1);
  EXPECT_EQ(listed(), 0);
}

INSTANTIATE_TEST_SUITE_P(Dialects, ParticipationsStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres));

}  // namespace
}  // namespace practica::participations
