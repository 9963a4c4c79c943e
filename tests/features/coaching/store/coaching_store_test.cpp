// The coaching stores on a SQLite file and on PostgreSQL: what a read returns after a write, and
// the observation gate (a record to its teacher and coach only, counts only over five).
#include "features/coaching/store/coaching_store.hpp"

#include <gtest/gtest.h>

#include "auth/grant_store.hpp"
#include "features/coaching/store/cycles_store.hpp"
#include "features/coaching/store/observations_store.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"

namespace practica::coaching {
namespace {

class CoachingStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_ = testing::NewDistrict(db());
    garvanza_ = AddSchool("Garvanza ES");
    hope_ = AddSchool("Hope Street ES");
    coach_ = AddPerson("Ramon Castillo", "coach");
    principal_ = AddPerson("Elena Ortiz", "principal");
    priya_ = AddPerson("Priya Shah", "priya");
    luis_ = AddPerson("Luis Navarro", "luis");
    ASSERT_TRUE(auth::GrantStore(db(), district_).AssignToCaseload(coach_, garvanza_, 1).has_value());
    for (auto id : {priya_, luis_}) {
      ASSERT_TRUE(people::PeopleStore(db(), district_).AddToSchool(garvanza_, id, people::StaffRole::kTeacher));
    }
  }

  db::Connection& db() { return **lease_; }

  std::int64_t AddPerson(const std::string& name, const std::string& user) {
    return people::PeopleStore(db(), district_).Create({0, user + "@practica.example", name, true}).value().id;
  }

  std::int64_t AddSchool(const std::string& name) {
    schools::School school;
    school.name = name;
    school.type = schools::SchoolType::kElementary;
    return schools::SchoolsStore(db(), district_).Create(school).value().id;
  }

  std::int64_t Observe(std::int64_t teacher, const std::string& samr) {
    ObservationDraft d{coach_, garvanza_, teacher, {2018, 10, 9}, "1.4.c", samr, "Prototypes tested.", "On task.", "n"};
    return ObservationsStore(db(), district_).Add(d, false, 1).value();
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::int64_t district_ = 0, garvanza_ = 0, hope_ = 0, coach_ = 0, principal_ = 0, priya_ = 0, luis_ = 0;
};

TEST_P(CoachingStoreTest, ReadsTheCaseloadAndItsStaff) {
  CoachingStore store(db(), district_);

  const auto caseload = store.Caseload(coach_).value();
  const auto staff = store.Staff({garvanza_}).value();

  ASSERT_EQ(caseload.size(), 1u);
  EXPECT_EQ(caseload[0].id, garvanza_);
  ASSERT_EQ(staff.size(), 2u);
  EXPECT_EQ(staff[0].name, "Luis Navarro");
}

TEST_P(CoachingStoreTest, ReadsAnEntryBackWithThePeopleItNames) {
  CoachingStore store(db(), district_);
  EntryDraft d{coach_, garvanza_, {2018, 10, 2}, 50, "co_teach", {priya_, luis_}, "1.4.c", "private", false,
               "Share the checklist", core::LocalDate{2018, 10, 16}};

  const auto id = store.Add(d, true, 1).value();
  const auto entries = store.Entries(EntryFilter{coach_, 0, 10}).value();
  const auto naming_priya = store.Entries(EntryFilter{0, priya_, 10}).value();
  const auto due = store.FollowUps(coach_, {2018, 10, 20}).value();
  const auto last = store.LastCoached({garvanza_}).value();

  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].id, id);
  EXPECT_EQ(entries[0].people.size(), 2u);
  EXPECT_TRUE(entries[0].illustrative);
  EXPECT_EQ(VisibleNotes(entries[0], coach_), "private");
  EXPECT_EQ(VisibleNotes(naming_priya.at(0), priya_), "");
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(last.at(priya_), (core::LocalDate{2018, 10, 2}));
  ASSERT_TRUE(store.MarkDone(coach_, id));
  EXPECT_TRUE(store.FollowUps(coach_, {2018, 10, 20}).value().empty());
  EXPECT_EQ(store.MarkDone(principal_, id).error().code, core::ErrorCode::kNotFound);
}

TEST_P(CoachingStoreTest, GivesAnObservationOnlyToItsTeacherAndCoach) {
  const auto id = Observe(priya_, "M");
  ObservationsStore store(db(), district_);

  EXPECT_EQ(store.Read(priya_, id).value().samr, "M");
  EXPECT_EQ(store.Read(coach_, id).value().teacher_name, "Priya Shah");
  EXPECT_EQ(store.Read(principal_, id).error().code, core::ErrorCode::kNotFound);
  EXPECT_TRUE(store.ListFor(principal_).value().empty());
  EXPECT_EQ(store.Reflect(principal_, id, "x", 2).error().code, core::ErrorCode::kNotFound);
  ASSERT_TRUE(store.Reflect(priya_, id, "Longer testing next time.", 2));
  EXPECT_EQ(store.Read(coach_, id).value().reflection, "Longer testing next time.");
}

TEST_P(CoachingStoreTest, CountsOnlyOverFiveObservations) {
  for (int i = 0; i < 4; ++i) Observe(i % 2 == 0 ? priya_ : luis_, "A");
  ObservationsStore store(db(), district_);
  core::SchoolScope garvanza{false, {garvanza_}, {}};

  const auto four = store.AggregateWithin(garvanza).value();
  Observe(luis_, "R");
  const auto five = store.AggregateWithin(garvanza).value();
  const auto hope = store.AggregateWithin(core::SchoolScope{false, {hope_}, {}}).value();

  EXPECT_FALSE(four.has_value());
  ASSERT_TRUE(five.has_value());
  EXPECT_EQ(five->by_samr.at("A"), 4);
  EXPECT_EQ(five->by_samr.at("R"), 1);
  EXPECT_FALSE(hope.has_value());
}

// The one-open-cycle rule is held by a key as well as read before a start: a second start with
// the same teacher that got past the read (two posts racing) is refused, and once the first
// cycle's next step is recorded a new one can start.
TEST_P(CoachingStoreTest, HoldsOneOpenCycleWithATeacherByItsKey) {
  CyclesStore cycles(db(), district_);
  const CycleDraft draft{coach_, garvanza_, priya_, "1.4.b", {2018, 10, 1}};
  auto first = cycles.Add(draft, false, 1);
  ASSERT_TRUE(first) << first.error().message;

  auto second = cycles.Add(draft, false, 2);
  auto with_luis = cycles.Add(CycleDraft{coach_, garvanza_, luis_, "1.4.b", {2018, 10, 1}}, false, 3);

  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(second.error().field, "teacher");
  EXPECT_TRUE(with_luis);
  EXPECT_EQ(cycles.OpenWith(coach_).value(), (std::set<std::int64_t>{priya_, luis_}));

  for (auto step : {CycleStep::kPlanning, CycleStep::kLesson, CycleStep::kDebrief, CycleStep::kNextStep}) {
    std::optional<core::LocalDate> due;
    if (step == CycleStep::kNextStep) due = core::LocalDate{2018, 10, 30};
    ASSERT_TRUE(cycles.AddStep(*first, StepRecord{step, {2018, 10, 2}, "n", due}, 4));
  }
  EXPECT_EQ(cycles.OpenWith(coach_).value(), (std::set<std::int64_t>{luis_}));
  EXPECT_TRUE(cycles.Add(draft, false, 5));
}

INSTANTIATE_TEST_SUITE_P(BothDialects, CoachingStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::coaching
