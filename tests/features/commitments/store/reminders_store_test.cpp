// Who hears about a school's commitments, on a SQLite file and on PostgreSQL: the schools whose
// copies were issued, each school's principal and team, and the coaches with their caseloads,
// read back after the commitments, participations, people and grant stores wrote them.
#include "features/commitments/store/reminders_store.hpp"

#include <gtest/gtest.h>

#include "auth/grant_store.hpp"
#include "features/cohorts/store/cohorts_store.hpp"
#include "features/commitments/store/commitments_store.hpp"
#include "features/participations/store/coach_store.hpp"
#include "features/participations/store/participations_store.hpp"
#include "features/participations/store/team_store.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"

namespace practica::commitments {
namespace {

constexpr std::int64_t kMay21 = 1526918400;  // 2018-05-21, when PS 3.0's planning began
constexpr core::LocalDate kOctober1{2018, 10, 1};

class RemindersStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_ = testing::NewDistrict(db());
    cohorts::CohortsStore cohorts(db(), district_);
    const auto program = cohorts.CreateProgram({0, "practitioner-schools", "Practitioner Schools", "s"})->id;
    ps2_ = AddCohort(program, "ps-2-0", "2.0", "2017-2018");
    ps3_ = AddCohort(program, "ps-3-0", "3.0", "2018-2019");
    staff_ = AddPerson("Allison Jonas", "allison.jonas@lausd.net");
    hope_ = AddSchool("Hope Street ES");
    garvanza_ = AddSchool("Garvanza ES");
    store_.emplace(db(), district_);
  }

  db::Connection& db() { return **lease_; }

  std::int64_t AddCohort(std::int64_t program, const std::string& slug, const std::string& number,
                         const std::string& year) {
    cohorts::Cohort cohort;
    cohort.program_id = program;
    cohort.slug = slug;
    cohort.number = number;
    cohort.title = "Innovative Designer";
    cohort.focus_standard_code = "1.4";
    cohort.school_year = year;
    cohort.announced_on = "2018-03-08";
    return cohorts::CohortsStore(db(), district_).CreateCohort(cohort).value().id;
  }

  std::int64_t AddPerson(const std::string& name, const std::string& email) {
    return people::PeopleStore(db(), district_).Create({0, email, name, true}).value().id;
  }

  std::int64_t AddSchool(const std::string& name) {
    schools::School school;
    school.name = name;
    return schools::SchoolsStore(db(), district_).Create(school).value().id;
  }

  void Enrol(std::int64_t cohort, std::int64_t school, const std::string& name) {
    ASSERT_TRUE(participations::ParticipationsStore(db(), district_).AddSchool(cohort, school, name).has_value());
  }

  // One school commitment and one of the district's in the cohort's template, issued to its roster.
  void IssueTemplate(std::int64_t cohort) {
    CommitmentsStore commitments(db(), district_);
    for (auto [phase, number] : {std::pair{Phase::kFirstMonth, 12}, std::pair{Phase::kDistrict, 1}}) {
      Commitment item;
      item.phase = phase;
      item.number = number;
      item.title = "Commitment " + std::to_string(number);
      item.description = "As the agreement says.";
      item.due = DueRule{DueKind::kFixed, core::LocalDate{2018, 11, 21}};
      item.evidence = EvidenceSpec{EvidenceKind::kUrl, "A link", false};
      ASSERT_TRUE(commitments.SaveTemplateItem(cohort, item, staff_, kMay21).has_value());
    }
    ASSERT_TRUE(commitments.Issue(cohort, staff_, kMay21).has_value());
  }

  void OnTeam(std::int64_t cohort, std::int64_t school, std::int64_t person) {
    ASSERT_TRUE(participations::TeamStore(db(), district_)
                    .Add(cohort, school, {0, {person, "", ""}, participations::MemberKind::kTeacher, true}, staff_, kMay21)
                    .has_value());
  }

  void Principal(std::int64_t person, std::int64_t school, core::LocalDate starts,
                 std::optional<core::LocalDate> ends = std::nullopt) {
    ASSERT_TRUE(auth::GrantStore(db(), district_)
                    .Add({person, auth::Role::kPrincipal, auth::ScopeKind::kSchool, school, starts, ends}, staff_, kMay21)
                    .has_value());
  }

  std::int64_t Coach(std::int64_t cohort, std::int64_t school, std::int64_t coach) {
    return participations::CoachStore(db(), district_)
        .Assign(cohort, school, {coach, "", ""}, staff_, kMay21)
        .value()
        .id;
  }

  static std::vector<std::string> Names(const std::vector<Recipient>& people) {
    std::vector<std::string> names;
    for (const auto& person : people) names.push_back(person.name);
    return names;
  }

  static std::vector<std::string> Places(const std::vector<IssuedSchool>& schools) {
    std::vector<std::string> places;
    for (const auto& school : schools) places.push_back(school.cohort_slug + " " + school.school_name);
    return places;
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::optional<RemindersStore> store_;
  std::int64_t district_ = 0, ps2_ = 0, ps3_ = 0, staff_ = 0, hope_ = 0, garvanza_ = 0;
};

TEST_P(RemindersStoreTest, IssuedSchoolsAreThoseHoldingCopiesByCohortThenName) {
  Enrol(ps3_, hope_, "Hope Street ES");
  Enrol(ps3_, garvanza_, "Garvanza ES");
  Enrol(ps2_, hope_, "Hope Street ES");
  IssueTemplate(ps3_);
  IssueTemplate(ps2_);
  Enrol(ps3_, AddSchool("Telfair Avenue ES"), "Telfair Avenue ES");

  const auto schools = store_->IssuedSchools().value();

  EXPECT_EQ(Places(schools),
            (std::vector<std::string>{"ps-2-0 Hope Street ES", "ps-3-0 Garvanza ES", "ps-3-0 Hope Street ES"}));
  EXPECT_EQ(schools[1].cohort_number, "3.0");
  EXPECT_EQ(schools[1].school_id, garvanza_);
  EXPECT_EQ(schools[1].cohort_id, ps3_);
}

TEST_P(RemindersStoreTest, IssuedSchoolsLeaveOutARetractedParticipation) {
  Enrol(ps3_, hope_, "Hope Street ES");
  Enrol(ps3_, garvanza_, "Garvanza ES");
  IssueTemplate(ps3_);
  ASSERT_TRUE(participations::ParticipationsStore(db(), district_)
                  .Retract(ps3_, hope_, "The principal left.", staff_, kMay21 + 86400)
                  .has_value());

  const auto schools = store_->IssuedSchools().value();

  EXPECT_EQ(Places(schools), std::vector<std::string>{"ps-3-0 Garvanza ES"});
}

TEST_P(RemindersStoreTest, ACaseloadIsTheSchoolsTheCoachCoachesNow) {
  const auto ramon = AddPerson("Ramon Castillo", "coach@practica.example");
  const auto other = AddPerson("Other Coach", "other.coach@practica.example");
  const auto vine = AddSchool("Vine Street ES");
  for (auto school : {hope_, garvanza_, vine}) Enrol(ps3_, school, "School " + std::to_string(school));
  IssueTemplate(ps3_);
  Coach(ps3_, hope_, ramon);
  const auto ended = Coach(ps3_, garvanza_, ramon);
  Coach(ps3_, vine, other);
  ASSERT_TRUE(participations::CoachStore(db(), district_).End(ended, staff_, kMay21 + 86400).has_value());

  const auto caseload = store_->Caseload(ramon).value();

  ASSERT_EQ(caseload.size(), 1u);
  EXPECT_EQ(caseload[0].school_name, "Hope Street ES");
}

TEST_P(RemindersStoreTest, ASchoolsTeamIsItsPrincipalTodayAndCurrentMembersOnceEachByName) {
  Enrol(ps3_, hope_, "Hope Street ES");
  const auto principal = AddPerson("Hannah Kim", "principal.hope@practica.example");
  const auto former = AddPerson("Aaron Former", "former.hope@practica.example");
  const auto teacher = AddPerson("Beatriz Lopez", "teacher.hope@practica.example");
  const auto left = AddPerson("Carl Left", "left.hope@practica.example");
  const auto inactive = AddPerson("Dana Inactive", "inactive.hope@practica.example");
  Principal(principal, hope_, {2018, 7, 1});
  Principal(former, hope_, {2016, 7, 1}, core::LocalDate{2018, 6, 30});
  OnTeam(ps3_, hope_, principal);
  OnTeam(ps3_, hope_, teacher);
  OnTeam(ps3_, hope_, left);
  OnTeam(ps3_, hope_, inactive);
  participations::TeamStore teams(db(), district_);
  const auto members = teams.Members(ps3_, hope_).value();
  for (const auto& member : members) {
    if (member.person.id == left) {
      ASSERT_TRUE(teams.Remove(ps3_, hope_, member.id, staff_, kMay21).has_value());
    }
  }
  ASSERT_TRUE(people::PeopleStore(db(), district_).SetActive(inactive, false).has_value());

  const auto team = store_->SchoolTeam(ps3_, hope_, kOctober1).value();

  EXPECT_EQ(Names(team), (std::vector<std::string>{"Beatriz Lopez", "Hannah Kim"}));
  EXPECT_EQ(team[1].email, "principal.hope@practica.example");
}

TEST_P(RemindersStoreTest, ASchoolsTeamIsOnlyThatCohortsTeam) {
  Enrol(ps2_, hope_, "Hope Street ES");
  Enrol(ps3_, hope_, "Hope Street ES");
  Enrol(ps3_, garvanza_, "Garvanza ES");
  const auto earlier = AddPerson("Earlier Member", "earlier.hope@practica.example");
  const auto current = AddPerson("Current Member", "current.hope@practica.example");
  const auto elsewhere = AddPerson("Garvanza Member", "member.garvanza@practica.example");
  OnTeam(ps2_, hope_, earlier);
  OnTeam(ps3_, hope_, current);
  OnTeam(ps3_, garvanza_, elsewhere);

  const auto team = store_->SchoolTeam(ps3_, hope_, kOctober1).value();

  EXPECT_EQ(Names(team), std::vector<std::string>{"Current Member"});
}

TEST_P(RemindersStoreTest, CoachesAreActivePeopleWithACurrentAssignmentByName) {
  const auto ramon = AddPerson("Ramon Castillo", "coach@practica.example");
  const auto ada = AddPerson("Ada Brooks", "ada.coach@practica.example");
  const auto ended = AddPerson("Ended Coach", "ended.coach@practica.example");
  const auto inactive = AddPerson("Inactive Coach", "inactive.coach@practica.example");
  const auto vine = AddSchool("Vine Street ES");
  const auto telfair = AddSchool("Telfair Avenue ES");
  for (auto school : {hope_, garvanza_, vine, telfair}) Enrol(ps3_, school, "School " + std::to_string(school));
  Coach(ps3_, hope_, ramon);
  Coach(ps3_, garvanza_, ada);
  const auto assignment = Coach(ps3_, vine, ended);
  Coach(ps3_, telfair, inactive);
  ASSERT_TRUE(participations::CoachStore(db(), district_).End(assignment, staff_, kMay21 + 86400).has_value());
  ASSERT_TRUE(people::PeopleStore(db(), district_).SetActive(inactive, false).has_value());

  const auto coaches = store_->Coaches().value();

  EXPECT_EQ(Names(coaches), (std::vector<std::string>{"Ada Brooks", "Ramon Castillo"}));
}

INSTANTIATE_TEST_SUITE_P(BothDialects, RemindersStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::commitments
