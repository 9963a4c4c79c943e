// Cohort setup over real HTTP: who may change it, and what a refused change keeps.
#include "applications_fixture.hpp"

namespace practica::applications {
namespace {

using SetupRoutes = ApplicationsRoutesTest;

TEST_F(SetupRoutes, OpensTheNextCohortFromThePreviousOneWithEverythingCopied) {
  auto setup = server_->Get("/api/v1/cohorts/ps-5-0/setup");

  ASSERT_EQ(setup.status, 200) << "the setup is public, as the overview memo was";
  const auto data = Json(setup);
  EXPECT_EQ(data.at("copied_from").as_string(), "PS 4.0");
  EXPECT_EQ(data.at("questions").as_array().size(), 9u);
  EXPECT_EQ(data.at("criteria").as_array().size(), 6u);
  EXPECT_EQ(data.at("agreement").at("version").as_int64(), 1);
  EXPECT_NE(std::string(data.at("agreement").at("text").as_string()).find("Practitioner Schools 5.0"), std::string::npos);
  EXPECT_EQ(data.at("applications").at("closes_at").as_string(), "2026-12-04T16:00:00-08:00");
  EXPECT_EQ(data.at("site_visits").at("text").as_string(), "December 7 to December 18, 2026");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM timeline_items t JOIN cohorts c ON c.district_id = t.district_id"
                  " AND c.id = t.cohort_id WHERE c.slug = 'ps-5-0'"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'cohorts.manage' AND outcome = 'done'"
                  " AND record_type = 'cohort'"),
            3);
}

TEST_F(SetupRoutes, CopiesPs3sQAndASessionsAYearLaterAtTheSameTime) {
  auto opened = Api("POST", "/api/v1/cohorts/ps-3-0/copy", director_, R"({"number":"3.5","title":"Rehearsal"})");

  ASSERT_EQ(opened.status, 201) << opened.body;
  const auto sessions = Json(opened).at("qa_sessions").as_array();
  ASSERT_EQ(sessions.size(), 2u);
  EXPECT_EQ(sessions[0].at("when").as_string(), "Thursday, March 14, 2019, 2:00 PM to 3:00 PM");
  EXPECT_EQ(Json(opened).at("applications").at("closes_at").as_string(), "2019-04-06T16:00:00-07:00");
}

TEST_F(SetupRoutes, NamesTheNewNumberThemeAndYearWhereverPs4sTextNamedItsOwn) {
  const auto data = Json(server_->Get("/api/v1/cohorts/ps-5-0/setup"));
  const std::string agreement(data.at("agreement").at("text").as_string());
  const auto& goals = data.at("goals").as_array();

  EXPECT_NE(agreement.find("Practitioner Schools 5.0: Empowered Learner, for the 2020-2021 school year"),
            std::string::npos)
      << agreement.substr(0, 400);
  EXPECT_EQ(agreement.find("Global Collaborator"), std::string::npos);
  EXPECT_EQ(agreement.find("2019-2020"), std::string::npos);
  ASSERT_EQ(goals.size(), 5u) << "PS 4.0's five goals";
  EXPECT_EQ(goals[1].as_string(),
            "Provide students with opportunities to develop Empowered Learner skills on a daily basis, thereby "
            "granting students the ability to build proficiency in 21st-century practices for success.");
  EXPECT_EQ(goals[4].as_string(), "Share PS 5.0 promising practices with other schools in the District.");
  EXPECT_EQ(data.at("cohort").at("school_year").as_string(), "2020-2021");
}

TEST_F(SetupRoutes, CopiesTheCommitmentTemplateAndCalendarAYearLaterAndShowsWhatStillNamesTheOldYear) {
  auto opened = Api("POST", "/api/v1/cohorts/ps-3-0/copy", director_,
                    R"({"number":"3.5","title":"Rehearsal","school_year":"2019-2020"})");
  ASSERT_EQ(opened.status, 201) << opened.body;

  const auto items = Count("SELECT COUNT(*) FROM commitment_templates t JOIN cohorts c ON c.district_id = t.district_id"
                           " AND c.id = t.cohort_id WHERE c.slug = 'ps-3-5'");
  const auto stale = Json(opened).at("still_names_old_cohort").as_array();
  const auto page = server_->Get("/cohorts/ps-3-5/setup", &director_);

  EXPECT_EQ(items, 24) << "PS 3.0's 21 school and 3 district commitments, not typed again";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM commitment_templates t JOIN cohorts c ON c.district_id = t.district_id"
                  " AND c.id = t.cohort_id WHERE c.slug = 'ps-3-5' AND t.verified_by <> ''"),
            17)
      << "what verifies commitments 1, 2, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20 and 21 comes along";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM commitment_calendars k JOIN cohorts c ON c.district_id = k.district_id"
                  " AND c.id = k.cohort_id WHERE c.slug = 'ps-3-5' AND k.support_ends_on = '2020-06-07'"),
            1)
      << "PS 3.0's coach support ended June 7, 2019";
  ASSERT_FALSE(stale.empty());
  EXPECT_EQ(stale[0].at("part").as_string(), "The agreement");
  EXPECT_EQ(stale[0].at("phrases").as_array()[0].as_string(), "2018") << "\"a planning meeting in May 2018\"";
  EXPECT_NE(page.body.find("id=\"stale-list\""), std::string::npos);
  EXPECT_NE(page.body.find("Still names PS 3.0"), std::string::npos);
}

TEST_F(SetupRoutes, StaffCorrectTheSchoolYearAndAMistypedOneIsRefusedAndKept) {
  auto refused = server_->PostForm("/cohorts/ps-5-0/setup/school-year", &director_, "cohort_school_year=2020-2022");
  auto saved = server_->PostForm("/cohorts/ps-5-0/setup/school-year", &director_, "cohort_school_year=2021-2022");
  auto api = Api("POST", "/api/v1/cohorts/ps-5-0/setup/school-year", director_, R"({"cohort_school_year":"next year"})");
  auto teacher = server_->PostForm("/cohorts/ps-5-0/setup/school-year", &teacher_, "cohort_school_year=2030-2031");

  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("value=\"2020-2022\""), std::string::npos);
  EXPECT_NE(refused.body.find("the second the next"), std::string::npos);
  EXPECT_EQ(saved.status, 303);
  EXPECT_EQ(api.status, 422);
  EXPECT_EQ(Json(api).at("error").at("field").as_string(), "cohort_school_year");
  EXPECT_EQ(teacher.status, 403);
  EXPECT_EQ(Json(server_->Get("/api/v1/cohorts/ps-5-0/setup")).at("cohort").at("school_year").as_string(),
            "2021-2022");
}

TEST_F(SetupRoutes, ARefusedCopyKeepsTheChosenFocusStandardAndSchoolYear) {
  auto page = server_->PostForm("/cohorts/ps-4-0/copy", &director_,
                                "number=5.0&title=Again&focus_standard=1.3&school_year=2020-2021");

  EXPECT_EQ(page.status, 409);
  EXPECT_NE(page.body.find("<option value=\"1.3\" selected>"), std::string::npos);
  EXPECT_NE(page.body.find("name=\"school_year\" value=\"2020-2021\""), std::string::npos);
}

TEST_F(SetupRoutes, PublishesTheAgreementForVisitorsWithTheCohort) {
  const auto cohort = server_->Get("/cohorts/ps-5-0");
  const auto agreement = server_->Get("/cohorts/ps-5-0/agreement");
  const auto none = server_->Get("/cohorts/ps-2-0/agreement");

  EXPECT_NE(cohort.body.find("href=\"/cohorts/ps-5-0/agreement\""), std::string::npos);
  EXPECT_EQ(agreement.status, 200) << "no sign-in: a school reads it before applying";
  EXPECT_NE(agreement.body.find("Practitioner Schools 5.0: Empowered Learner, for the 2020-2021 school year"),
            std::string::npos);
  EXPECT_NE(agreement.body.find("Version 1, published"), std::string::npos);
  EXPECT_EQ(none.status, 200);
  EXPECT_NE(none.body.find("id=\"no-agreement\""), std::string::npos);
}

TEST_F(SetupRoutes, TellsVisitorsWhomToAskAndOnceTheWindowClosesThatTheNextIsNotAnnounced) {
  const auto open = server_->Get("/");
  server_->clock().Set(testing::kTestNow + 20 * 86400);  // December 13, 2026: PS 5.0's window closed on the 4th
  const auto closed = server_->Get("/");

  EXPECT_NE(open.body.find("contact Sophia Mendoza, Instructional Technology Director, at "
                           "<a href=\"mailto:sophia.mendoza@lausd.net\">"),
            std::string::npos);
  EXPECT_EQ(open.body.find("id=\"next-window\""), std::string::npos) << "PS 5.0 is taking applications";
  EXPECT_NE(closed.body.find("id=\"next-window\""), std::string::npos);
  EXPECT_NE(closed.body.find("id=\"tell-me\""), std::string::npos);
}

TEST_F(SetupRoutes, RefusesToOpenACohortWhoseNumberIsTakenKeepingWhatWasTyped) {
  const auto before = Count("SELECT COUNT(*) FROM cohorts");

  auto page = server_->PostForm("/cohorts/ps-4-0/copy", &director_, "number=5.0&title=Again+Empowered");
  auto api = Api("POST", "/api/v1/cohorts/ps-4-0/copy", director_, R"({"number":"5.0","title":"Again"})");

  EXPECT_EQ(page.status, 409);
  EXPECT_NE(page.body.find("There already is a cohort PS 5.0 (ps-5-0); choose another number."), std::string::npos);
  EXPECT_NE(page.body.find("value=\"Again Empowered\""), std::string::npos);
  EXPECT_EQ(api.status, 409);
  EXPECT_EQ(Json(api).at("error").at("field").as_string(), "number");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM cohorts"), before);
}

TEST_F(SetupRoutes, StaffSetTheQuestionsOnePerLineFromTheSetupPage) {
  auto reply = server_->PostForm("/cohorts/ps-5-0/setup/questions", &director_,
                                 "questions=Do+you+have+an+ILT%3F%0D%0A%0D%0AWho+leads+it%3F");

  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(reply.Header("location"), "/cohorts/ps-5-0/setup#questions");
  auto page = server_->Get("/cohorts/ps-5-0/setup", &director_);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<li>Who leads it?</li>"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM application_questions q JOIN cohorts c ON c.district_id = q.district_id"
                  " AND c.id = q.cohort_id WHERE c.slug = 'ps-5-0'"),
            2);
}

TEST_F(SetupRoutes, RefusesAWindowThatClosesBeforeItOpensAndKeepsWhatWasTyped) {
  auto reply = server_->PostForm("/cohorts/ps-5-0/setup/window", &director_,
                                 "opens_on=2026-12-10&opens_time=08%3A00&closes_on=2026-12-01&closes_time=16%3A00");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("Applications for PS 5.0 must close after they open; move the deadline later."),
            std::string::npos);
  EXPECT_NE(reply.body.find("value=\"2026-12-01\""), std::string::npos);
  EXPECT_EQ(Json(server_->Get("/api/v1/cohorts/ps-5-0/setup")).at("applications").at("closes_at").as_string(),
            "2026-12-04T16:00:00-08:00");
}

TEST_F(SetupRoutes, RefusesAQAndASessionThatEndsBeforeItStarts) {
  auto reply = Api("POST", "/api/v1/cohorts/ps-5-0/setup/qa-sessions", director_,
                   R"({"starts_at":"2027-03-14T15:00","ends_at":"2027-03-14T14:00","details":"Room 2"})");

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(Json(reply).at("error").at("field").as_string(), "ends_at");
}

TEST_F(SetupRoutes, PublishesANewAgreementVersionAndKeepsTheFirst) {
  auto reply = server_->PostForm("/cohorts/ps-5-0/setup/agreement", &director_,
                                 "title=Intent+to+Participate&text=The+revised+commitments.");

  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM agreement_versions v JOIN cohorts c ON c.district_id = v.district_id"
                  " AND c.id = v.cohort_id WHERE c.slug = 'ps-5-0'"),
            2);
  EXPECT_EQ(Json(server_->Get("/api/v1/cohorts/ps-5-0/setup")).at("agreement").at("version").as_int64(), 2);
}

TEST_F(SetupRoutes, OnlyTheProgramsAdministratorsSetUpACohort) {
  auto principal = server_->PostForm("/cohorts/ps-5-0/setup/questions", &principal_, "questions=Mine%3F");
  auto specialist = Api("POST", "/api/v1/cohorts/ps-5-0/setup/questions", specialist_, R"({"questions":["Mine?"]})");
  auto page = server_->Get("/cohorts/ps-5-0/setup", &hope_);

  EXPECT_EQ(principal.status, 403);
  EXPECT_EQ(specialist.status, 403);
  EXPECT_EQ(page.status, 403);
  EXPECT_EQ(Json(server_->Get("/api/v1/cohorts/ps-5-0/setup")).at("questions").as_array().size(), 9u);
}

TEST_F(SetupRoutes, LocksTheQuestionsOnceASchoolHasStartedApplying) {
  ASSERT_EQ(Api("POST", ApiUrl(kHope), hope_).status, 201);

  auto reply = Api("POST", "/api/v1/cohorts/ps-5-0/setup/criteria", director_, R"({"criteria":["Only one now."]})");

  EXPECT_EQ(reply.status, 409);
  EXPECT_EQ(Json(reply).at("error").at("message").as_string(),
            "The selection criteria of PS 5.0 can no longer change: 1 school has started applying to them. Publish "
            "clarifications in the Q&A sessions instead.");
  EXPECT_EQ(Json(server_->Get("/api/v1/cohorts/ps-5-0/setup")).at("criteria").as_array().size(), 6u);
}

}  // namespace
}  // namespace practica::applications
