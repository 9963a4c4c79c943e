// The technology plan and the certification over real HTTP on the demo, on SQLite and on
// PostgreSQL: each rule tried by someone who should be refused (a plan approved by its own
// author, submitted from outside the team, a certification verified by the school itself), a
// plan's walk from return to approval, and the commitments their evidence verifies.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/time_zone.hpp"
#include "features/commitments/store/evidence_effects.hpp"
#include "features/people/store/people_store.hpp"
#include "features/techplans/store/techplans_store.hpp"
#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kPs3 = "/cohorts/ps-3-0";
const std::string kGarvanzaSlug = "garvanza-elementary-technology-and-leadership-magnet";
const std::string kGarvanza = kPs3 + "/schools/" + kGarvanzaSlug;
const std::string kHope = kPs3 + "/schools/hope-street-es";
const std::string kSanPascual = kPs3 + "/schools/san-pascual-steam-magnet";
const std::string kPrincipal = "principal@practica.example";  // Garvanza
const std::string kHopePrincipal = "principal.hope@practica.example";
const std::string kDaniel = "principal.sanpascual@practica.example";
const std::string kCoach = "coach@practica.example";
const std::string kDirector = "sophia.mendoza@lausd.net";
const std::string kCoordinator = "allison.jonas@lausd.net";
const std::string kSpecialist = "dominic.caguioa@lausd.net";

class TechPlanRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
  }

  Reply Post(const std::string& target, const std::string& who, const json::object& body = {}) {
    return server_->PostJson("/api/v1" + target, server_->SignIn(who), json::serialize(body));
  }

  Reply Page(const std::string& target, const std::string& who) {
    const auto session = server_->SignIn(who);
    return server_->Get(target, &session);
  }

  std::int64_t PersonId(const std::string& email) {
    auto db = server_->app().database().Acquire();
    return people::PeopleStore(*db, server_->app().tenant().id).FindByEmail(email).value()->id;
  }

  // Whether the school's commitment `number` has a verification naming `what`.
  std::int64_t Verified(const std::string& school_slug, int number, const std::string& what) {
    return server_->CountRows(
        "SELECT COUNT(*) FROM commitment_events e JOIN school_commitments c ON c.district_id = e.district_id"
        " AND c.id = e.school_commitment_id JOIN schools s ON s.district_id = c.district_id AND s.id = c.school_id"
        " WHERE s.slug = '" + school_slug + "' AND c.number = " + std::to_string(number) +
        " AND c.party = 'school' AND e.kind = 'verified' AND e.comment LIKE '%" + what + "%'");
  }

  std::int64_t Count(const std::string& sql) { return server_->CountRows(sql); }

  // Local noon of the day in Los Angeles.
  void SetDay(int year, int month, int day) {
    auto zone = core::TimeZone::Locate("America/Los_Angeles").value();
    server_->clock().Set(zone.ToUtc({{year, month, day}, 12, 0}).value());
    staff_ = server_->SignIn(kSpecialist);
  }
  static json::object Parse(const Reply& reply) { return json::parse(reply.body).as_object(); }

  std::unique_ptr<AppServer> server_;
  SignedIn staff_;
};

TEST_P(TechPlanRoutes, GarvanzasApprovedPlanShowsItsVersionsAndIsLabelledIllustrative) {
  auto reply = Page(kGarvanza + "/technology-plan", kCoach);

  EXPECT_EQ(reply.status, 200);
  EXPECT_NE(reply.body.find("id=\"illustrative\""), std::string::npos);
  EXPECT_NE(reply.body.find(">Approved</strong>"), std::string::npos);
  EXPECT_NE(reply.body.find("Scratch Jr."), std::string::npos);
  EXPECT_NE(reply.body.find("id=\"compare-link\""), std::string::npos);
}

TEST_P(TechPlanRoutes, ComparesTwoVersionsLineByLine) {
  const auto session = server_->SignIn(kPrincipal);
  auto api = server_->Get("/api/v1" + kGarvanza + "/technology-plan/compare?from=1&to=2", &session);
  auto page = server_->Get(kGarvanza + "/technology-plan/compare?from=1&to=2", &session);

  ASSERT_EQ(api.status, 200) << api.body;
  bool removed = false;
  bool added = false;
  const auto body = Parse(api);
  for (const auto& s : body.at("sections").as_array()) {
    for (const auto& l : s.at("lines").as_array()) {
      const std::string change(l.at("change").as_string());
      const std::string text(l.at("text").as_string());
      if (change == "removed" && text == "Digital tools and resources: Desmos, Google Sheets") removed = true;
      if (change == "added" && text.starts_with("Digital tools and resources: Desmos, Google Sheets, Scratch")) added = true;
    }
  }
  EXPECT_TRUE(removed);
  EXPECT_TRUE(added);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<del>"), std::string::npos);
  EXPECT_EQ(server_->Get("/api/v1" + kGarvanza + "/technology-plan/compare?from=1&to=9", &session).status, 404);
}

TEST_P(TechPlanRoutes, StaffReturnTheTeamRevisesAndAnotherStaffMemberApproves) {
  ASSERT_EQ(Post(kHope + "/technology-plan/return", kSpecialist, {{"comment", "Add a goal for mathematics."}}).status, 200);
  // Hope Street's principal hears of it with the note (the demo's Hope Street team has no members).
  EXPECT_EQ(server_->QueuedMail("Technology plan returned: Hope Street ES"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send' AND payload LIKE '%principal.hope@practica.example%'"
                  " AND payload LIKE '%Add a goal for mathematics.%' AND payload LIKE '%returned version 1 of Hope Street%'"),
            1);
  json::object revised{{"vision", "Hope Street students research, create and share."},
                       {"goal_1", "English learners reclassify."}, {"indicators_1", "1.3.a"},
                       {"goal_2", "Mathematics: fewer intervention referrals."}, {"indicators_2", "1.5c"}};
  auto saved = Post(kHope + "/technology-plan", kHopePrincipal, revised);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(Parse(saved)["version"].as_int64(), 2);
  ASSERT_EQ(Post(kHope + "/technology-plan/submit", kHopePrincipal).status, 200);

  auto approved = Post(kHope + "/technology-plan/approve", kDirector);

  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(Parse(approved)["status"].as_string(), "approved");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send' AND payload LIKE '%principal.hope@practica.example%'"
                  " AND payload LIKE '%Technology plan approved: Hope Street ES%' AND payload LIKE '%version 2%'"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM tech_plan_goals g JOIN tech_plan_versions v ON v.district_id = g.district_id"
                  " AND v.id = g.version_id WHERE g.indicators = '1.5.c'"), 1);
  // Approved after June 7, 2019 (the test's clock is later): commitment 16 is left for a person.
  EXPECT_EQ(Verified("hope-street-es", 16, "technology plan"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'tech_plan'"), 3);
}

TEST_P(TechPlanRoutes, RefusesAPlanApprovedByItsOwnAuthor) {
  {
    auto db = server_->app().database().Acquire();
    techplans::TechPlansStore store(*db, server_->app().tenant().id);
    const auto cohort = store.FindCohort("ps-3-0").value().value().id;
    const auto school = store.FindSchool("hope-street-es").value().value().id;
    const auto plan = store.LoadPlan(cohort, school).value().value();
    techplans::PlanContent content = plan.versions.back().content;
    ASSERT_TRUE(store.AddVersion(plan.id, content, PersonId(kDirector), kTestNow).has_value());
  }

  auto refused = Post(kHope + "/technology-plan/approve", kDirector);

  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(Parse(refused)["error"].at("message").as_string(),
            "You wrote or submitted this plan, so another member of the district staff approves it.");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM tech_plans WHERE status = 'approved'"), 1);  // Garvanza's only
  EXPECT_EQ(Post(kHope + "/technology-plan/approve", kCoordinator).status, 200);
}

TEST_P(TechPlanRoutes, RefusesAPlanSubmittedOrWrittenFromOutsideTheTeam) {
  ASSERT_EQ(Post(kHope + "/technology-plan/return", kSpecialist, {{"comment", "Add a goal."}}).status, 200);

  EXPECT_EQ(Post(kHope + "/technology-plan/submit", kPrincipal).status, 403);  // Garvanza's principal
  EXPECT_EQ(Post(kHope + "/technology-plan/submit", kCoach).status, 403);
  EXPECT_EQ(Post(kHope + "/technology-plan", kCoach, {{"vision", "The coach's words"}}).status, 403);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM tech_plans WHERE status = 'submitted'"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM tech_plan_versions WHERE vision = 'The coach''s words'"), 0);
}

TEST_P(TechPlanRoutes, RefusedPlanKeepsEverythingTypedAndStoresNothing) {
  ASSERT_EQ(Post(kHope + "/technology-plan/return", kSpecialist, {{"comment", "Add a goal."}}).status, 200);
  const auto hannah = server_->SignIn(kHopePrincipal);
  const auto before = Count("SELECT COUNT(*) FROM tech_plan_versions");

  auto reply = server_->PostForm(kHope + "/technology-plan", &hannah,
                                 "vision=Our+new+vision&goal_1=Reading&indicators_1=creativity&tools_1=Seesaw");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("is not an ISTE indicator"), std::string::npos);
  EXPECT_NE(reply.body.find(">Our new vision</textarea>"), std::string::npos);
  EXPECT_NE(reply.body.find("value=\"creativity\""), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM tech_plan_versions"), before);
}

TEST_P(TechPlanRoutes, TheCoachCommentsButDoesNotReview) {
  EXPECT_EQ(Post(kHope + "/technology-plan/comments", kCoach, {{"comment", "Name the tools for grades K-2."}}).status, 201);
  EXPECT_EQ(Post(kHope + "/technology-plan/approve", kCoach).status, 403);
  EXPECT_EQ(Post(kHope + "/technology-plan/comments", kHopePrincipal, {{"comment", "Ours"}}).status, 403);
}

TEST_P(TechPlanRoutes, ApprovalByTheDueDayVerifiesCommitmentSixteenAndALaterOneDoesNot) {
  auto db = server_->app().database().Acquire();
  const auto district = server_->app().tenant().id;
  techplans::TechPlansStore store(*db, district);
  const auto cohort = store.FindCohort("ps-3-0").value().value().id;
  const auto school = store.FindSchool("hope-street-es").value().value().id;
  const auto by = PersonId(kSpecialist);

  ASSERT_TRUE(commitments::VerifyByPlanApproved(*db, district, {cohort, school, {2019, 6, 8}, 1, by, kTestNow}).has_value());
  EXPECT_EQ(Verified("hope-street-es", 16, "technology plan"), 0);
  ASSERT_TRUE(commitments::VerifyByPlanApproved(*db, district, {cohort, school, {2019, 6, 7}, 1, by, kTestNow}).has_value());
  EXPECT_EQ(Verified("hope-street-es", 16, "approved version 1 of the technology plan"), 1);
}

TEST_P(TechPlanRoutes, TheSchoolCannotVerifyItsOwnCertification) {
  auto own = Post(kSanPascual + "/certification/verify", kDaniel);
  auto coach = Post(kHope + "/certification/verify", kCoach);

  EXPECT_EQ(own.status, 403);
  EXPECT_EQ(coach.status, 403);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM certifications WHERE verified_at IS NOT NULL"), 1);  // Garvanza's
}

TEST_P(TechPlanRoutes, StaffVerifyACertificationAndCommitmentTwelveIsVerifiedWithIt) {
  auto reply = Post(kSanPascual + "/certification/verify", kSpecialist);

  ASSERT_EQ(reply.status, 200) << reply.body;
  EXPECT_TRUE(Parse(reply)["verified"].as_bool());
  EXPECT_EQ(Verified("san-pascual-steam-magnet", 12, "digital citizenship certification (2018-11-20)"), 1);
  EXPECT_EQ(Post(kSanPascual + "/certification/verify", kSpecialist).status, 409);
}

// San Pascual was certified on November 20, 2018 (the 2018-2019 school year): its badge holds
// until June 30, 2020 and reads expired from July 1, 2020 with nobody changing it. Staff can
// still verify it, since the certificate held on its day; commitment 12 was for 2018.
TEST_P(TechPlanRoutes, ACertificationReadsExpiredAfterItsSecondSchoolYearAndStillVerifies) {
  SetDay(2020, 6, 30);
  auto held = Parse(server_->Get("/api/v1" + kSanPascual + "/certification", &staff_)).at("certification").as_object();
  SetDay(2020, 7, 1);
  auto lapsed_page = Page(kSanPascual + "/certification", kSpecialist);
  auto lapsed = Parse(server_->Get("/api/v1" + kSanPascual + "/certification", &staff_)).at("certification").as_object();
  auto verified = Post(kSanPascual + "/certification/verify", kSpecialist);

  EXPECT_EQ(held.at("status").as_string(), "certified");
  EXPECT_EQ(held.at("holds_until").as_string(), "2020-06-30");
  EXPECT_EQ(lapsed.at("status").as_string(), "expired");
  EXPECT_EQ(lapsed.at("recorded_status").as_string(), "certified");
  EXPECT_NE(lapsed_page.body.find("June 30, 2020"), std::string::npos);
  EXPECT_NE(lapsed_page.body.find("<strong>expired</strong>"), std::string::npos);
  EXPECT_EQ(verified.status, 200) << verified.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM certifications WHERE status = 'certified'"), 3) << "nothing rewritten";
}

TEST_P(TechPlanRoutes, RefusesACertifiedRecordWithoutItsCertificateAndKeepsWhatWasTyped) {
  const auto hannah = server_->SignIn(kHopePrincipal);

  auto reply = server_->PostForm(kHope + "/certification", &hannah,
                                 "status=certified&educators_certified=28&certificate=&certified_on=2018-11-26");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("Give the link to the certificate"), std::string::npos);
  EXPECT_NE(reply.body.find("value=\"28\""), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM certifications WHERE educators_certified = 28"), 0);
}

TEST_P(TechPlanRoutes, OverviewCountsTheCohortsCertificationsAndStaffSetTheDeadline) {
  const auto session = server_->SignIn(kCoordinator);
  auto api = server_->Get("/api/v1" + kPs3 + "/certifications", &session);

  ASSERT_EQ(api.status, 200) << api.body;
  auto body = Parse(api);
  // Today (2026) the three badges of 2018 have lapsed; in May 2019 all three held.
  EXPECT_EQ(body["counts"].at("certified").as_int64(), 0);
  EXPECT_EQ(body["counts"].at("expired").as_int64(), 3);
  EXPECT_EQ(body["counts"].at("verified").as_int64(), 1);
  SetDay(2019, 5, 21);
  const auto then = Parse(server_->Get("/api/v1" + kPs3 + "/certifications", &session));
  EXPECT_EQ(then.at("counts").at("certified").as_int64(), 3);
  EXPECT_EQ(then.at("counts").at("expired").as_int64(), 0);
  EXPECT_EQ(body["deadline"].as_string(), "2018-11-16");
  EXPECT_EQ(Post(kPs3 + "/certifications/deadline", kCoordinator, {{"due_on", "2018-11-21"}}).status, 200);
  EXPECT_EQ(Post(kPs3 + "/certifications/deadline", kSpecialist, {{"due_on", "2018-11-30"}}).status, 403);
  EXPECT_EQ(Post(kPs3 + "/certifications/deadline", kCoordinator, {{"due_on", "Thanksgiving"}}).status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM certification_deadlines WHERE due_on = '2018-11-21'"), 1);
  EXPECT_EQ(Page(kPs3 + "/certifications", kHopePrincipal).status, 403);

  // The page's rows are written apart from its template and put in afterwards: both the page
  // and the page refused with what was typed list every school, linked to its plan.
  const auto page = server_->Get(kPs3 + "/certifications", &session);
  const auto refused = server_->PostForm(kPs3 + "/certifications/deadline", &session, "due_on=Thanksgiving");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(refused.status, 422);
  for (const auto* reply : {&page, &refused}) {
    EXPECT_NE(reply->body.find(">Hope Street ES <span class=\"tag\">illustrative</span></th>"), std::string::npos);
    EXPECT_NE(reply->body.find(kPs3 + "/schools/" + kGarvanzaSlug + "/technology-plan\">Approved</a>"),
              std::string::npos);
    EXPECT_EQ(reply->body.find("<!--practica:rows-->"), std::string::npos);
  }
}

// A small but real PDF: libmagic reads its header as application/pdf.
const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

TEST_P(TechPlanRoutes, TheTeamKeepsAPolicyAsADocumentThatTheDistrictDownloads) {
  const auto daniel = server_->SignIn(kDaniel);
  auto attached = server_->PostMultipart(kSanPascual + "/technology-plan/files", daniel,
                                         {{"slot", "responsible_use"}, {"file", kPdf, "Responsible use 2018.pdf", "application/pdf"}});
  ASSERT_EQ(attached.status, 303) << attached.body.substr(0, 400);
  EXPECT_NE(attached.Header("location").find("saved=files"), std::string::npos);

  auto page = Page(kSanPascual + "/technology-plan", kDaniel);
  EXPECT_NE(page.body.find("id=\"files-responsible_use\""), std::string::npos);
  EXPECT_NE(page.body.find("Responsible use 2018.pdf"), std::string::npos);
  const auto api = Parse(Page("/api/v1" + kSanPascual + "/technology-plan", kSpecialist));
  const auto& first = api.at("file_slots").as_array()[0].as_object();
  EXPECT_EQ(first.at("code").as_string(), "responsible_use");
  ASSERT_EQ(first.at("files").as_array().size(), 1u);
  const std::string url(first.at("files").as_array()[0].at("url").as_string());
  auto download = Page(url, kSpecialist);
  EXPECT_EQ(download.status, 200);
  EXPECT_EQ(download.body, kPdf);
  EXPECT_EQ(download.Header("content-type"), "application/pdf");
  EXPECT_NE(download.Header("content-disposition").find("attachment"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'techplan_file' AND outcome = 'done'"), 1);
  // A school's files are its own: another school's principal neither reads nor attaches them.
  EXPECT_EQ(Page(url, kHopePrincipal).status, 403);
}

TEST_P(TechPlanRoutes, RefusesAPolicyFileThatLiesOrComesFromOutsideTheTeamOrOnAPlanUnderReview) {
  const auto kept_before = Count("SELECT COUNT(*) FROM techplan_files");  // the demo's Garvanza files
  const auto daniel = server_->SignIn(kDaniel);
  auto lying = server_->PostMultipart(kSanPascual + "/technology-plan/files", daniel,
                                      {{"slot", "social_media_students"}, {"file", "plain words", "policy.pdf", "application/pdf"}});
  EXPECT_EQ(lying.status, 422);
  EXPECT_NE(lying.body.find("id=\"files-error\""), std::string::npos);
  EXPECT_NE(lying.body.find("<option value=\"social_media_students\" selected>"), std::string::npos);
  auto no_slot = server_->PostMultipart("/api/v1" + kSanPascual + "/technology-plan/files", daniel,
                                        {{"slot", "certificate"}, {"file", kPdf, "policy.pdf", "application/pdf"}});
  EXPECT_EQ(no_slot.status, 422) << no_slot.body;
  EXPECT_NE(no_slot.body.find("Choose which policy the file is"), std::string::npos);
  for (const auto* who : {"coach@practica.example", "principal.hope@practica.example", "teacher@practica.example"}) {
    auto refused = server_->PostMultipart("/api/v1" + kSanPascual + "/technology-plan/files", server_->SignIn(who),
                                          {{"slot", "responsible_use"}, {"file", kPdf, "policy.pdf", "application/pdf"}});
    EXPECT_EQ(refused.status, 403) << who;
  }
  // Hope Street's plan waits for review and Garvanza's is approved: their policies stay as sent.
  auto waiting = server_->PostMultipart("/api/v1" + kHope + "/technology-plan/files", server_->SignIn(kHopePrincipal),
                                        {{"slot", "responsible_use"}, {"file", kPdf, "policy.pdf", "application/pdf"}});
  EXPECT_EQ(waiting.status, 409) << waiting.body;
  EXPECT_NE(waiting.body.find("waiting for the district's review"), std::string::npos);
  auto approved = server_->PostMultipart("/api/v1" + kGarvanza + "/technology-plan/files", server_->SignIn(kPrincipal),
                                         {{"slot", "responsible_use"}, {"file", kPdf, "policy.pdf", "application/pdf"}});
  EXPECT_EQ(approved.status, 409) << approved.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM techplan_files"), kept_before);
}

TEST_P(TechPlanRoutes, TheCertificateIsKeptAsAFileOnTheCertificationPage) {
  auto attached = server_->PostMultipart("/api/v1" + kHope + "/certification/files", server_->SignIn(kHopePrincipal),
                                         {{"file", "Common Sense School 2018-2019: Hope Street ES", "certificate.txt", "text/plain"}});
  ASSERT_EQ(attached.status, 201) << attached.body;
  EXPECT_EQ(Parse(attached).at("slot").as_string(), "certificate");
  const auto page = Page(kHope + "/certification", kSpecialist);
  EXPECT_NE(page.body.find("id=\"files-certificate\""), std::string::npos);
  EXPECT_NE(page.body.find("certificate.txt"), std::string::npos);
  EXPECT_EQ(server_->PostMultipart("/api/v1" + kHope + "/certification/files", server_->SignIn(kCoach),
                                   {{"file", "x", "certificate.txt", "text/plain"}})
                .status,
            403);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, TechPlanRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return info.param == db::Dialect::kSqlite ? "SQLite" : "PostgreSQL"; });

}  // namespace
}  // namespace practica::testing
