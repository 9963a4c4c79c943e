// District staff keep a cohort's commitment template, its dates, and issue it.
#include "features/commitments/routes/commitments_fixture.hpp"

namespace practica::testing {
namespace {

const std::string kTemplate = "/cohorts/ps-3-0/commitments/template";

TEST_F(CommitmentsRoutes, ShowsTheTemplateToADirector) {
  auto director = server_->SignIn(kDirector);

  auto page = server_->Get(kTemplate, &director);

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"template-1\""), std::string::npos);
  EXPECT_NE(page.body.find("id=\"template-d3\""), std::string::npos);
  EXPECT_NE(page.body.find("value=\"2018-08-14\""), std::string::npos) << "the first day of instruction";
}

TEST_F(CommitmentsRoutes, KeepsTheTemplatePageToDirectorsAndCoordinators) {
  auto specialist = server_->SignIn(kSpecialist);
  auto principal = server_->SignIn(kPrincipal);

  EXPECT_EQ(server_->Get(kTemplate, &specialist).status, 403);
  EXPECT_EQ(server_->Get(kTemplate, &principal).status, 403);
  EXPECT_EQ(server_->Get("/api/v1" + kTemplate, &principal).status, 200) << "the template itself is readable";
}

TEST_F(CommitmentsRoutes, MovesRelativeDueDatesWithTheCohortsDates) {
  auto director = server_->SignIn(kDirector);

  auto reply = server_->PostForm(kTemplate + "/dates", &director,
                                 "coach_starts_on=2018-08-08&instruction_starts_on=2018-08-21&support_ends_on=2019-06-07");

  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(reply.Header("location"), kTemplate + "?saved=dates");
  const auto item = Item(GetJson(Checklist(kGarvanza, true), director), "10");
  EXPECT_EQ(item.at("due").at("on").as_string(), "2018-09-21");
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM audit_log WHERE action = 'commitments.manage'"
                               " AND record_type = 'commitment_calendar'"),
            1);
}

TEST_F(CommitmentsRoutes, RefusesDatesOutOfOrderKeepingWhatWasTyped) {
  auto director = server_->SignIn(kDirector);

  auto reply = server_->PostForm(kTemplate + "/dates", &director,
                                 "coach_starts_on=2018-08-08&instruction_starts_on=2018-08-14&support_ends_on=2018-06-07");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("The coach&apos;s support must end after the first day of instruction (Tuesday, "
                            "August 14, 2018); move the end of support later."),
            std::string::npos);
  EXPECT_NE(reply.body.find("value=\"2018-06-07\""), std::string::npos);
}

TEST_F(CommitmentsRoutes, AddsACommitmentAndIssuesItToEverySchool) {
  auto director = server_->SignIn(kDirector);

  auto saved = server_->PostForm(kTemplate + "/items", &director,
                                 "phase=ongoing&number=22&title=Share+a+student+showcase&description=&due_kind=fixed"
                                 "&due_on=2019-05-17&due_months=&evidence_kind=url&evidence_label=Link+to+the+showcase"
                                 "&verifier=coach");
  auto issued = server_->PostForm("/cohorts/ps-3-0/commitments/issue", &director, "");

  EXPECT_EQ(saved.status, 303);
  EXPECT_EQ(issued.status, 303);
  EXPECT_EQ(issued.Header("location"), kTemplate + "?saved=issued&copies=25");
  const auto item = Item(GetJson(Checklist(kHope, true), director), "22");
  EXPECT_EQ(item.at("title").as_string(), "Share a student showcase");
  EXPECT_EQ(item.at("status").as_string(), "late");  // due May 17, 2019
}

TEST_F(CommitmentsRoutes, RefusesACommitmentWithoutATitle) {
  auto director = server_->SignIn(kDirector);
  const auto before = server_->CountRows("SELECT COUNT(*) FROM commitment_templates");

  auto reply = server_->PostForm(kTemplate + "/items", &director,
                                 "phase=ongoing&number=22&title=&due_kind=end_of_support&evidence_kind=url"
                                 "&evidence_label=Link&verifier=coach");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("Give commitment 22 a title, e.g. &quot;Designate a Technology Support Lead&quot;."),
            std::string::npos);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM commitment_templates"), before);
}

TEST_F(CommitmentsRoutes, ChangesIssuedCopiesOnlyWhenAsked) {
  auto director = server_->SignIn(kDirector);
  const std::string fields =
      "phase=ongoing&number=16&title=Submit+a+completed+technology+plan&due_kind=fixed&due_on=2019-06-14"
      "&evidence_kind=document&evidence_label=Link+to+the+plan&verifier=district";

  ASSERT_EQ(server_->PostForm(kTemplate + "/items", &director, fields).status, 303);
  const auto kept = Item(GetJson(Checklist(kHope, true), director), "16");
  ASSERT_EQ(server_->PostForm(kTemplate + "/items", &director, fields + "&apply_to_issued=1").status, 303);
  const auto changed = Item(GetJson(Checklist(kHope, true), director), "16");

  EXPECT_EQ(kept.at("due").at("on").as_string(), "2019-06-07");
  EXPECT_EQ(changed.at("due").at("on").as_string(), "2019-06-14");
}

TEST_F(CommitmentsRoutes, ShowsWhatVerifiesACommitmentAutomatically) {
  auto director = server_->SignIn(kDirector);

  auto page = server_->Get(kTemplate, &director);
  auto api = GetJson("/api/v1" + kTemplate, director);

  EXPECT_NE(page.body.find("Verified automatically when"), std::string::npos);
  EXPECT_NE(page.body.find("<option value=\"sso_lead\" selected>The single sign-on (SSO) lead is designated"),
            std::string::npos) << "commitment 1's form";
  const auto& items = api.at("items").as_array();
  EXPECT_EQ(items.at(0).at("verified_by").as_string(), "sso_lead");
  EXPECT_EQ(items.at(4).at("verified_by").as_string(), "team_confirmed");
  EXPECT_EQ(items.at(12).at("verified_by").as_string(), "planning_registration");
  EXPECT_EQ(items.at(3).at("verified_by").as_string(), "") << "commitment 4: a person verifies it";
}

TEST_F(CommitmentsRoutes, SetsAndClearsTheEvidenceThatVerifiesACommitment) {
  auto director = server_->SignIn(kDirector);
  const std::string fields =
      "phase=first_month&number=11&title=Include+the+ITF+in+ILT+meetings&due_kind=after_instruction"
      "&due_months=1&evidence_kind=date&evidence_label=Date+of+the+first+meeting&verifier=coach";

  ASSERT_EQ(server_->PostForm(kTemplate + "/items", &director, fields + "&verified_by=team_confirmed").status, 303);
  const auto set = GetJson("/api/v1" + kTemplate, director).at("items").as_array().at(10).as_object();
  ASSERT_EQ(server_->PostForm(kTemplate + "/items", &director, fields + "&verified_by=").status, 303);
  const auto cleared = GetJson("/api/v1" + kTemplate, director).at("items").as_array().at(10).as_object();

  EXPECT_EQ(set.at("verified_by").as_string(), "team_confirmed");
  EXPECT_EQ(set.at("verified_by_label").as_string(), "The practitioner team is confirmed");
  EXPECT_EQ(cleared.at("verified_by").as_string(), "");
}

TEST_F(CommitmentsRoutes, RefusesAnUnknownEvidenceKeyNamingTheField) {
  auto director = server_->SignIn(kDirector);

  auto reply = PostJson("/api/v1" + kTemplate + "/items", director,
                        R"({"phase": "before_coach", "number": 1, "title": "Designate an SSO lead",)"
                        R"( "due_kind": "before_coach", "evidence_kind": "person", "evidence_label": "Name",)"
                        R"( "verifier": "coach", "verified_by": "principal"})");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("\"field\":\"verified_by\""), std::string::npos) << reply.body;
}

}  // namespace
}  // namespace practica::testing
