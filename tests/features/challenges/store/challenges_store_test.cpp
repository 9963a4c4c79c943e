// The challenges store on both databases: the demo's challenges read back, and a school's
// challenge written step by step and read back.
#include "features/challenges/store/challenges_store.hpp"

#include <gtest/gtest.h>

#include "support/app_server.hpp"

namespace practica::testing {
namespace {

using namespace practica::challenges;

class ChallengesStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
  }
  std::unique_ptr<AppServer> server_;
};

TEST_P(ChallengesStoreTest, ReadsTheDemosChallengeWithStepsCyclesAndComments) {
  auto db = server_->app().database().Acquire();
  ChallengesStore store(*db, server_->app().tenant().id);
  const auto cohort = store.FindCohort("ps-3-0").value().value();
  const auto school = store.FindSchool("garvanza-elementary-technology-and-leadership-magnet").value().value();

  auto record = store.Load(cohort.id, school.id).value();

  ASSERT_TRUE(record.has_value());
  EXPECT_TRUE(record->statement.starts_with("How might we leverage digital tools"));
  EXPECT_EQ(record->indicators.front(), "1.4.a");
  EXPECT_TRUE(record->illustrative);
  EXPECT_EQ(record->steps.size(), 4u);
  ASSERT_EQ(record->cycles.size(), 2u);
  EXPECT_TRUE(record->cycles[0].closed());
  EXPECT_EQ(record->cycles[0].decision, Decision::kAdapt);
  EXPECT_FALSE(record->cycles[1].closed());
  EXPECT_EQ(record->comments.size(), 1u);
  EXPECT_EQ(StageOf(record->ProgressOf()).Label(), "Cycle 2");
}

TEST_P(ChallengesStoreTest, WritesAChallengeAndReadsItBack) {
  auto db = server_->app().database().Acquire();
  ChallengesStore store(*db, server_->app().tenant().id);
  const auto cohort = store.FindCohort("ps-3-0").value().value();
  const auto school = store.FindSchool("san-pascual-steam-magnet").value().value();

  const auto id = store.Ensure(cohort.id, school.id, 0, 1536361200).value();
  ASSERT_TRUE(store.SaveProblem(id, {"Problem", "Evidence", "https://a.example", "Grade 5"}, 0, 1536361200).has_value());
  ASSERT_TRUE(store.SaveStatement(id, "How might we try?", {"1.4.a", "1.1.c"}, {"P3"}, 0, 1536361200).has_value());
  ActionStep step;
  step.what = "Interviews";
  step.due_on = core::LocalDate{2018, 10, 5};
  const auto added = store.AddStep(id, step, 0, 1536361200).value();
  Cycle cycle;
  cycle.try_text = "A lesson";
  auto opened = store.OpenCycle(id, cycle, 0, 1536361200).value();
  opened.happened = "It went well";
  opened.decision = Decision::kAbandon;
  ASSERT_TRUE(store.SaveCycle(opened, true, 0, 1539000000).has_value());
  const auto again = store.SaveCycle(opened, true, 0, 1539000000);
  ASSERT_TRUE(store.Share(id, 0, 1539000000).value());

  auto record = store.Load(cohort.id, school.id).value().value();
  EXPECT_EQ(added.number, 1);
  EXPECT_EQ(record.problem.affects, "Grade 5");
  EXPECT_EQ(record.indicators, (std::vector<std::string>{"1.4.a", "1.1.c"}));
  EXPECT_EQ(record.cs_practices, (std::vector<std::string>{"P3"}));
  EXPECT_EQ(record.steps.at(0).due_on, (core::LocalDate{2018, 10, 5}));
  EXPECT_EQ(record.cycles.at(0).decision, Decision::kAbandon);
  EXPECT_EQ(record.cycles.at(0).closed_at, 1539000000);
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
  EXPECT_TRUE(record.shared_at.has_value());
  EXPECT_FALSE(store.Share(id, 0, 1539000001).value());
}

TEST_P(ChallengesStoreTest, GalleryListsEverySchoolOfTheCohort) {
  auto db = server_->app().database().Acquire();
  ChallengesStore store(*db, server_->app().tenant().id);
  const auto cohort = store.FindCohort("ps-3-0").value().value();

  const auto rows = store.Gallery(cohort.id).value();

  EXPECT_GE(rows.size(), 20u);
  int written = 0;
  for (const auto& row : rows) {
    if (row.challenge_id == 0) continue;
    ++written;
    EXPECT_TRUE(row.shared);
    EXPECT_EQ(row.progress.cycles, 2);
    EXPECT_EQ(row.progress.open_cycles, 1);
  }
  EXPECT_EQ(written, 3);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ChallengesStoreTest, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return info.param == db::Dialect::kSqlite ? "SQLite" : "PostgreSQL"; });

}  // namespace
}  // namespace practica::testing
