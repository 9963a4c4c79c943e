// A district of its own on a real SQLite file or the rig's PostgreSQL, with a program, a cohort
// (PS 3.0 with its window and a timeline) and schools, for the applications stores' tests.
#pragma once

#include <gtest/gtest.h>

#include "features/cohorts/store/cohorts_store.hpp"
#include "features/districts/store/districts_store.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"

namespace practica::applications {

class StoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_ = testing::NewDistrict(db());
    zone_ = core::TimeZone::Locate("America/Los_Angeles").value();
    cohorts::CohortsStore cohorts(db(), district_);
    program_ = cohorts.CreateProgram({0, "practitioner-schools", "Practitioner Schools", "s"})->id;
    cohorts::Cohort ps3;
    ps3.program_id = program_;
    ps3.slug = "ps-3-0";
    ps3.number = "3.0";
    ps3.title = "Innovative Designer";
    ps3.focus_standard_code = "1.4";
    ps3.school_year = "2018-2019";
    ps3.announced_on = "2018-03-08";
    ps3.applications_open_at = At(2018, 3, 8, 0);
    ps3.applications_close_at = At(2018, 4, 6, 16);
    ps3.timeline = {{0, "Deadline to Apply for PS 3.0", At(2018, 4, 6, 16), std::nullopt, cohorts::Precision::kTime},
                    {0, "Schools are notified of their application status", At(2018, 5, 14, 0), std::nullopt,
                     cohorts::Precision::kWeek}};
    cohort_ = cohorts.CreateCohort(ps3).value();
    districts::DistrictsStore districts(db());
    east_ = districts.AddLocalDistrict(district_, "East").value().id;
    northeast_ = districts.AddLocalDistrict(district_, "Northeast").value().id;
    hope_ = AddSchool("Hope Street ES", east_);
    garvanza_ = AddSchool("Garvanza ES", northeast_);
  }

  db::Connection& db() { return **lease_; }

  std::int64_t At(int y, int mo, int d, int h, int mi = 0) { return zone_.ToUtc({{y, mo, d}, h, mi}).value(); }

  std::int64_t AddSchool(const std::string& name, std::int64_t local_district_id) {
    schools::School school;
    school.name = name;
    school.type = schools::SchoolType::kElementary;
    school.local_district_id = local_district_id;
    return schools::SchoolsStore(db(), district_).Create(school).value().id;
  }

  std::int64_t AddPerson(const std::string& email) {
    return people::PeopleStore(db(), district_).Create({0, email, email.substr(0, email.find('@')), true}).value().id;
  }

  std::int64_t Count(const std::string& sql) {
    return db().QueryInt(sql, {district_}).value().value_or(-1);
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::int64_t district_ = 0;
  std::int64_t program_ = 0;
  std::int64_t east_ = 0;
  std::int64_t northeast_ = 0;
  std::int64_t hope_ = 0;
  std::int64_t garvanza_ = 0;
  cohorts::Cohort cohort_;
  core::TimeZone zone_ = core::TimeZone::Locate("UTC").value();
};

}  // namespace practica::applications
