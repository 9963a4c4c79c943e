// The design challenge over real HTTP on the demo, on SQLite and on PostgreSQL: each rule tried
// by someone who should be refused (a statement that is not a question, a step owned outside the
// team, a peer school editing, a cycle closed without evidence or decision, a teacher of another
// school reading a draft, someone outside the cohort), and a team's walk from problem of practice
// to a closed cycle through the API.
#include "auth/grant_store.hpp"
#include "features/challenges/routes/challenges_fixture.hpp"
#include "features/participations/store/directory_store.hpp"
#include "features/participations/store/team_store.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kPs3 = "/cohorts/ps-3-0";
const std::string kGarvanza = kPs3 + "/schools/garvanza-elementary-technology-and-leadership-magnet/challenge";
const std::string kTelfair = kPs3 + "/schools/telfair-avenue-es/challenge";
const std::string kSanPascual = kPs3 + "/schools/san-pascual-steam-magnet/challenge";
const std::string kPrincipal = "principal@practica.example";       // Garvanza
const std::string kTeacher = "teacher@practica.example";           // Garvanza, on its team
const std::string kHopePrincipal = "principal.hope@practica.example";
const std::string kDaniel = "principal.sanpascual@practica.example";  // San Pascual, PS 3.0
const std::string kCoach = "coach@practica.example";
const std::string kSpecialist = "dominic.caguioa@lausd.net";
const std::string kDirectorNortheast = "director.northeast@practica.example";
// The demo's grants start when it is loaded, so the test clock stays at its default (after the
// 2018-2019 year: every open step of the demo is late then).
constexpr std::int64_t kMarch15_2019 = 1552669200;  // Friday, March 15, 2019, 10:00 AM PDT

class ChallengeRoutes : public ChallengesOnDemo {
 protected:
  std::int64_t PersonId(const std::string& email) { return PersonNumber(email); }

  // Puts Daniel Reyes on San Pascual's PS 3.0 practitioner team.
  void SanPascualTeam() {
    auto db = server_->app().database().Acquire();
    const auto district = server_->app().tenant().id;
    participations::DirectoryStore directory(*db, district);
    const auto cohort = directory.FindCohort("ps-3-0").value().value().id;
    const auto school = directory.FindSchool("san-pascual-steam-magnet").value().value().id;
    const auto id = PersonId(kDaniel);
    auto added = participations::TeamStore(*db, district)
                     .Add(cohort, school,
                          participations::TeamMember{0, {id, kDaniel, "Daniel Reyes"}, participations::MemberKind::kPrincipal, true},
                          0, kMarch15_2019);
    ASSERT_TRUE(added.has_value() || added.error().code == core::ErrorCode::kConflict);
  }

  // A draft at San Pascual: a problem of practice and a statement, not shared.
  void SanPascualDraft() {
    ASSERT_EQ(Post(kSanPascual + "/problem", kDaniel,
                   {{"problem", "Private draft: our students rarely design their own solutions."},
                    {"evidence", "Private draft figures: 3 of 25 projects were student-designed."}})
                  .status,
              200);
    ASSERT_EQ(Post(kSanPascual + "/statement", kDaniel,
                   {{"statement", "How might we let students design their own solutions?"}, {"indicators", "1.4.a"}})
                  .status,
              200);
  }
};

TEST_P(ChallengeRoutes, GalleryShowsTheThreeStatementsSideBySideWithTheirStages) {
  auto reply = Page(kPs3 + "/challenges", kTeacher);

  EXPECT_EQ(reply.status, 200);
  EXPECT_NE(reply.body.find("id=\"gallery\""), std::string::npos);
  EXPECT_NE(reply.body.find("How might we leverage digital tools"), std::string::npos);
  EXPECT_NE(reply.body.find("How might we reimagine our PD"), std::string::npos);
  EXPECT_NE(reply.body.find("students with disabilities"), std::string::npos);
  EXPECT_NE(reply.body.find("Cycle 2"), std::string::npos);
}

TEST_P(ChallengeRoutes, GallerySearchKeepsTheMatchingSchools) {
  const auto session = server_->SignIn(kHopePrincipal);
  auto reply = server_->Get("/api/v1" + kPs3 + "/challenges?q=disabilities", &session);

  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto schools = Parse(reply)["schools"].as_array();
  ASSERT_EQ(schools.size(), 1u);
  EXPECT_EQ(schools[0].at("school_slug").as_string(), "telfair-avenue-es");
}

TEST_P(ChallengeRoutes, SchoolPageShowsLateStepsAndStage) {
  auto reply = Page(kTelfair, kCoach);

  EXPECT_EQ(reply.status, 200);
  EXPECT_NE(reply.body.find("id=\"steps-late\""), std::string::npos);
  EXPECT_NE(reply.body.find("id=\"illustrative\""), std::string::npos);
  EXPECT_NE(reply.body.find("Cycle 2"), std::string::npos);
}

TEST_P(ChallengeRoutes, RefusesAStatementThatIsNotAQuestionAndKeepsWhatWasTyped) {
  const auto principal = server_->SignIn(kPrincipal);

  auto reply = server_->PostForm(kGarvanza + "/statement", &principal,
                                 "statement=How+might+we+end+intervention&indicators=1.4.a");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("A design challenge is a question"), std::string::npos);
  EXPECT_NE(reply.body.find(">How might we end intervention</textarea>"), std::string::npos);
  auto api = Post(kGarvanza + "/statement", kPrincipal, {{"statement", "We will end intervention."}, {"indicators", "1.4.a"}});
  EXPECT_EQ(api.status, 422);
  EXPECT_EQ(Parse(api)["error"].at("field").as_string(), "statement");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM challenges WHERE statement LIKE '%end intervention%'"), 0);
}

TEST_P(ChallengeRoutes, AStatementTargetsCsFrameworkPracticesWhereTheyFitAndOnlyRealOnes) {
  const std::string statement = "How might we end afternoon intervention with stronger first instruction?";

  auto unknown = Post(kGarvanza + "/statement", kPrincipal,
                      {{"statement", statement}, {"indicators", "1.4.a"}, {"cs_practices", "P3,P9"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(Parse(unknown)["error"].at("field").as_string(), "cs_practices");
  const auto principal = server_->SignIn(kPrincipal);
  auto form = server_->PostForm(kGarvanza + "/statement", &principal,
                                "statement=How+might+we+try&indicators=1.4.a&cs_practices=P4&cs_practices=P9");
  EXPECT_EQ(form.status, 422);
  EXPECT_NE(form.body.find("value=\"P4\" checked"), std::string::npos) << "the practices ticked stay ticked";

  auto saved = Post(kGarvanza + "/statement", kPrincipal,
                    {{"statement", statement}, {"indicators", "1.4.a"}, {"cs_practices", "P4,P3"}});
  EXPECT_EQ(saved.status, 200) << saved.body;
  auto read = Parse(Api(kGarvanza, kTeacher));
  EXPECT_EQ(json::serialize(read.at("cs_practices")), "[\"P3\",\"P4\"]") << "in the Framework's order";
  auto telfair = Parse(Api(kTelfair, kTeacher));
  EXPECT_EQ(json::serialize(telfair.at("cs_practices")), "[\"P1\"]") << "the demo's inclusion challenge";
}

TEST_P(ChallengeRoutes, RefusesAnActionStepOwnedOutsideTheTeam) {
  const auto before = Count("SELECT COUNT(*) FROM challenge_steps");

  auto reply = Post(kGarvanza + "/steps", kPrincipal,
                    {{"what", "Visit Hope Street"}, {"owner", std::to_string(PersonId(kHopePrincipal))}, {"due_on", "2019-04-05"}});

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(Parse(reply)["error"].at("field").as_string(), "owner");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM challenge_steps"), before);
}

TEST_P(ChallengeRoutes, APeerSchoolReadsAndCommentsButCannotEdit) {
  auto edit = Post(kGarvanza + "/problem", kHopePrincipal, {{"problem", "Hijacked"}, {"evidence", "none"}});
  auto read = Page(kGarvanza, kHopePrincipal);
  auto comment = Post(kGarvanza + "/comments", kHopePrincipal, {{"body", "We tried partner talk too."}});

  EXPECT_EQ(edit.status, 403);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM challenges WHERE problem = 'Hijacked'"), 0);
  EXPECT_EQ(read.status, 200);
  EXPECT_EQ(read.body.find("action=\"" + kGarvanza + "/problem\""), std::string::npos);
  EXPECT_EQ(comment.status, 201);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM challenge_comments WHERE body = 'We tried partner talk too.'"), 1);
}

TEST_P(ChallengeRoutes, DistrictStaffAndTheDirectorReadButDoNotComment) {
  EXPECT_EQ(Page(kGarvanza, kSpecialist).status, 200);
  EXPECT_EQ(Page(kGarvanza, kDirectorNortheast).status, 200);
  EXPECT_EQ(Page(kPs3 + "/schools/hope-street-es/challenge", kDirectorNortheast).status, 403);
  EXPECT_EQ(Post(kGarvanza + "/comments", kSpecialist, {{"body", "Nice"}}).status, 403);
}

TEST_P(ChallengeRoutes, RefusesToCloseACycleWithoutEvidenceOrADecision) {
  auto no_decision = Post(kGarvanza + "/cycles/2", kTeacher,
                          {{"happened", "Re-teach lists fell again."}, {"evidence_links", "https://drive.example.org/x"},
                           {"learned", "Partners help."}, {"next_step", "Grade 5."}, {"close", true}});
  auto no_evidence = Post(kGarvanza + "/cycles/2", kTeacher,
                          {{"happened", "Re-teach lists fell again."}, {"learned", "Partners help."},
                           {"decision", "adopt"}, {"next_step", "Grade 5."}, {"close", true}});

  EXPECT_EQ(no_decision.status, 422);
  EXPECT_EQ(Parse(no_decision)["error"].at("field").as_string(), "decision");
  EXPECT_EQ(no_evidence.status, 422);
  EXPECT_EQ(Parse(no_evidence)["error"].at("field").as_string(), "evidence_links");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM challenge_cycles WHERE number = 2 AND closed_at IS NULL"), 3);
}

TEST_P(ChallengeRoutes, ATeacherOfAnotherSchoolDoesNotReadADraft) {
  SanPascualDraft();

  auto page = Page(kSanPascual, kTeacher);
  const auto session = server_->SignIn(kTeacher);
  auto api = server_->Get("/api/v1" + kSanPascual, &session);
  auto gallery = Page(kPs3 + "/challenges", kTeacher);
  auto own = Page(kSanPascual, kDaniel);

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"not-shared\""), std::string::npos);
  EXPECT_EQ(page.body.find("Private draft"), std::string::npos);
  EXPECT_EQ(api.body.find("Private draft"), std::string::npos);
  EXPECT_EQ(api.body.find("let students design"), std::string::npos);
  EXPECT_EQ(gallery.body.find("let students design"), std::string::npos);
  EXPECT_NE(own.body.find("Private draft"), std::string::npos);
}

TEST_P(ChallengeRoutes, SomeoneOutsideTheCohortIsRefused) {
  {
    auto db = server_->app().database().Acquire();
    const auto district = server_->app().tenant().id;
    auto person = people::PeopleStore(*db, district).Create({0, "outsider@practica.example", "Outsider", true});
    ASSERT_TRUE(person.has_value());
    participations::DirectoryStore directory(*db, district);
    const auto school = directory.FindSchool("los-angeles-hs").value().value().id;
    auth::GrantStore grants(*db, district);
    ASSERT_TRUE(grants.Add(auth::NewGrant{person->id, auth::Role::kTeacher, auth::ScopeKind::kSchool, school,
                                          core::LocalDate{2018, 7, 1}, std::nullopt},
                           0, kMarch15_2019)
                    .has_value());
  }

  EXPECT_EQ(Page(kGarvanza, "outsider@practica.example").status, 403);
  EXPECT_EQ(Page(kPs3 + "/challenges", "outsider@practica.example").status, 403);
  EXPECT_EQ(Post(kGarvanza + "/comments", "outsider@practica.example", {{"body", "Hi"}}).status, 403);
}

TEST_P(ChallengeRoutes, ATeamWalksFromProblemOfPracticeToAClosedCycle) {
  SanPascualTeam();
  SanPascualDraft();
  const auto daniel = std::to_string(PersonId(kDaniel));

  auto early_cycle = Post(kSanPascual + "/cycles", kDaniel, {{"try", "A lesson"}, {"prediction", "p"}, {"evidence_planned", "e"}});
  auto shared = Post(kSanPascual + "/share", kDaniel, {});
  auto step = Post(kSanPascual + "/steps", kDaniel, {{"what", "Empathy interviews"}, {"owner", daniel}, {"due_on", "2019-04-12"}});
  auto cycle = Post(kSanPascual + "/cycles", kDaniel,
                    {{"try", "A design-thinking lesson"}, {"prediction", "More student-designed projects."},
                     {"evidence_planned", "Project proposals"}});
  auto second = Post(kSanPascual + "/cycles", kDaniel, {{"try", "Another"}, {"prediction", "p"}, {"evidence_planned", "e"}});
  auto closed = Post(kSanPascual + "/cycles/1", kDaniel,
                     {{"happened", "11 of 25 proposals were student-designed."},
                      {"evidence_links", "https://drive.example.org/proposals"}, {"learned", "Choice matters."},
                      {"decision", "adopt"}, {"next_step", "Share at the follow-up day."}, {"close", true}});
  const auto session = server_->SignIn(kDaniel);
  auto after = Parse(server_->Get("/api/v1" + kSanPascual, &session));

  EXPECT_EQ(early_cycle.status, 422);
  EXPECT_EQ(shared.status, 200);
  EXPECT_EQ(step.status, 201) << step.body;
  EXPECT_EQ(cycle.status, 201) << cycle.body;
  EXPECT_EQ(second.status, 409);
  EXPECT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(after["stage"].at("code").as_string(), "sharing");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'challenges.change' AND outcome = 'done'"
                  " AND record_type IN ('challenge', 'challenge_step', 'challenge_cycle')"),
            6);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ChallengeRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         DatabaseTestName);

}  // namespace
}  // namespace practica::testing
