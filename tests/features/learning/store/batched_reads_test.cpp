// The learning store's reads of many schools or registrations at once, on the demo on SQLite
// and on PostgreSQL: each answers what the one-school (or one-registration) read answers.
#include <gtest/gtest.h>

#include "features/learning/store/learning_store.hpp"
#include "features/participations/store/directory_store.hpp"
#include "features/participations/store/team_store.hpp"
#include "features/people/store/people_store.hpp"
#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

using learning::LearningStore;

const std::string kHope = "hope-street-es";
constexpr std::int64_t kLateMay2019 = 1559062800;

std::vector<std::int64_t> Ids(const std::vector<learning::PersonRef>& people) {
  std::vector<std::int64_t> ids;
  for (const auto& person : people) ids.push_back(person.id);
  return ids;
}

class BatchedReads : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
    lease_.emplace(server_->app().database().Acquire());
    store_.emplace(**lease_, server_->app().tenant().id);
    cohort_ = store_->FindCohort("ps-3-0").value().value().id;
    const auto roster = store_->Roster(cohort_).value();
    for (const auto& school : roster) schools_.push_back(school.id);
    offerings_ = store_->List(learning::OfferingFilter{cohort_, false, 0}).value();
    ASSERT_FALSE(offerings_.empty());
  }

  // Hope Street's team of two, registered for the cohort's first offering: a second school
  // with a team and a registration beside the demo's Garvanza.
  void RegisterHope() {
    const auto district = server_->app().tenant().id;
    const auto hope = store_->FindSchool(kHope).value().value().id;
    std::vector<std::int64_t> team;
    for (const std::string email : {"hope.one@practica.example", "hope.two@practica.example"}) {
      const auto id = people::PeopleStore(**lease_, district).Create({0, email, email, true}).value().id;
      ASSERT_TRUE(participations::TeamStore(**lease_, district)
                      .Add(cohort_, hope,
                           participations::TeamMember{0, {id, email, email},
                                                      participations::MemberKind::kTeacher, true},
                           0, kLateMay2019)
                      .has_value());
      team.push_back(id);
    }
    ASSERT_TRUE(store_->Add(offerings_.front().id, hope, std::nullopt, learning::State::kRegistered,
                            team, team.front(), kLateMay2019)
                    .has_value());
  }

  std::unique_ptr<AppServer> server_;
  std::optional<db::Lease> lease_;
  std::optional<LearningStore> store_;
  std::int64_t cohort_ = 0;
  std::vector<std::int64_t> schools_;
  std::vector<learning::Offering> offerings_;
};

TEST_P(BatchedReads, TeamsOfSchoolsAreEachSchoolsTeamInItsOrder) {
  RegisterHope();

  auto teams = store_->TeamsOf(cohort_, schools_).value();

  int with_team = 0;
  for (auto school : schools_) {
    const auto one = store_->TeamOf(cohort_, school).value();
    if (one.empty()) {
      EXPECT_FALSE(teams.contains(school));
      continue;
    }
    ++with_team;
    EXPECT_EQ(Ids(teams[school]), Ids(one));
  }
  EXPECT_GE(with_team, 2);
}

TEST_P(BatchedReads, RegistrationsOfSchoolsAreEachSchoolsLiveRegistration) {
  RegisterHope();

  int registered = 0;
  for (const auto& offering : offerings_) {
    auto by_school = store_->ForSchools(offering.id, schools_).value();

    for (auto school : schools_) {
      const auto one = store_->ForSchool(offering.id, school).value();
      ASSERT_EQ(by_school.contains(school), one.has_value());
      if (!one) continue;
      ++registered;
      EXPECT_EQ(by_school[school].id, one->id);
      EXPECT_EQ(Ids(by_school[school].attendees), Ids(one->attendees));
    }
  }
  EXPECT_GE(registered, 2);
}

TEST_P(BatchedReads, MarksOfRegistrationsAreEachRegistrationsMarks) {
  int marked = 0;
  for (const auto& offering : offerings_) {
    const auto registrations = store_->Registrations(offering.id).value();
    std::vector<std::int64_t> ids;
    for (const auto& r : registrations) ids.push_back(r.id);

    auto marks = store_->MarksOf(ids).value();

    for (auto id : ids) {
      const auto one = store_->MarksOf(id).value();
      EXPECT_EQ(marks[id], one);
      marked += one.empty() ? 0 : 1;
    }
  }
  EXPECT_GE(marked, 1);  // the demo's Garvanza attended its sessions
}

TEST_P(BatchedReads, NoSchoolsOrRegistrationsReadNothing) {
  EXPECT_TRUE(store_->TeamsOf(cohort_, {}).value().empty());
  EXPECT_TRUE(store_->ForSchools(offerings_.front().id, {}).value().empty());
  EXPECT_TRUE(store_->MarksOf(std::vector<std::int64_t>{}).value().empty());
}

INSTANTIATE_TEST_SUITE_P(Databases, BatchedReads,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
