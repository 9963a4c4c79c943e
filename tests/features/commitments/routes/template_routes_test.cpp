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

}  // namespace
}  // namespace practica::testing
