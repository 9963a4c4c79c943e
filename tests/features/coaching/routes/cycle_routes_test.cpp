// Coaching cycles over real HTTP on the demo, on SQLite and PostgreSQL: a coach walks a cycle
// through its four steps and its state follows; the server refuses a step out of order (the
// form shown again with what was typed), a start outside the caseload or with another school's
// teacher, a second open cycle with one teacher; no route gives a principal, the local
// district's director or district staff a cycle; only the teacher writes the teacher's note.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "features/people/store/people_store.hpp"
#include "support/app_server.hpp"
#include "support/every_get_path.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kGarvanza = "garvanza-elementary-technology-and-leadership-magnet";
const std::string kHope = "hope-street-es";
const std::string kCoach = "coach@practica.example";
const std::string kGrace = "grace.park@practica.example";  // a Garvanza teacher with no cycle in the demo

class CycleRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    app::Config config;
    if (GetParam() == db::Dialect::kPostgres) config.database = FreshPostgresDatabase();
    server_ = AppServer::Start(config);
    ASSERT_NE(server_, nullptr);
    coach_ = server_->SignIn(kCoach);
  }

  std::int64_t IdOf(const std::string& email) {
    auto db = server_->app().database().Acquire();
    return (*people::PeopleStore(*db, server_->app().tenant().id).FindByEmail(email))->id;
  }

  Reply Start(const std::string& school, std::int64_t teacher, const std::string& goal = "1.4.b") {
    return server_->PostJson("/api/v1/coaching/cycles", coach_,
                             R"({"school": ")" + school + R"(", "teacher": )" + std::to_string(teacher) +
                                 R"(, "goal": ")" + goal + R"(", "started_on": "2026-11-02"})");
  }

  std::string Started(std::int64_t teacher) {
    const auto reply = Start(kGarvanza, teacher);
    EXPECT_EQ(reply.status, 201) << reply.body;
    return std::to_string(json::parse(reply.body).at("id").as_int64());
  }

  Reply Step(const std::string& id, const std::string& step, const std::string& day, const std::string& notes,
             const std::string& due = "") {
    return server_->PostJson("/api/v1/cycles/" + id + "/steps", coach_,
                             R"({"step": ")" + step + R"(", "held_on": ")" + day + R"(", "notes": ")" + notes +
                                 R"(", "due_on": ")" + due + R"("})");
  }

  std::string StateOf(const std::string& id, const SignedIn& who) {
    const auto reply = server_->Get("/api/v1/cycles/" + id, &who);
    EXPECT_EQ(reply.status, 200) << reply.body;
    return std::string(json::parse(reply.body).at("state").as_string());
  }

  std::int64_t Cycles() { return server_->CountRows("SELECT COUNT(*) FROM coaching_cycles"); }

  std::unique_ptr<AppServer> server_;
  SignedIn coach_;
};

TEST_P(CycleRoutes, ACycleGoesThroughItsFourStepsAndItsStateFollows) {
  const auto id = Started(IdOf(kGrace));
  const auto teacher = server_->SignIn(kGrace);

  EXPECT_EQ(StateOf(id, coach_), "planning");
  EXPECT_EQ(Step(id, "planning", "2026-11-04", "Plan a design sprint.").status, 200);
  EXPECT_EQ(StateOf(id, teacher), "lesson");
  EXPECT_EQ(Step(id, "lesson", "2026-11-09", "Sprint taught; groups tested prototypes.").status, 200);
  EXPECT_EQ(Step(id, "debrief", "2026-11-10", "Testing ran short.").status, 200);
  EXPECT_EQ(StateOf(id, coach_), "next_step");
  const auto last = Step(id, "next_step", "2026-11-10", "Add a second testing round.", "2026-11-24");

  EXPECT_EQ(last.status, 200) << last.body;
  EXPECT_EQ(std::string(json::parse(last.body).at("state").as_string()), "complete");
  const auto page = server_->Get("/cycles/" + id, &teacher);
  EXPECT_NE(page.body.find("data-state=\"complete\""), std::string::npos);
  EXPECT_NE(page.body.find("Add a second testing round."), std::string::npos);
  EXPECT_EQ(page.body.find("id=\"step-form\""), std::string::npos);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM audit_log WHERE record_type = 'coaching_cycle'"), 5);
}

TEST_P(CycleRoutes, RefusesAStepOutOfOrderAndShowsTheFormAgainWithWhatWasTyped) {
  const auto id = Started(IdOf(kGrace));

  const auto api = Step(id, "debrief", "2026-11-10", "Too soon.");
  const auto form = server_->PostForm("/cycles/" + id + "/steps", &coach_,
                                      "step=lesson&held_on=2026-11-09&notes=TYPED-LESSON-NOTES");
  const auto future = Step(id, "planning", "2026-12-30", "Not yet.");

  EXPECT_EQ(api.status, 409) << api.body;
  EXPECT_NE(api.body.find("Planning conversation"), std::string::npos) << api.body;
  EXPECT_EQ(form.status, 409);
  EXPECT_NE(form.body.find("TYPED-LESSON-NOTES"), std::string::npos);
  EXPECT_NE(form.body.find("id=\"form-error\""), std::string::npos);
  EXPECT_EQ(future.status, 422);
  EXPECT_EQ(StateOf(id, coach_), "planning");
}

TEST_P(CycleRoutes, RefusesAStartOutsideTheCaseloadAnotherSchoolsTeacherAndASecondOpenCycle) {
  const auto before = Cycles();

  const auto outside = Start("los-angeles-hs", IdOf(kGrace));
  const auto stranger = Start(kGarvanza, IdOf("rosa.delgado@practica.example"));  // Hope Street's
  Started(IdOf(kGrace));
  const auto second = Start(kGarvanza, IdOf(kGrace), "1.3.a");

  EXPECT_EQ(outside.status, 403) << outside.body;
  EXPECT_EQ(stranger.status, 422) << stranger.body;
  EXPECT_NE(stranger.body.find("\"field\":\"teacher\""), std::string::npos) << stranger.body;
  EXPECT_EQ(second.status, 409) << second.body;
  EXPECT_EQ(Cycles(), before + 1);
}

TEST_P(CycleRoutes, ARefusedStartKeepsTheChoicesMade) {
  const auto form = server_->PostForm("/coaching/cycles", &coach_,
                                      "school=" + kGarvanza + "&teacher=" + std::to_string(IdOf(kGrace)) +
                                          "&goal=1.6.c&started_on=2099-01-01");

  EXPECT_EQ(form.status, 422);
  EXPECT_NE(form.body.find("value=\"1.6.c\" selected"), std::string::npos);
  EXPECT_NE(form.body.find("value=\"" + std::to_string(IdOf(kGrace)) + "\" selected"), std::string::npos);
  EXPECT_NE(form.body.find("2099-01-01"), std::string::npos);
}

// Every GET route of the application, filled with the cycle's id and its school: none gives
// the principal, the local district's director or district staff the cycle.
TEST_P(CycleRoutes, NoRouteGivesAnyoneButTheTeacherAndCoachTheCycle) {
  const auto id = Started(IdOf(kGrace));
  ASSERT_EQ(Step(id, "planning", "2026-11-04", "CYCLE-SECRET-MARKER").status, 200);
  int tried = 0;
  for (const auto& who : {"principal@practica.example", "director.northeast@practica.example",
                          "allison.jonas@lausd.net", "teacher@practica.example"}) {
    const auto session = server_->SignIn(who);
    for (const auto& path : EveryGetPath(server_->app().router(), id, kGarvanza)) {
      const auto reply = server_->Get(path, &session);
      EXPECT_EQ(reply.body.find("CYCLE-SECRET-MARKER"), std::string::npos) << path << " as " << who;
      ++tried;
    }
    EXPECT_EQ(server_->Get("/cycles/" + id, &session).status, 404) << who;
    EXPECT_EQ(server_->Get("/api/v1/cycles/" + id, &session).status, 404) << who;
  }
  EXPECT_GT(tried, 40);
  const auto teacher = server_->SignIn(kGrace);
  EXPECT_NE(server_->Get("/cycles/" + id, &teacher).body.find("CYCLE-SECRET-MARKER"), std::string::npos);
  EXPECT_NE(server_->Get("/coaching/mine", &teacher).body.find("/cycles/" + id), std::string::npos);
}

TEST_P(CycleRoutes, OnlyTheTeacherWritesTheNoteAndOnlyTheCoachRecordsSteps) {
  const auto id = Started(IdOf(kGrace));
  const auto teacher = server_->SignIn(kGrace);
  const auto principal = server_->SignIn("principal@practica.example");

  const auto by_principal = server_->PostJson("/api/v1/cycles/" + id + "/note", principal, R"({"teacher_note": "x"})");
  const auto by_coach = server_->PostJson("/api/v1/cycles/" + id + "/note", coach_, R"({"teacher_note": "x"})");
  const auto step_by_teacher = server_->PostJson("/api/v1/cycles/" + id + "/steps", teacher,
                                                 R"({"step": "planning", "held_on": "2026-11-04", "notes": "x"})");
  const auto done = server_->PostJson("/api/v1/cycles/" + id + "/note", teacher,
                                      R"({"teacher_note": "I want the students to lead the testing."})");

  EXPECT_EQ(by_principal.status, 404);
  EXPECT_EQ(by_coach.status, 403);
  EXPECT_EQ(step_by_teacher.status, 403);
  EXPECT_EQ(done.status, 200) << done.body;
  EXPECT_NE(server_->Get("/cycles/" + id, &coach_).body.find("I want the students to lead the testing."),
            std::string::npos);
}

TEST_P(CycleRoutes, TheDemoCoachHasTwoIllustrativeCycles) {
  const auto page = server_->Get("/coaching/cycles", &coach_);
  const auto priya = server_->SignIn("teacher@practica.example");

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Complete"), std::string::npos);
  EXPECT_NE(page.body.find("Waiting for the debrief"), std::string::npos);
  EXPECT_NE(server_->Get("/coaching/mine", &priya).body.find("/cycles/"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, CycleRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
