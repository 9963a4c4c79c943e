// Signing the intent to participate, the states that follow, signature requests and retraction.
#include <boost/json/parse.hpp>

#include <set>

#include "auth/grant_store.hpp"
#include "auth/secrets.hpp"
#include "features/participations/routes/route_fixture.hpp"

namespace practica::testing {
namespace {

const std::string kSignatures =
    "SELECT COUNT(*) FROM agreement_signatures WHERE cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-3-0')";

TEST_F(ParticipationRoutes, RefusesToSignAnOldVersionAndNamesTheCurrentOne) {
  const int first = CurrentVersion();
  const int second = PublishNext("Intent to participate, second version.");

  auto page = Post(kPrincipal, Page(kGarvanza, "/sign"), "version=" + std::to_string(first));
  auto api = PostJson(kPrincipal, Api(kGarvanza, "/sign"), "{\"version\":" + std::to_string(first) + "}");

  const std::string message = "You are signing version " + std::to_string(first) + " of the PS 3.0 agreement, but version " +
                              std::to_string(second) + " is current; read version " + std::to_string(second) +
                              " and sign it.";
  EXPECT_EQ(page.status, 409);
  EXPECT_NE(page.body.find(message), std::string::npos);
  EXPECT_NE(page.body.find("id=\"form-error\""), std::string::npos);
  EXPECT_EQ(api.status, 409);
  EXPECT_EQ(boost::json::parse(api.body).at("error").at("message").as_string(), message);
  EXPECT_EQ(Count(kSignatures), 0);
}

TEST_F(ParticipationRoutes, BecomesActiveOnlyWhenThePrincipalAndTheDirectorHaveSigned) {
  const int version = CurrentVersion();
  const std::string form = "version=" + std::to_string(version);

  auto principal = Post(kPrincipal, Page(kGarvanza, "/sign"), form);
  auto half = GetJson(kStaff, Api(kGarvanza));
  auto director = PostJson(kDirector, Api(kGarvanza, "/sign"), "{\"version\":" + std::to_string(version) + "}");
  auto both = boost::json::parse(director.body).as_object();

  EXPECT_EQ(principal.status, 303);
  EXPECT_EQ(principal.Header("location"), Page(kGarvanza));
  EXPECT_EQ(half.at("state").as_string(), "awaiting_signatures");
  EXPECT_EQ(half.at("agreement_missing").as_array().at(0).as_string(),
            "Marcus Lee, instructional director of Local District Northeast, has not signed yet.");
  EXPECT_EQ(director.status, 201);
  EXPECT_EQ(both.at("state").as_string(), "active");
  const std::string text = std::string(both.at("agreement").at("text").as_string());
  EXPECT_EQ(Count(kSignatures + " AND role = 'principal' AND signer_name = 'Elena Ortiz' AND person_id = " +
                  std::to_string(PersonId(kPrincipal)) + " AND version = " + std::to_string(version) +
                  " AND text_sha256 = '" + auth::HashToken(text) + "' AND signed_at = " + std::to_string(kDuringPs3)),
            1);
  EXPECT_EQ(Count(kSignatures + " AND role = 'instructional_director' AND signer_name = 'Marcus Lee'"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'agreements.sign' AND outcome = 'done'"
                  " AND record_type = 'participation' AND school_id = " + std::to_string(SchoolId(kGarvanza))),
            2);
}

TEST_F(ParticipationRoutes, RefusesASignatureWithoutTheVersionRead) {
  CurrentVersion();

  auto reply = Post(kPrincipal, Page(kGarvanza, "/sign"), "");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("Say which version of the agreement you are signing"), std::string::npos);
  EXPECT_EQ(Count(kSignatures), 0);
}

TEST_F(ParticipationRoutes, RefusesThePrincipalOfAnotherSchool) {
  const int version = CurrentVersion();

  auto sign = Post(kHopePrincipal, Page(kGarvanza, "/sign"), "version=" + std::to_string(version));
  auto team = PostJson(kHopePrincipal, Api(kGarvanza, "/team"), R"({"email":"teacher@practica.example","kind":"teacher"})");
  auto read = server_->Get(Api(kGarvanza), nullptr, {{"Cookie", server_->SignIn(kHopePrincipal).cookie}});

  EXPECT_EQ(sign.status, 403);
  EXPECT_EQ(team.status, 403);
  EXPECT_EQ(read.status, 403);
  EXPECT_EQ(Count(kSignatures), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM team_members WHERE cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-3-0')"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND action = 'agreements.sign'"), 1);
}

TEST_F(ParticipationRoutes, RefusesATeacherWhoTriesToSign) {
  const int version = CurrentVersion();

  auto reply = Post(kTeacher, Page(kGarvanza, "/sign"), "version=" + std::to_string(version));

  EXPECT_EQ(reply.status, 403);
  EXPECT_EQ(Count(kSignatures), 0);
}

TEST_F(ParticipationRoutes, SaysWhenTheSchoolIsNotPartOfTheCohort) {
  auto page = server_->Get(Page("los-angeles-hs"), nullptr, {{"Cookie", server_->SignIn(kStaff).cookie}});
  auto missing = server_->Get(Page("no-such-school"), nullptr, {{"Cookie", server_->SignIn(kStaff).cookie}});

  EXPECT_EQ(page.status, 404);
  EXPECT_NE(page.body.find("Los Angeles HS is not part of PS 3.0"), std::string::npos);
  EXPECT_EQ(missing.status, 404);
}

TEST_F(ParticipationRoutes, NeedsReaffirmationWhenTheSchoolGetsANewPrincipal) {
  const int version = CurrentVersion();
  ASSERT_EQ(Post(kPrincipal, Page(kGarvanza, "/sign"), "version=" + std::to_string(version)).status, 303);
  ASSERT_EQ(Post(kDirector, Page(kGarvanza, "/sign"), "version=" + std::to_string(version)).status, 303);
  {
    auto db = server_->app().database().Acquire();
    const auto district = server_->app().tenant().id;
    ASSERT_TRUE(db->Exec("UPDATE grants SET ended_at = $2 WHERE district_id = $1 AND person_id = $3 AND role = 'principal'",
                         {district, kDuringPs3, PersonId(kPrincipal)}));
  }
  AddPerson("Jane Doe", "jane.doe@practica.example", auth::Role::kPrincipal, SchoolId(kGarvanza));

  auto changed = GetJson(kStaff, Api(kGarvanza));
  auto asked = PostJson(kStaff, Api(kGarvanza, "/signature-requests"));
  const auto queued = server_->QueuedMail("Reaffirmation needed: Garvanza");
  server_->RunJobs();
  const auto mail = WithSubject(smtp_.Mail(), "Reaffirmation needed:");
  auto reaffirmed = Post("jane.doe@practica.example", Page(kGarvanza, "/sign"), "version=" + std::to_string(version));
  auto after = GetJson(kStaff, Api(kGarvanza));

  EXPECT_EQ(changed.at("state").as_string(), "needs_reaffirmation");
  EXPECT_EQ(changed.at("state_label").as_string(), "Needs reaffirmation");
  EXPECT_EQ(changed.at("agreement_missing").as_array().at(0).as_string(),
            "Elena Ortiz signed as principal of Garvanza Elementary Technology and Leadership Magnet but no longer "
            "holds that role; the new principal, Jane Doe, needs to reaffirm the agreement.");
  EXPECT_EQ(asked.status, 200);
  EXPECT_EQ(queued, 1);
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_EQ(mail[0].to, std::vector<std::string>{"jane.doe@practica.example"});
  EXPECT_EQ(mail[0].subject,
            "Reaffirmation needed: Garvanza Elementary Technology and Leadership Magnet in PS 3.0: Innovative Designer");
  EXPECT_EQ(reaffirmed.status, 303);
  EXPECT_EQ(after.at("state").as_string(), "active");
  EXPECT_EQ(Count(kSignatures), 3) << "the first principal's signature stays on record";
}

TEST_F(ParticipationRoutes, AsksTheMissingSignersByEmail) {
  CurrentVersion();

  auto asked = PostJson(kStaff, Api(kGarvanza, "/signature-requests"));
  const auto queued = server_->QueuedMail("Signature requested: Garvanza");
  const auto sent_in_request = smtp_.Mail().size();
  server_->RunJobs();
  const auto mail = WithSubject(smtp_.Mail(), "Signature requested:");

  ASSERT_EQ(asked.status, 200) << asked.body;
  EXPECT_EQ(queued, 2) << "queued with the change";
  EXPECT_EQ(sent_in_request, 0u) << "the request does not wait on the mail server";
  ASSERT_EQ(mail.size(), 2u);
  std::set<std::string> to{mail[0].to.at(0), mail[1].to.at(0)};
  EXPECT_EQ(to, (std::set<std::string>{kPrincipal, kDirector}));
  EXPECT_EQ(mail[0].subject, "Signature requested: Garvanza Elementary Technology and Leadership Magnet in PS 3.0: Innovative Designer");
  EXPECT_NE(mail[0].text.find("http://127.0.0.1" + Page(kGarvanza)), std::string::npos);
  EXPECT_EQ(boost::json::parse(asked.body).at("notified").as_array().size(), 2u);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM participation_details WHERE signatures_requested_at IS NOT NULL"), 1);
}

TEST_F(ParticipationRoutes, RetractingKeepsEveryRowEndsTheCoachAndEmailsThePrincipal) {
  const int version = CurrentVersion();
  ASSERT_EQ(Post(kPrincipal, Page(kGarvanza, "/sign"), "version=" + std::to_string(version)).status, 303);
  ASSERT_EQ(Post(kPrincipal, Page(kGarvanza, "/team"), "email=teacher%40practica.example&kind=teacher&attends=yes").status, 303);
  ASSERT_EQ(Post(kStaff, Page(kGarvanza, "/coach"), "email=coach%40practica.example").status, 303);
  const auto roster = Count("SELECT COUNT(*) FROM participations");

  auto missing_reason = Post(kStaff, Page(kGarvanza, "/retract"), "reason=+");
  const auto queued_before = server_->QueuedMail("was retracted");
  auto retracted = Post(kStaff, Page(kGarvanza, "/retract"), "reason=The+team+did+not+attend+the+onboarding+sessions.");
  const auto queued = server_->QueuedMail("was retracted");
  server_->RunJobs();
  const auto mail = WithSubject(smtp_.Mail(), "Garvanza Elementary Technology and Leadership Magnet's participation");
  auto after = GetJson(kStaff, Api(kGarvanza));
  auto sign_again = Post(kDirector, Page(kGarvanza, "/sign"), "version=" + std::to_string(version));

  EXPECT_EQ(missing_reason.status, 422);
  EXPECT_NE(missing_reason.body.find("Give the reason for retracting"), std::string::npos);
  EXPECT_EQ(queued_before, 0) << "a refused retraction queues nothing";
  EXPECT_EQ(queued, 1);
  EXPECT_EQ(retracted.status, 303);
  EXPECT_EQ(after.at("state").as_string(), "retracted");
  EXPECT_EQ(after.at("retraction").at("reason").as_string(), "The team did not attend the onboarding sessions.");
  EXPECT_TRUE(after.at("coach").is_null());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM participations"), roster) << "nothing is deleted";
  EXPECT_EQ(Count(kSignatures), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM team_members WHERE removed_at IS NULL AND school_id = " +
                  std::to_string(SchoolId(kGarvanza)) + " AND cohort_id = (SELECT id FROM cohorts WHERE slug = 'ps-3-0')"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM participation_coaches WHERE ended_at IS NOT NULL"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'coach_assignment' AND reason LIKE 'ended%'"), 1);
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_EQ(mail[0].to, std::vector<std::string>{kPrincipal});
  EXPECT_NE(mail[0].text.find("The team did not attend the onboarding sessions."), std::string::npos);
  EXPECT_EQ(sign_again.status, 409);
}

TEST_F(ParticipationRoutes, ShowsThePrincipalTheAgreementAndTheSignButton) {
  const int version = CurrentVersion();

  auto page = server_->Get(Page(kGarvanza), nullptr, {{"Cookie", server_->SignIn(kPrincipal).cookie}});
  auto teacher = server_->Get(Page(kGarvanza), nullptr, {{"Cookie", server_->SignIn(kTeacher).cookie}});

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"sign-form\""), std::string::npos);
  EXPECT_NE(page.body.find("Sign version " + std::to_string(version) + " as Principal"), std::string::npos);
  EXPECT_NE(page.body.find("id=\"agreement-text\""), std::string::npos);
  EXPECT_EQ(teacher.status, 200);
  EXPECT_EQ(teacher.body.find("id=\"sign-form\""), std::string::npos);
  EXPECT_NE(teacher.body.find("id=\"add-member-form\""), std::string::npos) << "the teacher is on the team";
  EXPECT_EQ(teacher.body.find("id=\"retract-form\""), std::string::npos);
}

}  // namespace
}  // namespace practica::testing
