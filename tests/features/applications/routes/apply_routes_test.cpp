// A school applying over real HTTP: start, save, submit, withdraw, and every way to break it.
#include "applications_fixture.hpp"
#include "mail/smtp_rig.hpp"

namespace practica::applications {
namespace {

using ApplyRoutes = ApplicationsRoutesTest;

// 2026-12-04 16:00 PST, the deadline of PS 5.0 in the fixture.
constexpr std::int64_t kDeadline = 1796428800;

TEST_F(ApplyRoutes, PrincipalStartsAndSavesAnIncompleteDraftWithoutLosingIt) {
  auto started = server_->PostForm(PageUrl(kHope), &hope_, "");
  const auto questions = Json(Api("GET", ApiUrl(kHope), hope_)).at("questions").as_array();
  const auto first = std::to_string(questions[0].at("id").as_int64());
  auto saved = server_->PostForm(PageUrl(kHope) + "/draft", &hope_, "answer_" + first + "=Our+ILT+meets+weekly.");
  auto page = server_->Get(PageUrl(kHope), &hope_);

  EXPECT_EQ(started.status, 303);
  EXPECT_EQ(saved.status, 303);
  EXPECT_EQ(saved.Header("location"), PageUrl(kHope) + "#draft");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find(">Our ILT meets weekly.</textarea>"), std::string::npos);
  EXPECT_NE(page.body.find("id=\"missing\""), std::string::npos);
  EXPECT_NE(page.body.find("the signed Intent to Participate, attached as a file"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'applications.apply' AND outcome = 'done'"
                  " AND record_type = 'application' AND school_id IS NOT NULL"),
            2);
}

TEST_F(ApplyRoutes, RefusesASecondApplicationFromTheSameSchool) {
  ASSERT_EQ(Api("POST", ApiUrl(kGarvanza), principal_).status, 201);

  auto again = Api("POST", ApiUrl(kGarvanza), teacher_);
  auto page = server_->PostForm(PageUrl(kGarvanza), &principal_, "");

  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(Json(again).at("error").at("message").as_string(),
            "Garvanza Elementary Technology and Leadership Magnet already applied to PS 5.0 (draft); a school applies "
            "once, so continue with that application.");
  EXPECT_EQ(page.status, 409);
  EXPECT_NE(page.body.find("id=\"draft-form\""), std::string::npos) << "the page shows the existing draft";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM applications WHERE cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-5-0')"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'applications.apply' AND outcome = 'done'"), 1);
}

TEST_F(ApplyRoutes, RefusesToSubmitAnIncompleteApplicationNamingWhatIsMissing) {
  ASSERT_EQ(Api("POST", ApiUrl(kHope), hope_).status, 201);

  auto reply = Api("POST", ApiUrl(kHope) + "/submit", hope_);

  EXPECT_EQ(reply.status, 422);
  const std::string message(Json(reply).at("error").at("message").as_string());
  EXPECT_TRUE(message.starts_with("Hope Street ES's application for PS 5.0 is not complete. Still missing: an answer to "
                                  "question 1 (\"Do you have an experienced collaborative Instructional Le…\")"))
      << message;
  EXPECT_TRUE(message.ends_with("; and 19 more, listed on the application page. Add them and submit again."))
      << message;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM applications WHERE status = 'draft'"), 1);
}

TEST_F(ApplyRoutes, RefusesToSubmitAfterTheDeadlineGivingItInTheDistrictsTime) {
  CompleteApplication(kHope, hope_);
  const auto audited = Count("SELECT COUNT(*) FROM audit_log WHERE outcome = 'done'");
  MoveClockTo(kDeadline);

  auto reply = Api("POST", ApiUrl(kHope) + "/submit", hope_);
  auto page = server_->PostForm(PageUrl(kHope) + "/submit", &hope_, "");

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(Json(reply).at("error").at("message").as_string(),
            "Applications for PS 5.0 closed on Friday, December 4, 2026 at 4:00 PM; ask the program office for an "
            "extension.");
  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("closed on Friday, December 4, 2026 at 4:00 PM"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM applications WHERE status = 'draft'"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE outcome = 'done'"), audited);
}

TEST_F(ApplyRoutes, RefusesToStartAfterTheDeadline) {
  MoveClockTo(kDeadline + 60);

  auto reply = Api("POST", ApiUrl(kHope), hope_);

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM applications WHERE cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-5-0')"), 0);
}

TEST_F(ApplyRoutes, AnExtensionFromTheProgramOfficeLetsTheSchoolSubmitLate) {
  CompleteApplication(kHope, hope_);
  MoveClockTo(kDeadline + 3600);
  auto refused = Api("POST", ApiUrl(kHope) + "/extension", hope_,
                     R"({"deadline_at":"2026-12-11T16:00","reason":"Mine"})");

  auto granted = server_->PostForm(PageUrl(kHope) + "/extension", &director_,
                                   "deadline_on=2026-12-11&deadline_time=16%3A00&reason=The+principal+was+on+leave.");
  auto submitted = Api("POST", ApiUrl(kHope) + "/submit", hope_);

  EXPECT_EQ(refused.status, 403) << "a school cannot extend its own deadline";
  EXPECT_EQ(granted.status, 303);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(Json(submitted).at("status").as_string(), "submitted");
  EXPECT_EQ(Json(submitted).at("deadline").at("reason").as_string(), "The principal was on leave.");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'applications.manage' AND reason LIKE"
                  " 'extended the deadline of Hope Street ES for PS 5.0 to Friday, December 11, 2026 at 4:00 PM%'"),
            1);
}

TEST_F(ApplyRoutes, RefusesAnExtensionWithoutAReason) {
  auto reply = server_->PostForm(PageUrl(kHope) + "/extension", &director_,
                                 "deadline_on=2026-12-11&deadline_time=16%3A00&reason=");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("Say why the extension is granted; the reason is kept with it."), std::string::npos);
  EXPECT_NE(reply.body.find("value=\"2026-12-11\""), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM application_extensions"), 0);
}

TEST_F(ApplyRoutes, APrincipalCannotTouchAnotherSchoolsApplication) {
  ASSERT_EQ(Api("POST", ApiUrl(kHope), hope_).status, 201);

  auto page = server_->Get(PageUrl(kHope), &principal_);
  auto api = Api("GET", ApiUrl(kHope), principal_);
  auto draft = server_->PostForm(PageUrl(kHope) + "/draft", &principal_, "answer_1=Mine+now");
  auto submit = Api("POST", ApiUrl(kHope) + "/submit", principal_);
  auto upload = Upload(ApiUrl(kHope) + "/attachments", principal_, "intent.pdf", "application/pdf", PdfBytes());

  EXPECT_EQ(page.status, 403);
  EXPECT_EQ(api.status, 403);
  EXPECT_EQ(draft.status, 403);
  EXPECT_EQ(submit.status, 403);
  EXPECT_EQ(upload.status, 403);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM application_answers WHERE application_id IN (SELECT id FROM applications WHERE cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-5-0'))"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM application_attachments WHERE application_id IN (SELECT id FROM applications WHERE cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-5-0'))"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND action = 'applications.apply'"), 3);
}

TEST_F(ApplyRoutes, AnswersNotFoundForASchoolThatHasNotApplied) {
  auto reply = Api("GET", ApiUrl(kHope), director_);
  auto nowhere = Api("GET", "/api/v1/cohorts/ps-5-0/schools/no-such-school/application", director_);

  EXPECT_EQ(reply.status, 404);
  EXPECT_EQ(Json(reply).at("error").at("message").as_string(),
            "Hope Street ES has no application for PS 5.0; its principal or practitioner team can start one on its "
            "application page.");
  EXPECT_EQ(nowhere.status, 404);
}

TEST_F(ApplyRoutes, RefusesARatingOffTheScaleAndKeepsEverythingTyped) {
  ASSERT_EQ(Api("POST", ApiUrl(kHope), hope_).status, 201);
  const auto data = Json(Api("GET", ApiUrl(kHope), hope_));
  const auto question = std::to_string(data.at("questions").as_array()[0].at("id").as_int64());
  const auto criterion = std::to_string(data.at("criteria").as_array()[0].at("id").as_int64());

  auto reply = server_->PostForm(PageUrl(kHope) + "/draft", &hope_,
                                 "answer_" + question + "=Kept+answer&rating_" + criterion + "=9&evidence_" + criterion +
                                     "=Kept+evidence");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("must be from 1 (Not yet in place) to 4 (Exemplary); got &quot;9&quot;."), std::string::npos);
  EXPECT_NE(reply.body.find(">Kept answer</textarea>"), std::string::npos);
  EXPECT_NE(reply.body.find(">Kept evidence</textarea>"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM application_answers WHERE application_id IN (SELECT id FROM applications WHERE cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-5-0'))"), 0);
}

TEST_F(ApplyRoutes, WithdrawsUntilTheProgramOfficeDecides) {
  SubmitApplication(kHope, hope_);

  auto withdrawn = server_->PostForm(PageUrl(kHope) + "/withdraw", &hope_, "reason=Our+ILT+changed.");
  auto again = Api("POST", ApiUrl(kHope) + "/withdraw", hope_);

  EXPECT_EQ(withdrawn.status, 303);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(Json(again).at("error").at("message").as_string(), "Hope Street ES's application for PS 5.0 is already withdrawn.");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM application_decisions WHERE decision = 'withdrawn' AND note = 'Our ILT changed.'"), 1);
}

TEST_F(ApplyRoutes, ATeamMemberMayApplyForTheirSchool) {
  auto reply = Api("POST", ApiUrl(kGarvanza), teacher_);

  EXPECT_EQ(reply.status, 201);
  EXPECT_EQ(Json(reply).at("status").as_string(), "draft");
}

class ApplyMailRoutes : public ApplicationsRoutesTest {
 protected:
  void SetUp() override {
    ASSERT_TRUE(smtp_.Start()) << "the SMTP rig did not start";
    app::Config config;
    config.smtp_url = smtp_.url();
    config.mail_from = "Practica <noreply@practica.example>";
    StartWith(config);
  }
  testing::SmtpRig smtp_;
};

TEST_F(ApplyMailRoutes, TellsThePrincipalTheApplicationArrivedWhenTheTeamSubmits) {
  CompleteApplication(kGarvanza, teacher_);

  auto submitted = server_->PostForm(PageUrl(kGarvanza) + "/submit", &teacher_, "");
  const auto queued = server_->QueuedMail("PS 5.0 application received: Garvanza");
  const auto sent_in_request = smtp_.Mail().size();
  server_->RunJobs();

  EXPECT_EQ(submitted.status, 303);
  EXPECT_EQ(queued, 1) << "queued with the submission";
  EXPECT_EQ(sent_in_request, 0u) << "the request does not wait on the mail server";
  const auto mail = testing::WithSubject(smtp_.Mail(), "PS 5.0 application");
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_EQ(mail[0].to, std::vector<std::string>{"principal@practica.example"});
  EXPECT_EQ(mail[0].subject, "PS 5.0 application received: Garvanza Elementary Technology and Leadership Magnet");
  EXPECT_NE(mail[0].text.find("The program office visits the schools that applied December 7 to December 18, 2026."),
            std::string::npos);
}

TEST_F(ApplyMailRoutes, QueuesNoMailWhenTheSubmissionIsRefused) {
  auto refused = server_->PostForm(PageUrl(kGarvanza) + "/submit", &teacher_, "");

  EXPECT_EQ(refused.status, 404) << "Garvanza has not started an application";
  EXPECT_EQ(server_->QueuedMail("application received"), 0);
}

TEST_F(ApplyMailRoutes, TellsThePrincipalTheDecision) {
  SubmitApplication(kHope, hope_);

  auto decided = Api("POST", ApiUrl(kHope) + "/decision", director_,
                     R"({"decision":"accepted","note":"Welcome!","confirm":"yes","confirm_window_open":"yes",)"
                     R"("confirm_no_site_visit":"yes"})");
  const auto queued = server_->QueuedMail("PS 5.0 application: accepted");
  server_->RunJobs();

  EXPECT_EQ(decided.status, 200);
  EXPECT_EQ(queued, 1);
  const auto mail = testing::WithSubject(smtp_.Mail(), "PS 5.0 application");
  ASSERT_EQ(mail.size(), 2u);
  EXPECT_EQ(mail[1].to, std::vector<std::string>{"principal.hope@practica.example"});
  EXPECT_EQ(mail[1].subject, "PS 5.0 application: accepted");
  EXPECT_NE(mail[1].text.find("Hope Street ES is accepted into Practitioner Schools 5.0: Empowered Learner."),
            std::string::npos);
  EXPECT_NE(mail[1].text.find("A note from the program office: Welcome!"), std::string::npos);
}

TEST_F(ApplyMailRoutes, QueuesNoMailWhenTheDecisionIsNotConfirmed) {
  SubmitApplication(kHope, hope_);

  auto unconfirmed = Api("POST", ApiUrl(kHope) + "/decision", director_, R"({"decision":"accepted"})");

  EXPECT_EQ(unconfirmed.status, 422);
  EXPECT_EQ(server_->QueuedMail("PS 5.0 application: accepted"), 0);
}

TEST_F(ApplyMailRoutes, TellsThePrincipalWhenTheDecisionChanges) {
  SubmitApplication(kHope, hope_);
  const std::string confirmed = R"("confirm":"yes","confirm_window_open":"yes","confirm_no_site_visit":"yes")";
  ASSERT_EQ(Api("POST", ApiUrl(kHope) + "/decision", director_, R"({"decision":"accepted",)" + confirmed + "}").status, 200);
  server_->RunJobs();

  auto corrected = Api("POST", ApiUrl(kHope) + "/decision", director_,
                       R"({"decision":"declined","reason":"The scores were entered for the wrong school.",)" + confirmed + "}");
  server_->RunJobs();

  EXPECT_EQ(corrected.status, 200);
  const auto mail = testing::WithSubject(smtp_.Mail(), "PS 5.0 application");
  ASSERT_EQ(mail.size(), 3u);
  EXPECT_EQ(mail[2].to, std::vector<std::string>{"principal.hope@practica.example"});
  EXPECT_EQ(mail[2].subject, "PS 5.0 application: decision changed to declined");
  EXPECT_NE(mail[2].text.find("The program office changed its decision on Hope Street ES's application for PS 5.0: it "
                              "was accepted and is now declined. This replaces the earlier e-mail."),
            std::string::npos)
      << mail[2].text;
  EXPECT_NE(mail[2].text.find("Why it changed: The scores were entered for the wrong school."), std::string::npos);
}

}  // namespace
}  // namespace practica::applications
