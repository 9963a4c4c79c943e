// Deciding on an application over real HTTP: no choice made for the person, a confirmation that
// names the school and the choice (and an open window or a missing site visit), and corrections
// that keep the history, the roster and the school's e-mail in step.
#include "applications_fixture.hpp"

namespace practica::applications {
namespace {

const std::string kAllConfirmed = R"("confirm":"yes","confirm_window_open":"yes","confirm_no_site_visit":"yes")";

class DecisionRoutes : public ApplicationsRoutesTest {
 protected:
  void SetUp() override {
    ApplicationsRoutesTest::SetUp();
    SubmitApplication(kHope, hope_);
  }

  // A site visit on December 8, and the clock on December 9, after the deadline of December 4.
  void VisitAfterTheDeadline() {
    ASSERT_EQ(Api("POST", ApiUrl(kHope) + "/site-visit", director_,
                  R"({"visited_on":"2026-12-08","visitors":"Sophia Mendoza","notes":""})")
                  .status,
              200);
    MoveClockTo(1796832000);  // 2026-12-09 08:00 in Los Angeles
  }

  testing::Reply Decide(const std::string& fields) {
    return Api("POST", ApiUrl(kHope) + "/decision", director_, "{" + fields + "}");
  }

  std::string Status() { return std::string(Json(Api("GET", ApiUrl(kHope), director_)).at("status").as_string()); }
  std::int64_t Decisions() { return Count("SELECT COUNT(*) FROM application_decisions WHERE application_id IN (SELECT id FROM applications WHERE cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-5-0'))"); }
  std::int64_t OnRoster() {
    return Count("SELECT COUNT(*) FROM participations p JOIN cohorts c ON c.district_id = p.district_id"
                 " AND c.id = p.cohort_id JOIN schools s ON s.district_id = p.district_id AND s.id = p.school_id"
                 " WHERE c.slug = 'ps-5-0' AND s.slug = 'hope-street-es'");
  }
  static std::string Section(const std::string& page, const std::string& marker, const std::string& end) {
    const auto start = page.find(marker);
    if (start == std::string::npos) return "";
    return page.substr(start, page.find(end, start) - start);
  }
};

TEST_F(DecisionRoutes, OffersEveryDecisionWithNoneChosenBeforehand) {
  auto page = server_->Get(PageUrl(kHope), &director_);

  const auto form = Section(page.body, "id=\"decision-form\"", "</form>");
  ASSERT_FALSE(form.empty()) << "the page has a decision form";
  EXPECT_NE(form.find("type=\"radio\" name=\"decision\" value=\"accepted\""), std::string::npos);
  EXPECT_NE(form.find("type=\"radio\" name=\"decision\" value=\"waitlisted\""), std::string::npos);
  EXPECT_NE(form.find("type=\"radio\" name=\"decision\" value=\"declined\""), std::string::npos);
  EXPECT_EQ(form.find("checked"), std::string::npos);
  EXPECT_EQ(form.find("selected"), std::string::npos);
}

TEST_F(DecisionRoutes, RefusesADecisionWithNoChoiceOnThePageAndTheApi) {
  auto page = server_->PostForm(PageUrl(kHope) + "/decision", &director_, "note=Welcome+aboard");
  auto api = Decide(kAllConfirmed);

  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("Choose a decision (accept, waitlist or decline); nothing was recorded and the school was "
                           "not e-mailed."),
            std::string::npos);
  EXPECT_NE(page.body.find("value=\"Welcome aboard\""), std::string::npos);
  EXPECT_EQ(api.status, 422);
  EXPECT_EQ(Json(api).at("error").at("field").as_string(), "decision");
  EXPECT_EQ(Decisions(), 0);
}

TEST_F(DecisionRoutes, AsksThePageToConfirmNamingTheSchoolTheChoiceTheOpenWindowAndTheMissingVisit) {
  auto page = server_->PostForm(PageUrl(kHope) + "/decision", &director_, "decision=accepted&note=Welcome+aboard");

  EXPECT_EQ(page.status, 200);
  const auto confirm = Section(page.body, "id=\"confirm-decision\"", "</section>");
  ASSERT_FALSE(confirm.empty()) << page.body.substr(0, 2000);
  EXPECT_NE(confirm.find("Accept Hope Street ES into PS 5.0 and e-mail the school the decision?"), std::string::npos);
  EXPECT_NE(confirm.find("The application window for PS 5.0 is open until Friday, December 4, 2026 at 4:00 PM; other "
                         "schools may still apply."),
            std::string::npos);
  EXPECT_NE(confirm.find("No site visit to Hope Street ES is recorded; site visits for PS 5.0 take place December 7 "
                         "to December 18, 2026."),
            std::string::npos);
  EXPECT_NE(confirm.find("name=\"confirm\" value=\"yes\""), std::string::npos);
  EXPECT_NE(confirm.find("name=\"note\" value=\"Welcome aboard\""), std::string::npos);
  EXPECT_EQ(Decisions(), 0);
  EXPECT_EQ(Status(), "submitted");
}

TEST_F(DecisionRoutes, ShowsTheConfirmationAgainWhenAStatementIsNotTicked) {
  auto page = server_->PostForm(PageUrl(kHope) + "/decision", &director_,
                                "decision=declined&confirm=yes&confirm_window_open=yes");

  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("Tick each statement to go ahead; nothing was recorded and the school was not e-mailed."),
            std::string::npos);
  EXPECT_NE(page.body.find("id=\"confirm-decision\""), std::string::npos);
  EXPECT_EQ(Decisions(), 0);
}

TEST_F(DecisionRoutes, ApiSaysWhatToConfirmAndRecordsNothingUntilEverythingIs) {
  auto bare = Decide(R"("decision":"accepted")");
  auto decision_only = Decide(R"("decision":"accepted","confirm":"yes")");
  const auto before = Decisions();
  auto confirmed = Decide(R"("decision":"accepted",)" + kAllConfirmed);

  EXPECT_EQ(bare.status, 422);
  EXPECT_EQ(Json(bare).at("error").at("message").as_string(),
            "Nothing was recorded: confirm this first. Accept Hope Street ES into PS 5.0 and e-mail the school the "
            "decision. To go ahead, send \"confirm\": \"yes\".");
  EXPECT_EQ(decision_only.status, 422);
  EXPECT_EQ(Json(decision_only).at("error").at("field").as_string(), "confirm_window_open");
  EXPECT_EQ(before, 0);
  EXPECT_EQ(confirmed.status, 200);
  EXPECT_EQ(Json(confirmed).at("status").as_string(), "accepted");
}

TEST_F(DecisionRoutes, NeedsOnlyTheDecisionConfirmedAfterTheDeadlineAndAVisit) {
  VisitAfterTheDeadline();

  auto page = server_->PostForm(PageUrl(kHope) + "/decision", &director_, "decision=accepted&confirm=yes");

  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(Status(), "accepted");
  EXPECT_EQ(OnRoster(), 1);
}

TEST_F(DecisionRoutes, CorrectsAnAcceptanceToADeclineAndBackKeepingHistoryAndRosterInStep) {
  VisitAfterTheDeadline();
  ASSERT_EQ(Decide(R"("decision":"accepted","confirm":"yes")").status, 200);
  ASSERT_EQ(OnRoster(), 1);

  auto declined = Decide(R"("decision":"declined","confirm":"yes","reason":"Scores were entered for the wrong school.")");
  const auto roster_after_decline = OnRoster();
  auto accepted = Decide(R"("decision":"accepted","confirm":"yes","reason":"Back to the right scores.")");

  EXPECT_EQ(declined.status, 200);
  EXPECT_EQ(roster_after_decline, 0);
  EXPECT_EQ(accepted.status, 200);
  EXPECT_EQ(OnRoster(), 1);
  const auto history = Json(Api("GET", ApiUrl(kHope), hope_)).at("decisions").as_array();
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history[1].at("decision").as_string(), "declined");
  EXPECT_EQ(history[1].at("reason").as_string(), "Scores were entered for the wrong school.");
  EXPECT_EQ(history[1].at("replaced").as_string(), "accepted");
  EXPECT_EQ(history[1].at("by").as_string(), "Sophia Mendoza");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'applications.decide' AND outcome = 'done'"
                  " AND reason LIKE 'changed the decision on Hope Street ES''s application for PS 5.0 from accepted"
                  " to declined%'"),
            1);
  auto page = server_->Get(PageUrl(kHope), &hope_);
  EXPECT_NE(page.body.find("Scores were entered for the wrong school."), std::string::npos);
}

TEST_F(DecisionRoutes, OffersTheDirectorACorrectionOfTheCurrentDecision) {
  VisitAfterTheDeadline();
  ASSERT_EQ(Decide(R"("decision":"accepted","confirm":"yes")").status, 200);

  auto page = server_->Get(PageUrl(kHope), &director_);

  const auto form = Section(page.body, "id=\"decision-form\"", "</form>");
  EXPECT_NE(page.body.find("Change the decision"), std::string::npos);
  EXPECT_EQ(form.find("value=\"accepted\""), std::string::npos) << "the current decision is not offered again";
  EXPECT_NE(form.find("value=\"declined\""), std::string::npos);
  EXPECT_NE(form.find("name=\"reason\""), std::string::npos);
}

TEST_F(DecisionRoutes, RefusesToCorrectAnAcceptanceOnceTheSchoolHasACoach) {
  VisitAfterTheDeadline();
  ASSERT_EQ(Decide(R"("decision":"accepted","confirm":"yes")").status, 200);
  {
    auto db = server_->app().database().Acquire();
    ASSERT_TRUE(db->Exec("INSERT INTO participation_coaches (district_id, id, cohort_id, school_id, coach_person_id,"
                         " assigned_at) SELECT p.district_id, 990001, p.cohort_id, p.school_id, $1, 0"
                         " FROM participations p JOIN schools s ON s.district_id = p.district_id AND s.id = p.school_id"
                         " JOIN cohorts c ON c.district_id = p.district_id AND c.id = p.cohort_id"
                         " WHERE s.slug = 'hope-street-es' AND c.slug = 'ps-5-0'",
                         {coach_.person_id}));
  }

  auto refused = Decide(R"("decision":"waitlisted","confirm":"yes")");

  EXPECT_EQ(refused.status, 409);
  EXPECT_EQ(Json(refused).at("error").at("message").as_string(),
            "Hope Street ES's participation in PS 5.0 already has a coach, so the acceptance can no longer be "
            "corrected. Retract the participation on its page instead; that keeps its history.");
  EXPECT_EQ(Status(), "accepted");
  EXPECT_EQ(OnRoster(), 1);
  EXPECT_EQ(Decisions(), 1);
}

TEST_F(DecisionRoutes, RefusesAConfirmationOfADecisionThatChangedMeanwhile) {
  VisitAfterTheDeadline();
  ASSERT_EQ(Decide(R"("decision":"waitlisted","confirm":"yes")").status, 200);

  // A second director confirms what they saw before the waitlisting.
  auto page = server_->PostForm(PageUrl(kHope) + "/decision", &director_,
                                "decision=declined&confirm=yes&was=submitted");

  EXPECT_EQ(page.status, 409);
  EXPECT_NE(page.body.find("Hope Street ES&apos;s application for PS 5.0 became waitlisted while you were confirming"),
            std::string::npos);
  EXPECT_EQ(Status(), "waitlisted");
}

}  // namespace
}  // namespace practica::applications
