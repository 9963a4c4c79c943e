// The addresses the account page links a person's roles to, on a SQLite file and on PostgreSQL.
#include "features/accounts/store/addresses_store.hpp"

#include <gtest/gtest.h>

#include "features/cohorts/store/cohorts_store.hpp"
#include "features/districts/store/districts_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"

namespace practica::accounts {
namespace {

class AddressesStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_ = testing::NewDistrict(db());
    store_.emplace(db(), district_);
  }

  db::Connection& db() { return **lease_; }

  std::int64_t AddSchool(std::int64_t district, const std::string& name) {
    schools::School school;
    school.name = name;
    return schools::SchoolsStore(db(), district).Create(school).value().id;
  }

  void AddCohort(const std::string& slug, const std::string& number, const std::string& year) {
    cohorts::CohortsStore cohorts(db(), district_);
    if (program_ == 0) program_ = cohorts.CreateProgram({0, "practitioner-schools", "Practitioner Schools", "s"})->id;
    cohorts::Cohort cohort;
    cohort.program_id = program_;
    cohort.slug = slug;
    cohort.number = number;
    cohort.title = "Cohort " + number;
    cohort.focus_standard_code = "1.4";
    cohort.school_year = year;
    cohort.announced_on = "2018-03-08";
    ASSERT_TRUE(cohorts.CreateCohort(cohort).has_value());
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::optional<AddressesStore> store_;
  std::int64_t district_ = 0;
  std::int64_t program_ = 0;
};

TEST_P(AddressesStoreTest, ReadsSchoolsInTheOrderAskedLeavingOutUnknownOnes) {
  const auto hope = AddSchool(district_, "Hope Street ES");
  const auto garvanza = AddSchool(district_, "Garvanza ES");

  const auto schools = store_->Schools({hope, 987654321, garvanza}).value();

  ASSERT_EQ(schools.size(), 2u);
  EXPECT_EQ(schools[0].id, hope);
  EXPECT_EQ(schools[0].slug, "hope-street-es");
  EXPECT_EQ(schools[0].name, "Hope Street ES");
  EXPECT_EQ(schools[1].slug, "garvanza-es");
}

TEST_P(AddressesStoreTest, ReadsNoSchoolOfAnotherDistrict) {
  const auto theirs = AddSchool(testing::NewDistrict(db(), "Other"), "Hope Street ES");

  const auto schools = store_->Schools({theirs}).value();

  EXPECT_TRUE(schools.empty());
}

TEST_P(AddressesStoreTest, ReadsALocalDistrictsShortNameAndNothingForAnUnknownOne) {
  const auto northeast = districts::DistrictsStore(db()).AddLocalDistrict(district_, "Northeast").value().id;
  const auto theirs =
      districts::DistrictsStore(db()).AddLocalDistrict(testing::NewDistrict(db(), "Other"), "East").value().id;

  const auto slug = store_->LocalDistrictSlug(northeast).value();
  const auto other = store_->LocalDistrictSlug(theirs).value();

  EXPECT_EQ(slug, "northeast");
  EXPECT_EQ(other, "");
}

TEST_P(AddressesStoreTest, TheNewestCohortIsTheOneOfTheLatestSchoolYear) {
  AddCohort("ps-2-0", "2.0", "2017-2018");
  AddCohort("ps-3-0", "3.0", "2018-2019");
  AddCohort("ps-1-0", "1.0", "2016-2017");

  const auto newest = store_->NewestCohortSlug().value();

  EXPECT_EQ(newest, "ps-3-0");
}

TEST_P(AddressesStoreTest, ThereIsNoNewestCohortBeforeTheFirst) {
  const auto newest = store_->NewestCohortSlug().value();

  EXPECT_EQ(newest, "");
}

INSTANTIATE_TEST_SUITE_P(BothDialects, AddressesStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::accounts
