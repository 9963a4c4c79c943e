// The coach's work over real HTTP on the demo, on SQLite and PostgreSQL: the issue's rules to
// break (a coach outside the caseload, a teacher of another school named, a private note shown
// to the teacher, a principal reading one teacher's observation on any route, an aggregate over
// four observations) and what each person sees.
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
const std::string kTeacher = "teacher@practica.example";  // Priya Shah, Garvanza
const std::string kPrincipal = "principal@practica.example";  // Elena Ortiz, Garvanza
const std::string kHopePrincipal = "principal.hope@practica.example";
const std::string kDirector = "director.northeast@practica.example";
const std::string kCoordinator = "allison.jonas@lausd.net";

class CoachingRoutes : public ::testing::TestWithParam<db::Dialect> {
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

  Reply Log(const std::string& school, std::int64_t teacher, const std::string& notes, bool shared) {
    return server_->PostJson("/api/v1/coaching/entries", coach_,
                             R"({"school": ")" + school + R"(", "held_on": "2026-11-20", "minutes": 45,)"
                             R"( "kind": "co_teach", "focus": "1.4.c", "teachers": [)" + std::to_string(teacher) +
                                 R"(], "notes": ")" + notes + R"(", "share_notes": )" + (shared ? "true" : "false") + "}");
  }

  Reply Observe(const std::string& school, std::int64_t teacher, const std::string& notes) {
    return server_->PostJson("/api/v1/coaching/observations", coach_,
                             R"({"school": ")" + school + R"(", "teacher": )" + std::to_string(teacher) +
                                 R"(, "observed_on": "2026-11-20", "indicator": "1.4.b", "samr": "A",)"
                                 R"( "look_fors": "Students plan within constraints.", "engagement": "All groups on task.",)"
                                 R"( "notes": ")" + notes + R"("})");
  }

  std::int64_t Entries() { return server_->CountRows("SELECT COUNT(*) FROM coaching_entries"); }

  std::unique_ptr<AppServer> server_;
  SignedIn coach_;
};

TEST_P(CoachingRoutes, CoachLogsAnEntryAtACaseloadSchool) {
  const auto before = Entries();

  const auto reply = Log(kGarvanza, IdOf(kTeacher), "Good launch.", true);

  EXPECT_EQ(reply.status, 201) << reply.body;
  EXPECT_EQ(Entries(), before + 1);
  const auto page = server_->Get("/coaching", &coach_);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"log-form\""), std::string::npos);
  EXPECT_NE(page.body.find("id=\"hours\""), std::string::npos);
}

TEST_P(CoachingRoutes, RefusesACoachLoggingOutsideTheCaseload) {
  const auto before = Entries();

  const auto reply = Log("los-angeles-hs", IdOf(kTeacher), "x", false);

  EXPECT_EQ(reply.status, 403) << reply.body;
  EXPECT_NE(reply.body.find("not in your caseload"), std::string::npos);
  EXPECT_EQ(Entries(), before);
}

TEST_P(CoachingRoutes, RefusesATeacherOfAnotherSchool) {
  const auto before = Entries();

  const auto api = Log(kGarvanza, IdOf(kHopePrincipal), "x", false);
  const auto form = server_->PostForm("/coaching/entries", &coach_,
                                      "school=" + kGarvanza + "&held_on=2026-11-20&minutes=45&kind=co_teach&focus=1.4.c"
                                      "&teachers=" + std::to_string(IdOf(kHopePrincipal)) + "&notes=typed-note-kept");

  EXPECT_EQ(api.status, 422) << api.body;
  EXPECT_EQ(form.status, 422);
  EXPECT_NE(form.body.find("not on this school&apos;s staff"), std::string::npos) << form.body.substr(0, 2000);
  EXPECT_NE(form.body.find("typed-note-kept"), std::string::npos);
  EXPECT_EQ(Entries(), before);
}

// The focus can be a step of the school's design challenge: the API lists the caseload's steps,
// the server takes the school's own and refuses another school's, and the log says which step.
TEST_P(CoachingRoutes, LogsWorkOnAStepOfTheSchoolsOwnDesignChallenge) {
  const auto view = server_->Get("/api/v1/coaching", &coach_);
  ASSERT_EQ(view.status, 200) << view.body;
  std::string garvanza_step;
  std::string hope_step;
  const auto parsed = json::parse(view.body);
  for (const auto& step : parsed.at("design_steps").as_array()) {
    const std::string school(step.at("school").as_string());
    const std::string label(step.at("label").as_string());
    if (school == kGarvanza && label.starts_with("Design challenge step 2 (PS 3.0)")) {
      garvanza_step = step.at("focus").as_string();
    }
    if (school == kHope && label.starts_with("Design challenge step 2 (PS 3.0)")) hope_step = step.at("focus").as_string();
  }
  ASSERT_FALSE(garvanza_step.empty()) << view.body.substr(0, 3000);
  ASSERT_FALSE(hope_step.empty());
  const auto body = [&](const std::string& focus) {
    return "school=" + kGarvanza + "&held_on=2026-11-20&minutes=40&kind=co_design&focus=" + focus +
           "&teachers=" + std::to_string(IdOf(kTeacher)) + "&notes=STEP-NOTE-MARKER&share_notes=yes";
  };
  const auto before = Entries();

  const auto other = server_->PostForm("/coaching/entries", &coach_, body(hope_step));
  EXPECT_EQ(other.status, 422);
  EXPECT_NE(other.body.find("not one of this school&apos;s"), std::string::npos) << other.body.substr(0, 2000);
  EXPECT_NE(other.body.find("STEP-NOTE-MARKER"), std::string::npos);
  EXPECT_NE(other.body.find("value=\"" + hope_step + "\" selected"), std::string::npos);  // the choice kept
  EXPECT_EQ(Entries(), before);

  const auto own = server_->PostForm("/coaching/entries", &coach_, body(garvanza_step));
  EXPECT_EQ(own.status, 303) << own.body.substr(0, 2000);
  EXPECT_EQ(Entries(), before + 1);
  const auto teacher = server_->SignIn(kTeacher);
  const auto mine = server_->Get("/api/v1/coaching/mine", &teacher);
  const auto entry = mine.body.find("STEP-NOTE-MARKER");
  ASSERT_NE(entry, std::string::npos) << mine.body.substr(0, 2000);
  EXPECT_NE(mine.body.find("\"focus\":\"" + garvanza_step + "\""), std::string::npos);
  EXPECT_NE(mine.body.find("Design challenge step 2 (PS 3.0): Co-design a first-instruction lesson"), std::string::npos);
}

// A coach of many schools has hundreds of people on the "not coached in 30 days" list: the view
// names the 25 waiting longest and says how many more, and lists every one when asked.
TEST_P(CoachingRoutes, NamesTheTwentyFiveWaitingLongestAndEveryOneWhenAsked) {
  {
    auto db = server_->app().database().Acquire();
    people::PeopleStore store(*db, server_->app().tenant().id);
    auto school = store.School(kHope);
    ASSERT_TRUE(school && *school);
    for (int i = 0; i < 30; ++i) {
      auto person = store.Create(people::Person{0, "new.teacher" + std::to_string(i) + "@practica.example",
                                                "New Teacher " + std::to_string(i), true});
      ASSERT_TRUE(person);
      ASSERT_TRUE(store.AddToSchool((*school)->id, person->id, people::StaffRole::kTeacher));
    }
  }

  const auto some = server_->Get("/api/v1/coaching", &coach_);
  const auto every = server_->Get("/api/v1/coaching?not_coached=all", &coach_);
  const auto page = server_->Get("/coaching", &coach_);

  ASSERT_EQ(some.status, 200) << some.body;
  const auto shown = json::parse(some.body).as_object();
  const auto total = shown.at("not_coached_total").as_int64();
  EXPECT_GE(total, 30);
  EXPECT_EQ(shown.at("not_coached").as_array().size(), 25u);
  EXPECT_EQ(shown.at("not_coached_more").as_int64(), total - 25);
  const auto all = json::parse(every.body).as_object();
  EXPECT_EQ(static_cast<std::int64_t>(all.at("not_coached").as_array().size()), total);
  EXPECT_EQ(all.at("not_coached_more").as_int64(), 0);
  EXPECT_NE(page.body.find("Show all " + std::to_string(total)), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/coaching?not_coached=all#not-coached\""), std::string::npos);
}

TEST_P(CoachingRoutes, KeepsAPrivateNoteFromTheTeacherNamed) {
  ASSERT_EQ(Log(kGarvanza, IdOf(kTeacher), "PRIVATE-NOTE-MARKER", false).status, 201);
  ASSERT_EQ(Log(kGarvanza, IdOf(kTeacher), "SHARED-NOTE-MARKER", true).status, 201);
  const auto teacher = server_->SignIn(kTeacher);
  const auto principal = server_->SignIn(kPrincipal);

  const auto page = server_->Get("/coaching/mine", &teacher);
  const auto api = server_->Get("/api/v1/coaching/mine", &teacher);
  const auto principal_page = server_->Get("/coaching/mine", &principal);
  const auto coach_page = server_->Get("/coaching", &coach_);

  EXPECT_EQ(page.status, 200);
  for (const auto* body : {&page.body, &api.body, &principal_page.body}) {
    EXPECT_EQ(body->find("PRIVATE-NOTE-MARKER"), std::string::npos);
  }
  EXPECT_NE(page.body.find("SHARED-NOTE-MARKER"), std::string::npos);
  EXPECT_NE(api.body.find("SHARED-NOTE-MARKER"), std::string::npos);
  EXPECT_EQ(principal_page.body.find("SHARED-NOTE-MARKER"), std::string::npos);
  EXPECT_NE(coach_page.body.find("PRIVATE-NOTE-MARKER"), std::string::npos);
}

// Every GET route of the application, pages and API, filled with the observation's id and its
// school: none gives the principal or the local district's director the record.
TEST_P(CoachingRoutes, NoRouteGivesAPrincipalOneTeachersObservation) {
  const auto made = Observe(kGarvanza, IdOf(kTeacher), "OBSERVATION-SECRET-MARKER");
  ASSERT_EQ(made.status, 201) << made.body;
  const auto id = std::to_string(json::parse(made.body).at("id").as_int64());
  int tried = 0;
  for (const auto& who : {kPrincipal, kDirector}) {
    const auto session = server_->SignIn(who);
    for (const auto& path : EveryGetPath(server_->app().router(), id, kGarvanza)) {
      const auto reply = server_->Get(path, &session);
      EXPECT_EQ(reply.body.find("OBSERVATION-SECRET-MARKER"), std::string::npos) << path << " as " << who;
      ++tried;
    }
    EXPECT_EQ(server_->Get("/observations/" + id, &session).status, 404);
    EXPECT_EQ(server_->Get("/api/v1/observations/" + id, &session).status, 404);
  }
  EXPECT_GT(tried, 40);
  const auto teacher = server_->SignIn(kTeacher);
  EXPECT_NE(server_->Get("/observations/" + id, &teacher).body.find("OBSERVATION-SECRET-MARKER"), std::string::npos);
  EXPECT_NE(server_->Get("/api/v1/observations/" + id, &coach_).body.find("OBSERVATION-SECRET-MARKER"), std::string::npos);
}

TEST_P(CoachingRoutes, ShowsNoAggregateOverFourObservations) {
  // The demo holds three observations at Hope Street ES, of two teachers.
  const auto principal = server_->SignIn(kHopePrincipal);
  ASSERT_EQ(Observe(kHope, IdOf("rosa.delgado@practica.example"), "fourth").status, 201);

  const auto four = server_->Get("/api/v1/coaching/counts", &principal);
  const auto four_page = server_->Get("/coaching/counts", &principal);
  ASSERT_EQ(Observe(kHope, IdOf("ben.okafor@practica.example"), "fifth").status, 201);
  const auto five = server_->Get("/api/v1/coaching/counts", &principal);

  EXPECT_EQ(four.status, 200);
  EXPECT_FALSE(json::parse(four.body).at("shown").as_bool());
  EXPECT_EQ(json::parse(four.body).as_object().if_contains("by_samr"), nullptr);
  EXPECT_NE(four_page.body.find("id=\"suppressed\""), std::string::npos);
  EXPECT_TRUE(json::parse(five.body).at("shown").as_bool()) << five.body;
  EXPECT_EQ(json::parse(five.body).at("observations").as_int64(), 5);
}

TEST_P(CoachingRoutes, ShowsGarvanzasPrincipalCountsButNoRecord) {
  const auto principal = server_->SignIn(kPrincipal);

  const auto counts = server_->Get("/coaching/counts", &principal);

  EXPECT_EQ(counts.status, 200);
  EXPECT_NE(counts.body.find("id=\"by-samr\""), std::string::npos);
  EXPECT_EQ(counts.body.find("/observations/"), std::string::npos);
}

TEST_P(CoachingRoutes, LetsOnlyTheTeacherObservedReflect) {
  const auto made = Observe(kGarvanza, IdOf(kTeacher), "n");
  const auto id = std::to_string(json::parse(made.body).at("id").as_int64());
  const auto teacher = server_->SignIn(kTeacher);
  const auto principal = server_->SignIn(kPrincipal);

  const auto refused = server_->PostJson("/api/v1/observations/" + id + "/reflection", principal,
                                         R"({"reflection": "not mine"})");
  const auto by_coach = server_->PostJson("/api/v1/observations/" + id + "/reflection", coach_,
                                          R"({"reflection": "not mine either"})");
  const auto done = server_->PostJson("/api/v1/observations/" + id + "/reflection", teacher,
                                      R"({"reflection": "Next time a longer testing round."})");

  EXPECT_EQ(refused.status, 404);
  EXPECT_EQ(by_coach.status, 403);
  EXPECT_EQ(done.status, 200) << done.body;
  EXPECT_NE(server_->Get("/observations/" + id, &coach_).body.find("Next time a longer testing round."),
            std::string::npos);
}

TEST_P(CoachingRoutes, ShowsDistrictStaffEveryCoachsHours) {
  const auto coordinator = server_->SignIn(kCoordinator);

  const auto all = server_->Get("/api/v1/coaching", &coordinator);
  const auto one = server_->Get("/coaching?coach=" + std::to_string(IdOf(kCoach)), &coordinator);
  const auto principal = server_->SignIn(kPrincipal);

  EXPECT_EQ(all.status, 200);
  EXPECT_NE(all.body.find("Ramon Castillo"), std::string::npos);
  EXPECT_NE(one.body.find("id=\"hours\""), std::string::npos);
  EXPECT_EQ(one.body.find("id=\"log-form\""), std::string::npos);
  EXPECT_EQ(server_->Get("/coaching", &principal).status, 403);
}

TEST_P(CoachingRoutes, ShowsTheDemoYearAsIllustrative) {
  const auto page = server_->Get("/coaching", &coach_);

  EXPECT_NE(page.body.find("id=\"illustrative\""), std::string::npos);
  EXPECT_NE(page.body.find("2018-2019"), std::string::npos);
}

// The demo leaves the last weeks' next steps of 2019 open: the coach's home page says they are
// due and late, and links to the log; a teacher's home page says nothing of them.
TEST_P(CoachingRoutes, PutsLateFollowUpsOnTheCoachsHomePage) {
  const auto teacher = server_->SignIn(kTeacher);

  const auto home = server_->Get("/home", &coach_);

  EXPECT_NE(home.body.find("Coaching follow-ups due, some late"), std::string::npos);
  EXPECT_NE(home.body.find("href=\"/coaching\""), std::string::npos);
  EXPECT_EQ(server_->Get("/home", &teacher).body.find("Coaching follow-ups due"), std::string::npos);
}

// Commitments 10, 11 and 14 verified from the log, at a school the demo logs nothing at: 24th
// Street ES (PS 3.0, no coach) gets Ramon as its coach, who logs its autumn of 2018.
class VerifiedFromTheLog : public CoachingRoutes {
 protected:
  void SetUp() override {
    CoachingRoutes::SetUp();
    // Monday, June 3, 2019, 8:00 AM PDT: PS 3.0's year is not over, so its schools still take
    // a coach, and the demo's grants (from May 20, 2019) hold.
    server_->clock().Set(1559574000);
    auto staff = server_->SignIn(kCoordinator);
    const auto assigned = server_->PostJson("/api/v1/cohorts/ps-3-0/schools/" + k24th + "/participation/coach", staff,
                                            R"({"email": "coach@practica.example"})");
    ASSERT_EQ(assigned.status, 201) << assigned.body;
    coach_ = server_->SignIn(kCoach);  // the caseload is read at sign-in
  }

  // 24th Street ES has no staff on record in the demo, so its entries name nobody.
  Reply LogAt24th(const std::string& kind, const std::string& day, int minutes = 30) {
    return server_->PostJson("/api/v1/coaching/entries", coach_,
                             R"({"school": ")" + k24th + R"(", "held_on": ")" + day + R"(", "minutes": )" +
                                 std::to_string(minutes) + R"(, "kind": ")" + kind +
                                 R"(", "focus": "1.4.a", "teachers": [], "notes": "n"})");
  }

  // The verifications of 24th Street's PS 3.0 commitment `number` (in `period`, if given).
  std::int64_t Verifications(int number, const std::string& period = "") {
    return server_->CountRows(
        "SELECT COUNT(*) FROM commitment_events e JOIN school_commitments sc ON sc.district_id = e.district_id"
        " AND sc.id = e.school_commitment_id JOIN schools s ON s.district_id = sc.district_id AND s.id = sc.school_id"
        " WHERE s.slug = '" + k24th + "' AND sc.number = " + std::to_string(number) + " AND e.kind = 'verified'" +
        (period.empty() ? "" : " AND e.period = '" + period + "'"));
  }

  const std::string k24th = "24th-street-es";
};

TEST_P(VerifiedFromTheLog, ACheckInVerifiesCommitment10SayingWhatWasLogged) {
  ASSERT_EQ(Verifications(10), 0);

  ASSERT_EQ(LogAt24th("check_in", "2018-09-10").status, 201);

  EXPECT_EQ(Verifications(10), 1);
  EXPECT_EQ(Verifications(11), 0) << "a check-in is not an ILT meeting";
  const auto principal = server_->SignIn("principal.24th@practica.example");
  const auto checklist = server_->Get("/cohorts/ps-3-0/schools/" + k24th + "/commitments", &principal);
  EXPECT_NE(checklist.body.find("Verified from the coaching log: Ramon Castillo logged a check-in meeting at 24th "
                                "Street ES on Monday, September 10, 2018 (30 minutes)"),
            std::string::npos);
  // A second check-in does not verify it again.
  ASSERT_EQ(LogAt24th("check_in", "2019-01-15").status, 201);
  EXPECT_EQ(Verifications(10), 1);
}

TEST_P(VerifiedFromTheLog, AnIltMeetingVerifiesCommitment11) {
  ASSERT_EQ(LogAt24th("ilt_meeting", "2018-08-28", 45).status, 201);

  EXPECT_EQ(Verifications(11), 1);
  EXPECT_EQ(Verifications(10), 0);
}

TEST_P(VerifiedFromTheLog, ClassroomWorkVerifiesCommitment14OncePerQuarter) {
  ASSERT_EQ(LogAt24th("co_teach", "2018-09-11").status, 201);
  ASSERT_EQ(LogAt24th("model_lesson", "2018-10-02").status, 201);
  ASSERT_EQ(LogAt24th("co_design", "2019-02-05").status, 201);
  ASSERT_EQ(LogAt24th("debrief", "2018-11-13").status, 201);

  EXPECT_EQ(Verifications(14, "2018-08"), 1) << "August to October 2018, once for two entries";
  EXPECT_EQ(Verifications(14, "2018-11"), 0) << "a debrief is not work in a classroom";
  EXPECT_EQ(Verifications(14, "2019-02"), 1);
  EXPECT_EQ(Verifications(14), 2);
}

TEST_P(VerifiedFromTheLog, AnEntryOfAnotherSchoolYearVerifiesNothingOfPs3) {
  // PS 3.0's school year ended June 30, 2019; Tuesday, October 1, 2019 is in the next.
  server_->clock().Set(1569942000);
  coach_ = server_->SignIn(kCoach);
  ASSERT_EQ(LogAt24th("check_in", "2019-09-10").status, 201);

  EXPECT_EQ(Verifications(10), 0);
}

// The demo's log verifies Hope Street's commitment 11 at its first ILT meeting (Tuesday,
// September 25, 2018) and commitment 14 each quarter.
TEST_P(CoachingRoutes, TheDemoLogVerifiedHopeStreetsIltAndClassroomCommitments) {
  const auto principal = server_->SignIn(kHopePrincipal);
  const auto checklist = server_->Get("/cohorts/ps-3-0/schools/" + kHope + "/commitments", &principal);

  EXPECT_NE(checklist.body.find("Verified from the coaching log: Ramon Castillo logged an Instructional Leadership "
                                "Team meeting at Hope Street ES on Tuesday, September 25, 2018 (45 minutes)"),
            std::string::npos);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(DISTINCT e.period) FROM commitment_events e JOIN school_commitments sc"
                               " ON sc.district_id = e.district_id AND sc.id = e.school_commitment_id"
                               " JOIN schools s ON s.district_id = sc.district_id AND s.id = sc.school_id"
                               " WHERE s.slug = '" + kHope + "' AND sc.number = 14 AND e.kind = 'verified'"),
            4);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, VerifiedFromTheLog,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

INSTANTIATE_TEST_SUITE_P(BothDatabases, CoachingRoutes,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
