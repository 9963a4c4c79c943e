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

// The home page's late counts agree with the grid each person can open: staff count the
// schools with a late commitment, a coach the late items of the caseload, the principal their
// school's. Late May 2019 is inside PS 3.0's year, so its late items are still late.
TEST_F(HomeTasksTest, CountsLateCommitmentsAsTheGridDoesForEachPersonWhoAnswersForThem) {
  server_->clock().Set(kLateMay2019);
  const auto grid_late = [&](const SignedIn& who, bool schools) {
    const auto grid = server_->Get("/api/v1/cohorts/ps-3-0/commitments", &who);
    EXPECT_EQ(grid.status, 200);
    std::int64_t count = 0;
    const auto parsed = json::parse(grid.body);
    for (const auto& row : parsed.as_object().at("schools").as_array()) {
      const auto late = row.as_object().at("late").as_int64();
      count += schools ? (late > 0 ? 1 : 0) : late;
    }
    return count;
  };
  auto director = server_->SignIn("sophia.mendoza@lausd.net");
  const auto schools_behind = grid_late(director, true);
  ASSERT_GT(schools_behind, 0);
  EXPECT_NE(Tasks(director).find(std::to_string(schools_behind) + " school" + (schools_behind == 1 ? "" : "s") +
                                 " with late commitments in PS 3.0"),
            std::string::npos)
      << Tasks(director);

  auto coach = server_->SignIn("coach@practica.example");
  const auto caseload_late = grid_late(coach, false);  // the grid shows a coach the caseload only
  ASSERT_GT(caseload_late, 0);
  EXPECT_NE(Tasks(coach).find(std::to_string(caseload_late) + " late commitment" + (caseload_late == 1 ? "" : "s") +
                              " at the schools you coach in PS 3.0"),
            std::string::npos)
      << Tasks(coach);
  EXPECT_EQ(Tasks(coach).find("with late commitments"), std::string::npos);  // not the district's count

  auto elena = server_->SignIn("principal@practica.example");
  const auto garvanza_late = grid_late(elena, false);
  const auto tasks = Tasks(elena);
  if (garvanza_late > 0) {
    EXPECT_NE(tasks.find(std::to_string(garvanza_late) + " commitment" + (garvanza_late == 1 ? "" : "s") +
                         " late at Garvanza"),
              std::string::npos)
        << tasks;
  } else {
    EXPECT_EQ(tasks.find(" late at "), std::string::npos) << tasks;
  }
  EXPECT_EQ(tasks.find("with late commitments"), std::string::npos) << tasks;
}

// Through PS 3.0's year (2018-2019), every two weeks from Monday, August 6, 2018: whenever San
// Pascual's checklist shows commitments due within two weeks, its principal's home page says
// how many, and says nothing when none are. At least once in the year something is due soon.
TEST_F(HomeTasksTest, TellsTheTeamWhatIsDueInTheNextTwoWeeks) {
  constexpr std::int64_t kAugust6th2018 = 1533564000;  // 7 am in Los Angeles
  int weeks_with_work = 0;
  for (int fortnight = 0; fortnight < 24; ++fortnight) {
    server_->clock().Set(kAugust6th2018 + fortnight * 14LL * 24 * 3600);
    auto principal = server_->SignIn("principal.sanpascual@practica.example");
    const auto reply = server_->Get("/api/v1/cohorts/ps-3-0/schools/san-pascual-steam-magnet/commitments", &principal);
    ASSERT_EQ(reply.status, 200) << reply.body;
    const auto checklist = json::parse(reply.body).as_object();
    std::int64_t due_soon = 0;
    for (const auto& group : checklist.at("groups").as_array()) {
      for (const auto& item : group.as_object().at("items").as_array()) {
        const auto& o = item.as_object();
        if (o.at("status").as_string() == "due_soon" && o.at("phase").as_string() != "district") ++due_soon;
      }
    }
    const auto tasks = Tasks(principal);
    if (due_soon > 0) {
      ++weeks_with_work;
      EXPECT_NE(tasks.find(std::to_string(due_soon) + " commitment" + (due_soon == 1 ? "" : "s") +
                           " due in the next 14 days at San Pascual"),
                std::string::npos)
          << "fortnight " << fortnight << ": " << tasks;
    } else {
      EXPECT_EQ(tasks.find("due in the next"), std::string::npos) << "fortnight " << fortnight << ": " << tasks;
    }
  }
  EXPECT_GT(weeks_with_work, 0);
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
