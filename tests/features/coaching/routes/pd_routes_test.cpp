// The school's professional learning plan over real HTTP on the demo, on SQLite and PostgreSQL:
// the rules to break (a teacher off the team planning, a facilitator of another school,
// attendance for someone off the staff, a share-back by someone absent, a principal agreeing,
// commitment 8 below a majority) and commitments 7, 8 and 17 verified from what was recorded.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kGarvanzaPlan = "/cohorts/ps-3-0/schools/garvanza-elementary-technology-and-leadership-magnet/pd-plan";
const std::string kHopePlan = "/cohorts/ps-3-0/schools/hope-street-es/pd-plan";
const std::string kStaff = "allison.jonas@lausd.net";
const std::string kHopePrincipal = "principal.hope@practica.example";

class PdRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    app::Config config;
    if (GetParam() == db::Dialect::kPostgres) config.database = FreshPostgresDatabase();
    server_ = AppServer::Start(config);
    ASSERT_NE(server_, nullptr);
    // Monday, June 3, 2019, 08:00 in Los Angeles: PS 3.0's school year still runs.
    server_->clock().Set(kInPs3Year);
  }

  static constexpr std::int64_t kInPs3Year = 1559574000;

  json::object Api(const std::string& target, const std::string& email) {
    auto who = server_->SignIn(email);
    auto reply = server_->Get("/api/v1" + target, &who);
    EXPECT_EQ(reply.status, 200) << target << " " << reply.body;
    return json::parse(reply.body).as_object();
  }

  std::int64_t HopeSession(std::size_t n) {
    return Api(kHopePlan, kHopePrincipal).at("sessions").as_array().at(n).at("id").as_int64();
  }

  // The verifications of Hope Street's PS 3.0 commitment `number` (in `period`, if given), and
  // their comments.
  std::int64_t Verifications(int number, const std::string& period = "") {
    return server_->CountRows(
        "SELECT COUNT(*) FROM commitment_events e JOIN school_commitments sc ON sc.district_id = e.district_id"
        " AND sc.id = e.school_commitment_id JOIN schools s ON s.district_id = sc.district_id AND s.id = sc.school_id"
        " WHERE s.slug = 'hope-street-es' AND sc.number = " + std::to_string(number) + " AND e.kind = 'verified'" +
        (period.empty() ? "" : " AND e.period = '" + period + "'"));
  }

  std::string HopeChecklist() {
    auto principal = server_->SignIn(kHopePrincipal);
    return server_->Get("/cohorts/ps-3-0/schools/hope-street-es/commitments", &principal).body;
  }

  std::int64_t PersonId(const std::string& email) {
    return server_->CountRows("SELECT id FROM people WHERE email = '" + email + "'");
  }

  std::unique_ptr<AppServer> server_;
};

TEST_P(PdRoutes, GarvanzasAgreedPlanShowsItsSessionsAndRateToItsSchoolOnly) {
  auto principal = server_->SignIn("principal@practica.example");
  const auto page = server_->Get(kGarvanzaPlan, &principal);

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Agreed by Sophia Mendoza on Tuesday, June 12, 2018"), std::string::npos);
  EXPECT_NE(page.body.find("The design process: empathy first"), std::string::npos);
  EXPECT_NE(page.body.find("id=\"illustrative\""), std::string::npos);
  const auto plan = Api(kGarvanzaPlan, "principal@practica.example");
  EXPECT_EQ(plan.at("sessions").as_array().size(), 6u);
  EXPECT_TRUE(plan.at("rate").at("majority").as_bool());
  // Another school's principal reads none of it.
  auto hope = server_->SignIn(kHopePrincipal);
  EXPECT_EQ(server_->Get(kGarvanzaPlan, &hope).status, 403);
  EXPECT_EQ(server_->Get("/api/v1" + kGarvanzaPlan, &hope).status, 403);
}

TEST_P(PdRoutes, OnlyTheTeamAndCoachPlanAndOnlyTheyFacilitate) {
  const auto before = server_->CountRows("SELECT COUNT(*) FROM pd_sessions");
  auto grace = server_->SignIn("grace.park@practica.example");  // a Garvanza teacher, not on the team
  const auto refused = server_->PostJson("/api/v1" + kGarvanzaPlan + "/sessions", grace,
                                         R"({"held_on": "2019-03-12", "topic": "T", "focus": "1.4.a", "facilitators": [1]})");
  EXPECT_EQ(refused.status, 403) << refused.body;

  auto priya = server_->SignIn("teacher@practica.example");
  const auto stranger = PersonId(kHopePrincipal);
  const auto form = server_->PostForm(kGarvanzaPlan + "/sessions", &priya,
                                      "held_on=2019-03-12&topic=typed-topic-kept&focus=1.4.b&facilitators=" +
                                          std::to_string(stranger));
  EXPECT_EQ(form.status, 422);
  EXPECT_NE(form.body.find("Only the school&apos;s practitioner team and its coach facilitate"), std::string::npos)
      << form.body.substr(0, 3000);
  EXPECT_NE(form.body.find("typed-topic-kept"), std::string::npos);
  EXPECT_NE(form.body.find("value=\"1.4.b\" selected"), std::string::npos) << "the focus chosen stays chosen";
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM pd_sessions"), before);

  const auto added = server_->PostJson("/api/v1" + kGarvanzaPlan + "/sessions", priya,
                                       R"({"held_on": "2019-03-12", "topic": "Coding the water cycle", "focus": "cs.p5",)"
                                       R"( "facilitators": [)" + std::to_string(PersonId("teacher@practica.example")) + "]}");
  EXPECT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM pd_sessions"), before + 1);
}

TEST_P(PdRoutes, DistrictStaffAgreeAPlanWhichVerifiesCommitment7Once) {
  auto hannah = server_->SignIn(kHopePrincipal);
  EXPECT_EQ(server_->PostJson("/api/v1" + kHopePlan + "/agree", hannah, "{}").status, 403)
      << "a principal does not agree their own plan";
  ASSERT_EQ(Verifications(7), 0);

  auto staff = server_->SignIn(kStaff);
  const auto agreed = server_->PostJson("/api/v1" + kHopePlan + "/agree", staff, "{}");
  const auto again = server_->PostJson("/api/v1" + kHopePlan + "/agree", staff, "{}");

  EXPECT_EQ(agreed.status, 200) << agreed.body;
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(Verifications(7), 1);
  EXPECT_NE(HopeChecklist().find("Verified when district staff agreed the professional learning plan (2 banked-time "
                                 "sessions)"),
            std::string::npos);
}

TEST_P(PdRoutes, Commitment8WaitsForAMajorityOfTheTeachers) {
  auto coach = server_->SignIn("coach@practica.example");
  const auto session = Api("/pd-sessions/" + std::to_string(HopeSession(1)), "coach@practica.example");
  std::vector<std::int64_t> teachers;
  for (const auto& member : session.at("staff").as_array()) {
    if (member.at("teacher").as_bool()) teachers.push_back(member.at("id").as_int64());
  }
  ASSERT_GE(teachers.size(), 2u);
  const std::string url = "/api/v1/pd-sessions/" + std::to_string(HopeSession(1)) + "/attendance";
  auto ids = [](const std::vector<std::int64_t>& list, std::size_t n) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += (i ? "," : "") + std::to_string(list[i]);
    return R"({"present": [)" + text + "]}";
  };

  // Rosa Delgado again, who attended the first session: one teacher of several is not a majority.
  const auto rosa = PersonId("rosa.delgado@practica.example");
  const auto half = server_->PostJson(url, coach, R"({"present": [)" + std::to_string(rosa) + "]}");
  ASSERT_EQ(half.status, 200) << half.body;
  EXPECT_FALSE(json::parse(half.body).at("majority").as_bool());
  EXPECT_EQ(Verifications(8), 0);

  const auto all = server_->PostJson(url, coach, ids(teachers, teachers.size()));
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_TRUE(json::parse(all.body).at("majority").as_bool());
  EXPECT_EQ(Verifications(8), 1);
  const auto rate = std::to_string(teachers.size()) + " of " + std::to_string(teachers.size()) + " teachers (100%)";
  EXPECT_NE(HopeChecklist().find("Verified when " + rate + " had attended a banked-time session"), std::string::npos);
}

TEST_P(PdRoutes, RefusesAttendanceForSomeoneOffTheStaff) {
  auto coach = server_->SignIn("coach@practica.example");
  const auto before = server_->CountRows("SELECT COUNT(*) FROM pd_attendance");

  const auto reply = server_->PostJson("/api/v1/pd-sessions/" + std::to_string(HopeSession(0)) + "/attendance", coach,
                                       R"({"present": [)" + std::to_string(PersonId("teacher@practica.example")) + "]}");

  EXPECT_EQ(reply.status, 422) << reply.body;
  EXPECT_EQ(json::parse(reply.body).at("error").at("field").as_string(), "present");
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM pd_attendance"), before);
}

TEST_P(PdRoutes, OnlySomeoneWhoAttendedSharesBackWhichVerifiesTheQuartersCommitment17) {
  // Rosa Delgado attended Hope Street's session of Tuesday, October 9, 2018; Ben Okafor did not.
  const auto session = std::to_string(HopeSession(0));
  auto ben = server_->SignIn("ben.okafor@practica.example");
  const auto absent = server_->PostJson("/api/v1/pd-sessions/" + session + "/shares", ben, R"({"text": "I was not there."})");
  EXPECT_EQ(absent.status, 403) << absent.body;
  EXPECT_EQ(Verifications(17), 0);

  auto rosa = server_->SignIn("rosa.delgado@practica.example");
  const auto shared = server_->PostForm("/pd-sessions/" + session + "/shares", &rosa,
                                        "text=My+3rd+graders+interviewed+the+cafeteria+staff+before+designing.");
  EXPECT_EQ(shared.status, 303);
  EXPECT_EQ(Verifications(17, "2018-08"), 1) << "August to October 2018";
  EXPECT_EQ(Verifications(17), 1);
  const auto page = server_->Get("/pd-sessions/" + session, &rosa);
  EXPECT_NE(page.body.find("interviewed the cafeteria staff"), std::string::npos);
  EXPECT_NE(HopeChecklist().find("Verified when a teacher shared back after the banked-time session of Tuesday, "
                                 "October 9, 2018 (Launching a design challenge in the classroom)"),
            std::string::npos);
}

// From Monday, July 1, 2019, PS 3.0's plans are the year's record: no session, agreement,
// attendance or share-back changes them, on the API or the page, and nothing is written.
TEST_P(PdRoutes, AFinishedYearsPlanNoLongerChanges) {
  server_->clock().Set(kTestNow);
  auto coach = server_->SignIn("coach@practica.example");
  auto staff = server_->SignIn("sophia.mendoza@lausd.net");
  auto rosa = server_->SignIn("rosa.delgado@practica.example");
  const auto session = std::to_string(HopeSession(0));
  const auto before = server_->CountRows("SELECT COUNT(*) FROM pd_sessions") +
                      server_->CountRows("SELECT COUNT(*) FROM pd_attendance") +
                      server_->CountRows("SELECT COUNT(*) FROM pd_shares");

  const auto added = server_->PostJson("/api/v1" + kHopePlan + "/sessions", coach,
                                       R"({"held_on": "2019-03-12", "topic": "Late", "focus": "1.4.c", "facilitators": [)" +
                                           std::to_string(PersonId("coach@practica.example")) + "]}");
  const auto agreed = server_->PostJson("/api/v1" + kHopePlan + "/agree", staff, "{}");
  const auto marked = server_->PostJson("/api/v1/pd-sessions/" + session + "/attendance", coach, R"({"present": []})");
  const auto shared = server_->PostJson("/api/v1/pd-sessions/" + session + "/shares", rosa, R"({"text": "Late."})");
  const auto page = server_->Get(kHopePlan, &coach);

  for (const auto* reply : {&added, &agreed, &marked, &shared}) {
    EXPECT_EQ(reply->status, 409) << reply->body;
    EXPECT_NE(reply->body.find("ended on Sunday, June 30, 2019"), std::string::npos) << reply->body;
  }
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM pd_sessions") +
                server_->CountRows("SELECT COUNT(*) FROM pd_attendance") +
                server_->CountRows("SELECT COUNT(*) FROM pd_shares"),
            before);
  EXPECT_NE(page.body.find("id=\"year-over\""), std::string::npos);
  EXPECT_EQ(page.body.find("id=\"session-form\""), std::string::npos);
  // Hope Street's plan was never agreed, and now never will be.
  EXPECT_NE(page.body.find("Never agreed: the year ended with the plan in draft"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, PdRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
