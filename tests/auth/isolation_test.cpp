// Two districts in one database: nothing of one is visible or writable from the other.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "auth/account_store.hpp"
#include "auth/grant_store.hpp"
#include "auth/secrets.hpp"
#include "features/districts/store/districts_store.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/app_server.hpp"

namespace practica::testing {
namespace {
namespace json = boost::json;

class IsolationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    lausd_ = AppServer::Start();
    ASSERT_NE(lausd_, nullptr);
    // A second district in the same file, with a school, a director and a principal.
    {
      auto db = lausd_->app().database().Acquire();
      auto other = districts::DistrictsStore(*db).Create(
          {0, "valley", "Valley Unified School District", "VUSD", "America/Los_Angeles"});
      ASSERT_TRUE(other.has_value());
      schools::School school;
      school.name = "Valley Oak ES";
      school.type = schools::SchoolType::kElementary;
      ASSERT_TRUE(schools::SchoolsStore(*db, other->id).Create(school));
      people::PeopleStore people(*db, other->id);
      auto director = people.Create({0, "director@valley.example", "Val Director", true});
      ASSERT_TRUE(director);
      ASSERT_TRUE(auth::GrantStore(*db, other->id)
                      .Add({director->id, auth::Role::kDirector, auth::ScopeKind::kDistrict, 0, {2019, 1, 1}, {}},
                           0, kTestNow));
      valley_director_id_ = director->id;
    }
    app::Config config;
    config.database = lausd_->config().database;
    config.district = "valley";
    valley_ = AppServer::Start(config, false);
    ASSERT_NE(valley_, nullptr);
  }

  std::unique_ptr<AppServer> lausd_;
  std::unique_ptr<AppServer> valley_;
  std::int64_t valley_director_id_ = 0;
};

TEST_F(IsolationTest, PagesAndApiShowOnlyTheirOwnDistrict) {
  auto valley_schools = json::parse(valley_->Get("/api/v1/schools").body).as_object();
  auto lausd_schools = json::parse(lausd_->Get("/api/v1/schools?q=valley+oak").body).as_object();

  EXPECT_EQ(valley_schools.at("total").as_int64(), 1);
  EXPECT_EQ(lausd_schools.at("total").as_int64(), 0);
  EXPECT_EQ(valley_->Get("/schools/hope-street-es").status, 404);
  EXPECT_EQ(valley_->Get("/cohorts/ps-3-0").status, 404);
}

TEST_F(IsolationTest, ASessionOfOneDistrictMeansNothingInTheOther) {
  auto sophia = lausd_->SignIn("sophia.mendoza@lausd.net");

  auto at_valley = valley_->Get("/api/v1/people", &sophia);
  auto page_at_valley = valley_->Get("/people", &sophia);

  EXPECT_EQ(at_valley.status, 401);
  EXPECT_EQ(page_at_valley.status, 303);
}

TEST_F(IsolationTest, ADirectorCannotReachOrChangeAnotherDistrictsPeople) {
  auto sophia = lausd_->SignIn("sophia.mendoza@lausd.net");
  const std::string other = std::to_string(valley_director_id_);

  auto read = lausd_->Get("/api/v1/people/" + other, &sophia);
  auto deactivate = lausd_->PostForm("/people/" + other + "/deactivate", &sophia, "");
  auto listed = json::parse(lausd_->Get("/api/v1/people?q=valley", &sophia).body).as_object();

  EXPECT_EQ(read.status, 404);
  EXPECT_EQ(deactivate.status, 404);
  EXPECT_EQ(listed.at("total").as_int64(), 0);
  EXPECT_EQ(valley_->CountRows("SELECT active FROM people WHERE email = 'director@valley.example'"), 1);
}

}  // namespace
}  // namespace practica::testing
