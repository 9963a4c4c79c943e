// Program staff correct a cohort's goals and timeline, over real HTTP on the demo, on SQLite
// and PostgreSQL: what they save is what the cohort's page says, each change is audited, a
// refused form keeps what was typed, and nobody else may change them.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {
namespace json = boost::json;

const std::string kDirector = "sophia.mendoza@lausd.net";

class PlanRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
  }

  Reply PostJson(const std::string& target, const SignedIn& who, const std::string& body) {
    return server_->PostJson(target, who, body);
  }

  json::object Cohort(const SignedIn& who) {
    return json::parse(server_->Get("/api/v1/cohorts/ps-4-0", &who).body).as_object();
  }

  std::int64_t Audited(const std::string& like) {
    return server_->CountRows("SELECT COUNT(*) FROM audit_log WHERE action = 'cohorts.manage' AND record_type = 'cohort'"
                              " AND record_id = 'ps-4-0' AND reason LIKE '" + like + "'");
  }

  std::unique_ptr<AppServer> server_;
};

TEST_P(PlanRoutes, GoalsSavedOnThePageAreWhatTheCohortPageSaysAndAreAudited) {
  const auto director = server_->SignIn(kDirector);
  const auto before = Cohort(director).at("goals").as_array().size();
  ASSERT_GT(before, 0u);
  auto page = server_->Get("/cohorts/ps-4-0/plan", &director);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"goals-text\""), std::string::npos);

  auto saved = server_->PostForm("/cohorts/ps-4-0/plan/goals", &director,
                                 "goals=Collaborate+with+a+partner+school%0D%0A%0D%0AShare+promising+practices");
  ASSERT_EQ(saved.status, 303);
  EXPECT_EQ(saved.headers.at("location"), "/cohorts/ps-4-0/plan?saved=goals#goals");
  const auto goals = Cohort(director).at("goals").as_array();
  ASSERT_EQ(goals.size(), 2u);
  EXPECT_EQ(goals[0].as_string(), "Collaborate with a partner school");
  EXPECT_EQ(goals[1].as_string(), "Share promising practices");
  EXPECT_NE(server_->Get("/cohorts/ps-4-0", &director).body.find("<li>Share promising practices</li>"), std::string::npos);
  EXPECT_EQ(Audited("Goals of PS 4.0: " + std::to_string(before) + " → 2"), 1);
}

TEST_P(PlanRoutes, ARefusedFormSaysWhyKeepsWhatWasTypedAndChangesNothing) {
  const auto director = server_->SignIn(kDirector);
  const auto timeline = Cohort(director).at("timeline").as_array().size();
  auto refused = server_->PostForm("/cohorts/ps-4-0/plan/timeline", &director,
                                   "title=Partner+school+visit&on=2019-10-07&at=&until_on=2019-10-01&until_at=");
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("It ends before it starts"), std::string::npos) << refused.body;
  EXPECT_NE(refused.body.find("value=\"Partner school visit\""), std::string::npos);
  EXPECT_NE(refused.body.find("value=\"2019-10-07\""), std::string::npos);
  EXPECT_EQ(Cohort(director).at("timeline").as_array().size(), timeline);

  auto no_goals = server_->PostForm("/cohorts/ps-4-0/plan/goals", &director, "goals=+%0D%0A");
  EXPECT_EQ(no_goals.status, 422);
  EXPECT_NE(no_goals.body.find("Write at least one goal"), std::string::npos);
  EXPECT_GT(Cohort(director).at("goals").as_array().size(), 0u);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM audit_log WHERE action = 'cohorts.manage'"
                               " AND record_type = 'cohort'"),
            0);
}

TEST_P(PlanRoutes, TheApiAddsMovesAndRemovesATimelineItem) {
  const auto director = server_->SignIn(kDirector);
  const auto timeline = Cohort(director).at("timeline").as_array().size();
  auto added = PostJson("/api/v1/cohorts/ps-4-0/timeline", director,
                        R"({"title": "Partner school visit", "on": "2019-10-07", "at": "09:00", "until_at": "11:30"})");
  ASSERT_EQ(added.status, 201) << added.body;
  std::int64_t id = 0;
  const auto answer = json::parse(added.body);
  for (const auto& item : answer.at("timeline").as_array()) {
    if (item.at("title").as_string() == "Partner school visit") {
      id = item.at("id").as_int64();
      EXPECT_EQ(item.at("when").as_string(), "Monday, October 7, 2019, 9:00 AM to 11:30 AM");
    }
  }
  ASSERT_NE(id, 0);
  const std::string path = "/api/v1/cohorts/ps-4-0/timeline/" + std::to_string(id);
  auto moved = PostJson(path, director, R"({"title": "Partner school visit", "on": "2019-10-14", "shown_as": "week"})");
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_NE(moved.body.find("Week of October 14, 2019"), std::string::npos) << moved.body;
  EXPECT_EQ(Audited("%Partner school visit (Monday, October 7, 2019, 9:00 AM to 11:30 AM) → Partner school visit "
                    "(Week of October 14, 2019)%"),
            1);
  auto removed = PostJson(path + "/delete", director, "{}");
  ASSERT_EQ(removed.status, 200);
  EXPECT_EQ(json::parse(removed.body).at("timeline").as_array().size(), timeline);
  EXPECT_EQ(PostJson(path + "/delete", director, "{}").status, 404);
  EXPECT_EQ(PostJson("/api/v1/cohorts/ps-4-0/goals", director, R"({"goals": "one text"})").status, 200);
  EXPECT_EQ(PostJson("/api/v1/cohorts/ps-4-0/goals", director, R"({"aims": []})").status, 422);
}

TEST_P(PlanRoutes, OnlyProgramStaffMayChangeThem) {
  for (const std::string email : {"principal@practica.example", "coach@practica.example", "teacher@practica.example"}) {
    const auto who = server_->SignIn(email);
    EXPECT_EQ(server_->Get("/cohorts/ps-4-0/plan", &who).status, 403) << email;
    EXPECT_EQ(server_->PostForm("/cohorts/ps-4-0/plan/goals", &who, "goals=Mine").status, 403) << email;
    EXPECT_EQ(PostJson("/api/v1/cohorts/ps-4-0/timeline", who, R"({"title": "x", "on": "2019-10-07"})").status, 403)
        << email;
  }
  EXPECT_EQ(server_->Get("/cohorts/ps-4-0/plan").status, 303);  // signed out: to the sign-in page
}

INSTANTIATE_TEST_SUITE_P(Databases, PlanRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
