// A school's checklist over real HTTP: who may give, verify and return evidence, what is
// refused with which message, and statuses computed at the right instant.
#include "features/commitments/routes/commitments_fixture.hpp"

namespace practica::testing {
namespace {

TEST_F(CommitmentsRoutes, ShowsTheSchoolsChecklistByPhaseWithProgress) {
  auto principal = server_->SignIn(kPrincipal);

  auto page = server_->Get(Checklist(kGarvanza), &principal);

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.Header("content-type").find("text/html"), std::string::npos);
  EXPECT_NE(page.body.find("id=\"phase-before_coach\""), std::string::npos);
  EXPECT_NE(page.body.find("id=\"phase-district\""), std::string::npos);
  EXPECT_NE(page.body.find("id=\"commitment-12\""), std::string::npos);
  EXPECT_NE(page.body.find("Ramon Castillo"), std::string::npos) << "the school's coach is named";
}

TEST_F(CommitmentsRoutes, ComputesEachStatusFromTheHistoryAndTheClock) {
  auto principal = server_->SignIn(kPrincipal);

  auto checklist = GetJson(Checklist(kGarvanza, true), principal);

  EXPECT_EQ(Item(checklist, "12").at("status").as_string(), "verified");
  EXPECT_EQ(Item(checklist, "16").at("status").as_string(), "submitted");  // due June 7, 2019
  EXPECT_EQ(Item(checklist, "15").at("status").as_string(), "due_soon");   // due May 31, 2019
  EXPECT_EQ(Item(checklist, "18").at("status").as_string(), "due_soon");   // end of support
  EXPECT_EQ(Item(checklist, "19").at("status").as_string(), "late");      // monthly forms since December 2018
  EXPECT_EQ(Item(checklist, "14").at("status").as_string(), "verified");  // every quarter, from the coaching log
  EXPECT_EQ(checklist.at("progress").at("total").as_int64(), 21);
  EXPECT_EQ(checklist.at("district_progress").at("total").as_int64(), 3);
  EXPECT_EQ(checklist.at("groups").as_array()[0].at("code").as_string(), "before_coach");
}

TEST_F(CommitmentsRoutes, PutsReturnedLateAndDueSoonFirstForTheSchoolsCoach) {
  auto coach = server_->SignIn(kCoach);

  auto checklist = GetJson(Checklist(kHope, true), coach);

  EXPECT_TRUE(checklist.at("coach_view").as_bool());
  const auto& first = checklist.at("groups").as_array()[0].as_object();
  EXPECT_EQ(first.at("code").as_string(), "attention");
  const auto& items = first.at("items").as_array();
  ASSERT_FALSE(items.empty());
  EXPECT_EQ(items.front().at("status").as_string(), "returned");
  EXPECT_EQ(items[1].at("status").as_string(), "late");
  EXPECT_EQ(items.back().at("status").as_string(), "due_soon");
}

TEST_F(CommitmentsRoutes, TakesEvidenceFromTheSchoolsTeam) {
  auto principal = server_->SignIn(kHopePrincipal);
  const auto before = Events();

  auto reply = server_->PostForm(Checklist(kHope) + "/4/evidence", &principal,
                                 "url=https%3A%2F%2Fdrive.google.com%2Ffile%2Fd%2Fhope-planning&note=Tuesdays");

  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(reply.Header("location"), Checklist(kHope) + "?submitted=4#commitment-4")
      << "an address that differs by more than its fragment, so the page loads afresh";
  EXPECT_EQ(Events(), before + 1);
  const auto item = Item(GetJson(Checklist(kHope, true), principal), "4");
  EXPECT_EQ(item.at("waiting").at("evidence").as_string(), "https://drive.google.com/file/d/hope-planning");
  EXPECT_EQ(item.at("waiting").at("by").as_string(), "Hannah Kim");
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM audit_log WHERE action = 'commitments.submit'"
                               " AND outcome = 'done' AND record_type = 'commitment'"),
            1);
}

TEST_F(CommitmentsRoutes, RefusesEvidenceFromOutsideTheSchoolsTeam) {
  auto other_principal = server_->SignIn(kHopePrincipal);
  auto coach = server_->SignIn(kCoach);
  const auto before = Events();

  auto from_other_school = server_->PostForm(Checklist(kGarvanza) + "/4/evidence", &other_principal,
                                             "url=https%3A%2F%2Fexample.org%2Fplan");
  auto from_coach = server_->PostForm(Checklist(kHope) + "/4/evidence", &coach,
                                      "url=https%3A%2F%2Fexample.org%2Fplan");

  EXPECT_EQ(from_other_school.status, 403);
  EXPECT_EQ(from_coach.status, 403);
  EXPECT_EQ(Events(), before);
}

TEST_F(CommitmentsRoutes, RefusesABadDateShowingTheMessageAndWhatWasTyped) {
  auto principal = server_->SignIn(kHopePrincipal);
  const auto before = Events();

  auto reply = server_->PostForm(Checklist(kHope) + "/13/evidence", &principal, "date=2018-13-45");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("&quot;2018-13-45&quot; is not a date; write it as YYYY-MM-DD, e.g. 2018-04-06."),
            std::string::npos)
      << reply.body.substr(0, 500);
  EXPECT_NE(reply.body.find("id=\"date-13\" name=\"date\" value=\"2018-13-45\""), std::string::npos);
  EXPECT_EQ(Events(), before);
}

TEST_F(CommitmentsRoutes, AnswersTheApisEvidenceWith201AndTheItem) {
  auto principal = server_->SignIn(kHopePrincipal);

  auto reply = PostJson(Checklist(kHope, true) + "/13/evidence", principal, R"({"date": "2018-08-27"})");

  ASSERT_EQ(reply.status, 201) << reply.body;
  const auto item = json::parse(reply.body).as_object();
  EXPECT_EQ(item.at("code").as_string(), "13");
  EXPECT_EQ(item.at("waiting").at("evidence").as_string(), "2018-08-27");
  EXPECT_EQ(item.at("status").as_string(), "late");  // due September 14, 2018, not yet verified
}

TEST_F(CommitmentsRoutes, RefusesToLetAnyoneVerifyTheirOwnEvidence) {
  Grant(kCoach, auth::Role::kTeamMember, kHope);  // the coach also joins Hope Street's team
  auto coach = server_->SignIn(kCoach);
  ASSERT_EQ(server_->PostForm(Checklist(kHope) + "/4/evidence", &coach,
                              "url=https%3A%2F%2Fexample.org%2Fschedule").status,
            303);
  const auto before = Events();

  auto own = server_->PostForm(Checklist(kHope) + "/4/verify", &coach, "");

  EXPECT_EQ(own.status, 403);
  EXPECT_NE(own.body.find("You submitted this evidence for commitment 4, so someone else verifies it: "
                          "the school&apos;s coach or district staff."),
            std::string::npos)
      << own.body.substr(0, 400);
  EXPECT_EQ(Events(), before);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM audit_log WHERE action = 'commitments.verify'"
                               " AND outcome = 'refused'"),
            1);
  auto director = server_->SignIn(kDirector);
  EXPECT_EQ(server_->PostForm(Checklist(kHope) + "/4/verify", &director, "").status, 303);
  EXPECT_EQ(Status(kHope, "4", director), "verified");
}

TEST_F(CommitmentsRoutes, RefusesTheApisVerificationOfOnesOwnEvidenceWithTheMessage) {
  Grant(kCoach, auth::Role::kTeamMember, kHope);
  auto coach = server_->SignIn(kCoach);
  ASSERT_EQ(PostJson(Checklist(kHope, true) + "/4/evidence", coach, R"({"url": "https://example.org/s"})").status, 201);

  auto own = PostJson(Checklist(kHope, true) + "/4/verify", coach, "{}");

  EXPECT_EQ(own.status, 403);
  EXPECT_EQ(json::parse(own.body).at("error").at("message").as_string(),
            "You submitted this evidence for commitment 4, so someone else verifies it: the school's coach "
            "or district staff.");
}

TEST_F(CommitmentsRoutes, RefusesAVerificationByACoachOfAnotherSchool) {
  auto coach = server_->SignIn(kCoach);  // San Pascual is not on Ramon's caseload
  const auto before = Events();

  auto reply = server_->PostForm(Checklist(kSanPascual) + "/12/verify", &coach, "");
  auto api = PostJson(Checklist(kSanPascual, true) + "/12/verify", coach, "{}");

  EXPECT_EQ(reply.status, 403);
  EXPECT_EQ(api.status, 403);
  EXPECT_EQ(Events(), before);
}

TEST_F(CommitmentsRoutes, LeavesTheDistrictsVerificationsToDistrictStaff) {
  auto coach = server_->SignIn(kCoach);

  auto reply = PostJson(Checklist(kHope, true) + "/12/verify", coach, "{}");  // Common Sense: district staff

  EXPECT_EQ(reply.status, 403);
  EXPECT_EQ(json::parse(reply.body).at("error").at("message").as_string(),
            "District staff verify commitment 12; ask the program office to verify it.");
}

TEST_F(CommitmentsRoutes, OffersEachVerifierOnlyWhatTheyMayVerify) {
  auto coach = server_->SignIn(kCoach);
  auto director = server_->SignIn(kDirector);

  const auto as_coach = GetJson(Checklist(kHope, true), coach);
  const auto as_director = GetJson(Checklist(kHope, true), director);

  EXPECT_TRUE(Item(as_coach, "5").at("may_verify").as_bool());
  EXPECT_FALSE(Item(as_coach, "12").at("may_verify").as_bool());  // district staff verify it
  EXPECT_TRUE(Item(as_director, "12").at("may_verify").as_bool());
  EXPECT_FALSE(Item(as_coach, "5").at("may_submit").as_bool());
}

TEST_F(CommitmentsRoutes, ReturnsEvidenceOnlyWithWhatIsMissing) {
  auto coach = server_->SignIn(kCoach);

  auto bare = server_->PostForm(Checklist(kHope) + "/5/return", &coach, "comment=");
  auto explained = server_->PostForm(Checklist(kHope) + "/5/return", &coach,
                                     "comment=Add+the+out-of-classroom+support+person");

  EXPECT_EQ(bare.status, 422);
  EXPECT_NE(bare.body.find("Say what is missing when returning commitment 5, so the team knows what to change."),
            std::string::npos);
  EXPECT_EQ(explained.status, 303);
  const auto item = Item(GetJson(Checklist(kHope, true), coach), "5");
  EXPECT_EQ(item.at("history").as_array()[0].at("kind").as_string(), "returned");
  EXPECT_EQ(item.at("history").as_array()[0].at("comment").as_string(), "Add the out-of-classroom support person");
}

TEST_F(CommitmentsRoutes, HoldsAMajorityCommitmentThatFallsShort) {
  auto principal = server_->SignIn(kHopePrincipal);
  ASSERT_EQ(PostJson(Checklist(kHope, true) + "/8/evidence", principal, R"({"count": 12, "total": 28})").status, 201);
  auto coach = server_->SignIn(kCoach);

  auto reply = PostJson(Checklist(kHope, true) + "/8/verify", coach, "{}");

  EXPECT_EQ(reply.status, 409);
  EXPECT_EQ(json::parse(reply.body).at("error").at("message").as_string(),
            "12 of 28 is not a majority: commitment 8 needs more than half (15 or more) before it is verified; "
            "return it to the team instead.");
}

TEST_F(CommitmentsRoutes, ShowsALateItemLateFromLocalMidnightAfterItsDueDay) {
  // Hope Street's technology plan is due by the end of Friday, June 7, 2019 (PDT, UTC-7).
  server_->clock().Set(1559977199);  // 2019-06-07 23:59:59 in Los Angeles
  auto before_midnight = server_->SignIn(kHopePrincipal);
  const auto due_soon = Status(kHope, "16", before_midnight);
  server_->clock().Set(1559977200);  // 2019-06-08 00:00:00 in Los Angeles
  auto after_midnight = server_->SignIn(kHopePrincipal);

  EXPECT_EQ(due_soon, "due_soon");
  EXPECT_EQ(Status(kHope, "16", after_midnight), "late");
}

TEST_F(CommitmentsRoutes, AnswersNotFoundForASchoolOutsideTheCohort) {
  auto director = server_->SignIn(kDirector);

  auto elsewhere = server_->Get(Checklist("los-angeles-hs", true), &director);  // PS 4.0 only
  auto nowhere = server_->Get(Checklist("no-such-school", true), &director);
  auto unknown_commitment = PostJson(Checklist(kHope, true) + "/99/verify", director, "{}");

  EXPECT_EQ(elsewhere.status, 404);
  EXPECT_EQ(json::parse(elsewhere.body).at("error").at("message").as_string(),
            "Los Angeles HS is not part of PS 3.0; its cohorts are listed on its school page.");
  EXPECT_EQ(nowhere.status, 404);
  EXPECT_EQ(unknown_commitment.status, 404);
}

TEST_F(CommitmentsRoutes, RefusesAPersonOutsideTheSchoolBeforeSayingWhetherItIsInTheCohort) {
  auto principal = server_->SignIn(kHopePrincipal);

  EXPECT_EQ(server_->Get(Checklist("los-angeles-hs", true), &principal).status, 403);
  EXPECT_EQ(server_->Get(Checklist(kGarvanza), &principal).status, 403);
}

TEST_F(CommitmentsRoutes, SendsAVisitorToSignIn) {
  auto page = server_->Get(Checklist(kGarvanza));
  auto api = server_->Get(Checklist(kGarvanza, true));

  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(api.status, 401);
}

TEST_F(CommitmentsRoutes, SaysWhenTheCommitmentsAreNotIssuedYet) {
  auto director = server_->SignIn(kDirector);

  auto page = server_->Get("/cohorts/ps-4-0/schools/" + kGarvanza + "/commitments", &director);
  auto submit = PostJson("/api/v1/cohorts/ps-4-0/schools/" + kGarvanza + "/commitments/1/verify", director, "{}");

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"not-issued\""), std::string::npos);
  EXPECT_EQ(submit.status, 409);
}

}  // namespace
}  // namespace practica::testing
