// The jobs page and its API: who sees it, the counts and filters, and retrying a failed job.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "jobs/queue.hpp"
#include "support/app_server.hpp"

namespace practica::testing {
namespace {
namespace json = boost::json;

class JobsPageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = AppServer::Start();
    ASSERT_NE(server_, nullptr);
  }

  // A job no handler knows: the runner marks it failed at once, with the reason.
  std::int64_t FailedJob() {
    {
      auto db = server_->app().database().Acquire();
      EXPECT_TRUE(jobs::Enqueue(*db, server_->app().tenant().id,
                                {"report.build", "{}", "report:1", kTestNow, 3, kTestNow})
                      .value());
    }
    EXPECT_TRUE(server_->app().jobs().RunDue().has_value());
    return server_->CountRows("SELECT id FROM jobs WHERE kind = 'report.build'");
  }

  std::unique_ptr<AppServer> server_;
};

TEST_F(JobsPageTest, StaffSeeFailedJobsWithTheirErrorAndARetryButton) {
  const auto id = FailedJob();
  auto staff = server_->SignIn("dominic.caguioa@lausd.net");

  auto page = server_->Get("/jobs?state=failed", &staff);

  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"job-counts\""), std::string::npos);
  EXPECT_NE(page.body.find("id=\"job-" + std::to_string(id) + "\""), std::string::npos);
  EXPECT_NE(page.body.find("No handler for jobs of kind report.build."), std::string::npos);
  EXPECT_NE(page.body.find("/jobs/" + std::to_string(id) + "/retry"), std::string::npos);
}

TEST_F(JobsPageTest, TheApiCountsJobsByState) {
  FailedJob();
  auto staff = server_->SignIn("sophia.mendoza@lausd.net");

  auto reply = server_->Get("/api/v1/jobs?kind=report.build", &staff);

  ASSERT_EQ(reply.status, 200);
  const auto body = json::parse(reply.body);
  EXPECT_EQ(body.at("counts").at("failed").as_int64(), 1);
  ASSERT_EQ(body.at("jobs").as_array().size(), 1u);
  EXPECT_EQ(body.at("jobs").at(0).at("state").as_string(), "failed");
}

TEST_F(JobsPageTest, AnUnknownStateFilterIsRefusedNamingTheField) {
  auto staff = server_->SignIn("sophia.mendoza@lausd.net");

  auto reply = server_->Get("/api/v1/jobs?state=paused", &staff);

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(json::parse(reply.body).at("error").at("field").as_string(), "state");
}

TEST_F(JobsPageTest, RetryQueuesTheFailedJobAgainAndAuditsIt) {
  const auto id = FailedJob();
  auto director = server_->SignIn("sophia.mendoza@lausd.net");

  auto reply = server_->PostForm("/jobs/" + std::to_string(id) + "/retry", &director, "");

  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE state = 'queued' AND attempts = 0 AND id = " +
                               std::to_string(id)),
            1);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM audit_log WHERE action = 'jobs.manage'"), 1);
}

TEST_F(JobsPageTest, RetryRefusesAJobThatHasNotFailed) {
  const auto id = FailedJob();
  auto director = server_->SignIn("sophia.mendoza@lausd.net");
  ASSERT_EQ(server_->PostForm("/jobs/" + std::to_string(id) + "/retry", &director, "").status, 303);

  auto again = server_->Send("POST", "/api/v1/jobs/" + std::to_string(id) + "/retry",
                             {{"Cookie", director.cookie}, {"X-CSRF-Token", director.csrf_token}});

  EXPECT_EQ(again.status, 409);
  EXPECT_NE(again.body.find("only a failed job can be retried"), std::string::npos);
}

TEST_F(JobsPageTest, RetryWithoutTheFormTokenChangesNothing) {
  const auto id = FailedJob();
  auto director = server_->SignIn("sophia.mendoza@lausd.net");

  auto reply = server_->PostForm("/jobs/" + std::to_string(id) + "/retry", &director, "", "");

  EXPECT_EQ(reply.status, 403);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE state = 'failed'"), 1);
}

TEST_F(JobsPageTest, ASpecialistMaySeeButNotRetry) {
  const auto id = FailedJob();
  auto specialist = server_->SignIn("dominic.caguioa@lausd.net");

  auto reply = server_->PostForm("/jobs/" + std::to_string(id) + "/retry", &specialist, "");

  EXPECT_EQ(reply.status, 403);
}

TEST_F(JobsPageTest, ACoachMayNotSeeTheJobs) {
  auto coach = server_->SignIn("coach@practica.example");

  EXPECT_EQ(server_->Get("/jobs", &coach).status, 403);
}

}  // namespace
}  // namespace practica::testing
