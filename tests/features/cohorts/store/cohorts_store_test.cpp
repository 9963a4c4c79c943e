#include "features/cohorts/store/cohorts_store.hpp"

#include <gtest/gtest.h>

#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"
#include "features/participations/store/participations_store.hpp"

namespace practica::cohorts {
namespace {

class CohortsStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_ = testing::NewDistrict(**lease_);
    store_.emplace(**lease_, district_);
    program_ = store_->CreateProgram({0, "practitioner-schools", "Practitioner Schools", "s"})->id;
  }

  Cohort Ps3() {
    Cohort cohort;
    cohort.program_id = program_;
    cohort.slug = "ps-3-0";
    cohort.number = "3.0";
    cohort.title = "Innovative Designer";
    cohort.focus_standard_code = "1.4";
    cohort.school_year = "2018-2019";
    cohort.announced_on = "2018-03-08";
    cohort.applications_open_at = 1520496000;
    cohort.applications_close_at = 1523055600;
    cohort.goals = {"First goal", "Second goal"};
    cohort.timeline = {{0, "Deadline to Apply for PS 3.0", 1523055600, std::nullopt, Precision::kTime},
                       {0, "Application window opens", 1520496000, std::nullopt, Precision::kDay}};
    return cohort;
  }

  std::int64_t AddSchool(const std::string& name, schools::SchoolType type) {
    schools::School school;
    school.name = name;
    school.type = type;
    return schools::SchoolsStore(**lease_, district_).Create(school)->id;
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::int64_t district_ = 0;
  std::int64_t program_ = 0;
  std::optional<CohortsStore> store_;
};

TEST_P(CohortsStoreTest, ReadsBackGoalsInOrderAndTheTimelineByDate) {
  ASSERT_TRUE(store_->CreateCohort(Ps3()).has_value());

  auto found = store_->FindBySlug("ps-3-0");

  ASSERT_TRUE(found.has_value() && found->has_value());
  const auto& cohort = **found;
  EXPECT_EQ(cohort.goals, (std::vector<std::string>{"First goal", "Second goal"}));
  ASSERT_EQ(cohort.timeline.size(), 2u);
  EXPECT_EQ(cohort.timeline[0].title, "Application window opens");
  EXPECT_EQ(cohort.timeline[1].precision, Precision::kTime);
  EXPECT_EQ(cohort.applications_close_at, 1523055600);
}

TEST_P(CohortsStoreTest, CountsAndFiltersTheCohortsSchools) {
  const auto cohort = store_->CreateCohort(Ps3())->id;
  ASSERT_TRUE(participations::ParticipationsStore(**lease_, district_).AddSchool(cohort, AddSchool("Madison MS", schools::SchoolType::kMiddle), "Madison MS"));
  ASSERT_TRUE(participations::ParticipationsStore(**lease_, district_).AddSchool(cohort, AddSchool("Hope Street ES", schools::SchoolType::kElementary), "Hope Street ES"));

  auto middle = store_->Schools(cohort, {.type = schools::SchoolType::kMiddle});
  auto listed = store_->List();

  ASSERT_EQ(middle->size(), 1u);
  EXPECT_EQ(middle->front().name, "Madison MS");
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().school_count, 2);
}

TEST_P(CohortsStoreTest, RefusesTheSameSchoolTwiceInACohort) {
  const auto cohort = store_->CreateCohort(Ps3())->id;
  const auto school = AddSchool("Gompers MS", schools::SchoolType::kMiddle);
  ASSERT_TRUE(participations::ParticipationsStore(**lease_, district_).AddSchool(cohort, school, "Gompers MS"));

  auto again = participations::ParticipationsStore(**lease_, district_).AddSchool(cohort, school, "Samuel Gompers MS");

  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(again.error().message, "Samuel Gompers MS is already part of this cohort.");
}

TEST_P(CohortsStoreTest, RefusesAWindowThatClosesBeforeItOpens) {
  auto cohort = Ps3();
  cohort.applications_close_at = *cohort.applications_open_at - 1;

  auto created = store_->CreateCohort(cohort);

  ASSERT_FALSE(created.has_value());
  EXPECT_EQ(created.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(created.error().message,
            "Applications for PS 3.0 must close after they open; move the deadline later.");
  EXPECT_EQ(store_->FindBySlug("ps-3-0")->has_value(), false);
}

INSTANTIATE_TEST_SUITE_P(BothDialects, CohortsStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::cohorts
