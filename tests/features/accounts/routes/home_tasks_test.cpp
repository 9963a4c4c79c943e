// The home page's "What needs doing", over real HTTP on the demo's history: each person sees
// the work waiting for them, with how many and a link, urgent work first; a finished school
// year is history, not work.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "jobs/queue.hpp"
#include "support/app_server.hpp"

namespace practica::testing {
namespace {
namespace json = boost::json;

// Tuesday, May 28, 2019, 5 am in Los Angeles: PS 3.0's last weeks of coach support.
constexpr std::int64_t kLateMay2019 = 1559044800;
// Tuesday, September 3, 2019, 8 am: PS 4.0's school year has begun; of its 17 schools only
// Garvanza's principal has signed the agreement.
constexpr std::int64_t kSeptember2019 = 1567522800;

class HomeTasksTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = AppServer::Start();
    ASSERT_NE(server_, nullptr);
  }

  // The text of the home page's task list, or "" when it has none.
  std::string Tasks(const SignedIn& who) {
    const auto home = server_->Get("/home", &who);
    EXPECT_EQ(home.status, 200);
    const auto at = home.body.find("id=\"tasks\"");
    if (at == std::string::npos) return "";
    return home.body.substr(at, home.body.find("</ul>", at) - at);
  }

  std::unique_ptr<AppServer> server_;
};

TEST_F(HomeTasksTest, ShowsTheDirectorTheEvidenceWaitingToBeVerifiedDuringTheYear) {
  server_->clock().Set(kLateMay2019);
  auto director = server_->SignIn("sophia.mendoza@lausd.net");

  const auto tasks = Tasks(director);

  EXPECT_NE(tasks.find("6 pieces of evidence to verify in PS 3.0"), std::string::npos) << tasks;
  EXPECT_NE(tasks.find("href=\"/cohorts/ps-3-0/commitments\""), std::string::npos) << tasks;
}

TEST_F(HomeTasksTest, PutsEvidenceReturnedToAPrincipalFirstAndSaysItNeedsAttention) {
  server_->clock().Set(kLateMay2019);
  auto hope = server_->SignIn("principal.hope@practica.example");

  const auto tasks = Tasks(hope);

  EXPECT_NE(tasks.find("<strong>Needs attention:</strong> 1 commitment returned with the coach&apos;s note (PS 3.0)"),
            std::string::npos)
      << tasks;
  EXPECT_NE(tasks.find("href=\"/cohorts/ps-3-0/schools/hope-street-es/commitments\""), std::string::npos) << tasks;
}

TEST_F(HomeTasksTest, LeavesAFinishedYearOutAndSaysNothingWaits) {
  auto hope = server_->SignIn("principal.hope@practica.example");

  const auto home = server_->Get("/home", &hope);

  EXPECT_EQ(home.body.find("returned with the coach"), std::string::npos) << "PS 3.0 ended in June 2019";
  EXPECT_NE(home.body.find("id=\"tasks-none\""), std::string::npos);
}

TEST_F(HomeTasksTest, AsksEachSignerForTheAgreementsThatWaitForThemAndNoOneElse) {
  server_->clock().Set(kSeptember2019);
  auto hope = server_->SignIn("principal.hope@practica.example");
  auto garvanza = server_->SignIn("principal@practica.example");
  auto northeast = server_->SignIn("director.northeast@practica.example");
  auto director = server_->SignIn("sophia.mendoza@lausd.net");

  const auto hope_tasks = Tasks(hope);
  const auto northeast_tasks = Tasks(northeast);

  EXPECT_NE(hope_tasks.find("Sign PS 4.0&apos;s agreement for Hope Street ES"), std::string::npos) << hope_tasks;
  EXPECT_NE(hope_tasks.find("href=\"/cohorts/ps-4-0/schools/hope-street-es/participation\""), std::string::npos);
  EXPECT_EQ(Tasks(garvanza).find("Sign PS 4.0"), std::string::npos) << "Garvanza's principal signed in 2019";
  EXPECT_NE(northeast_tasks.find("agreement for Garvanza Elementary Technology and Leadership Magnet"),
            std::string::npos)
      << northeast_tasks;
  EXPECT_EQ(northeast_tasks.find("Hope Street"), std::string::npos) << "Hope Street is in another local district";
  EXPECT_NE(Tasks(director).find("17 schools with an agreement awaiting signatures in PS 4.0"), std::string::npos);
}

TEST_F(HomeTasksTest, StopsAskingForSignaturesOnceTheirSchoolYearHasEnded) {
  auto hope = server_->SignIn("principal.hope@practica.example");
  auto director = server_->SignIn("sophia.mendoza@lausd.net");

  EXPECT_EQ(Tasks(hope).find("Sign PS"), std::string::npos) << "PS 4.0 ended in June 2020";
  EXPECT_EQ(Tasks(director).find("awaiting signatures"), std::string::npos);
}

TEST_F(HomeTasksTest, TellsStaffOfFailedJobsAndNobodyElse) {
  {
    auto db = server_->app().database().Acquire();
    ASSERT_TRUE(jobs::Enqueue(*db, server_->app().tenant().id, {"report.build", "{}", "report:1", kTestNow, 1, kTestNow})
                    .value());
  }
  ASSERT_TRUE(server_->app().jobs().RunDue().has_value());
  auto director = server_->SignIn("sophia.mendoza@lausd.net");
  auto teacher = server_->SignIn("teacher@practica.example");

  const auto tasks = Tasks(director);
  const auto me = json::parse(server_->Get("/api/v1/me", &director).body).as_object();

  EXPECT_NE(tasks.find("1 job failed"), std::string::npos) << tasks;
  EXPECT_NE(tasks.find("href=\"/jobs?state=failed\""), std::string::npos) << tasks;
  EXPECT_EQ(Tasks(teacher).find("failed"), std::string::npos);
  ASSERT_FALSE(me.at("tasks").as_array().empty());
  EXPECT_EQ(me.at("tasks").as_array()[0].at("url").as_string(), "/jobs?state=failed");
  EXPECT_TRUE(me.at("tasks").as_array()[0].at("urgent").as_bool());
}

}  // namespace
}  // namespace practica::testing
