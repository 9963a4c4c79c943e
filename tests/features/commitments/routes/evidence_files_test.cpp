// Evidence given as a file, the period a recurring commitment's evidence is for, and no returns
// once the school year is over, over real HTTP on the demo: Hope Street ES's team in late May
// 2019 (PS 3.0's periods up to May have begun, June's has not), Garvanza in December 2026.
#include "features/commitments/routes/commitments_fixture.hpp"

#include <boost/json/serialize.hpp>

namespace practica::testing {
namespace {

constexpr std::int64_t kDecember2026 = 1796212800;  // 2026-12-02 12:00 UTC
const std::string kPdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const std::string kPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89", 33);

using Part = FormPart;

class EvidenceFiles : public CommitmentsRoutes {
 protected:
  Reply Upload(const std::string& target, const SignedIn& who, const std::vector<Part>& parts) {
    return server_->PostMultipart(target, who, parts);
  }

  // The files given since the demo was loaded (the demo's Garvanza gave its technology plan as
  // one, uploaded by Elena Ortiz).
  std::int64_t Files() {
    return server_->CountRows("SELECT COUNT(*) FROM commitment_evidence_files WHERE file_name <> "
                              "'Garvanza technology plan 2019.pdf'");
  }
};

TEST_F(EvidenceFiles, TakesTheTeamRosterAsAFileAndGivesItBackAsADownload) {
  auto principal = server_->SignIn(kHopePrincipal);
  const auto before = Events();

  auto reply = Upload(Checklist(kHope) + "/5/evidence", principal,
                      {{"given_as", "file"}, {"note", "Signed by all three"},
                       {"file", kPdf, "team-roster.pdf", "application/pdf"}});

  ASSERT_EQ(reply.status, 303) << reply.body.substr(0, 400);
  EXPECT_EQ(reply.Header("location"), Checklist(kHope) + "?submitted=5#commitment-5");
  EXPECT_EQ(Events(), before + 1);
  EXPECT_EQ(Files(), 1);
  const auto waiting = Item(GetJson(Checklist(kHope, true), principal), "5").at("waiting").as_object();
  EXPECT_EQ(waiting.at("evidence").as_string(), "team-roster.pdf");
  EXPECT_FALSE(waiting.at("is_link").as_bool());
  EXPECT_EQ(waiting.at("note").as_string(), "Signed by all three");
  const auto& file = waiting.at("file").as_object();
  EXPECT_EQ(file.at("name").as_string(), "team-roster.pdf");
  EXPECT_EQ(file.at("size").as_string(), std::to_string(kPdf.size()) + " bytes");
  auto coach = server_->SignIn(kCoach);
  auto download = server_->Get(std::string(file.at("url").as_string()), &coach);
  EXPECT_EQ(download.status, 200);
  EXPECT_EQ(download.body, kPdf);
  EXPECT_EQ(download.Header("content-type"), "application/pdf");
  EXPECT_TRUE(download.Header("content-disposition").starts_with("attachment; filename=\"team-roster.pdf\""));
  EXPECT_EQ(download.Header("x-content-type-options"), "nosniff");
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM audit_log WHERE action = 'commitments.submit' AND outcome = "
                               "'done' AND after_json LIKE '%team-roster.pdf%'"),
            1);
}

TEST_F(EvidenceFiles, ShowsTheFileOnThePageAndToTheCoachWithItsSize) {
  auto principal = server_->SignIn(kHopePrincipal);
  ASSERT_EQ(Upload(Checklist(kHope) + "/5/evidence", principal,
                   {{"given_as", "file"}, {"file", kPdf, "team-roster.pdf", "application/pdf"}}).status,
            303);
  auto coach = server_->SignIn(kCoach);

  auto after_redirect = server_->Get(Checklist(kHope) + "?submitted=5", &principal);
  auto coachs_page = server_->Get(Checklist(kHope), &coach);

  const auto item = after_redirect.body.find("id=\"commitment-5\"");
  ASSERT_NE(item, std::string::npos);
  EXPECT_NE(after_redirect.body.find("id=\"done-5\"", item), std::string::npos) << "said where the person is";
  EXPECT_NE(after_redirect.body.find(">team-roster.pdf</a> (" + std::to_string(kPdf.size()) + " bytes)", item),
            std::string::npos);
  EXPECT_NE(coachs_page.body.find("id=\"file-5-waiting\""), std::string::npos);
}

TEST_F(EvidenceFiles, RefusesAFileWhoseContentLiesKeepingWhatWasTypedAndStoringNothing) {
  auto principal = server_->SignIn(kHopePrincipal);
  const auto before = Events();

  auto reply = Upload(Checklist(kHope) + "/5/evidence", principal,
                      {{"given_as", "file"}, {"note", "Signed by all three"},
                       {"file", kPng, "team-roster.pdf", "application/pdf"}});

  EXPECT_EQ(reply.status, 422);
  const auto at = reply.body.find("id=\"file-error-5\"");
  ASSERT_NE(at, std::string::npos) << "the message is next to the file input";
  EXPECT_NE(reply.body.find("team-roster.pdf is named as a PDF but its content is a PNG image.", at), std::string::npos);
  EXPECT_NE(reply.body.find("id=\"note-5\" name=\"note\" value=\"Signed by all three\""), std::string::npos);
  EXPECT_NE(reply.body.find("value=\"file\" id=\"as-file-5\" checked"), std::string::npos) << "the choice is kept";
  EXPECT_EQ(Events(), before);
  EXPECT_EQ(Files(), 0);
}

TEST_F(EvidenceFiles, RefusesAnEmptyFileAndOneOverFiveMegabytesFromTheApi) {
  auto principal = server_->SignIn(kHopePrincipal);

  auto empty = Upload(Checklist(kHope, true) + "/5/evidence", principal, {{"file", "", "roster.txt", "text/plain"}});
  auto big = Upload(Checklist(kHope, true) + "/5/evidence", principal,
                    {{"file", kPdf + std::string(5 * 1024 * 1024, ' '), "scan.pdf", "application/pdf"}});

  EXPECT_EQ(empty.status, 422);
  EXPECT_EQ(json::parse(empty.body).at("error").at("message").as_string(),
            "roster.txt is empty; attach the file with its content.");
  EXPECT_EQ(big.status, 422);
  EXPECT_EQ(json::parse(big.body).at("error").at("field").as_string(), "file");
  EXPECT_EQ(Files(), 0);
}

TEST_F(EvidenceFiles, TakesAFileFromTheApiAsMultipartAndAnswersTheItem) {
  auto principal = server_->SignIn(kHopePrincipal);

  auto reply = Upload(Checklist(kHope, true) + "/5/evidence", principal,
                      {{"note", "From the API"}, {"file", "Team: Hannah Kim, two teachers.\n", "roster.txt", "text/plain"}});

  ASSERT_EQ(reply.status, 201) << reply.body;
  const auto item = json::parse(reply.body).as_object();
  EXPECT_EQ(item.at("waiting").at("file").at("content_type").as_string(), "text/plain");
  EXPECT_EQ(Files(), 1);
}

TEST_F(EvidenceFiles, RefusesAFileForACountAndAFileDownloadFromAnotherSchool) {
  auto principal = server_->SignIn(kHopePrincipal);
  ASSERT_EQ(Upload(Checklist(kHope, true) + "/5/evidence", principal,
                   {{"file", kPdf, "team-roster.pdf", "application/pdf"}}).status,
            201);
  const auto url = std::string(
      Item(GetJson(Checklist(kHope, true), principal), "5").at("waiting").at("file").at("url").as_string());

  auto count = Upload(Checklist(kHope, true) + "/8/evidence", principal,
                      {{"file", kPdf, "sign-in-sheet.pdf", "application/pdf"}});
  auto garvanza = server_->SignIn(kPrincipal);
  auto elsewhere = server_->Get(url, &garvanza);
  const auto id = url.substr(url.rfind('/') + 1);
  auto director = server_->SignIn(kDirector);
  auto wrong_item = server_->Get(Checklist(kHope) + "/4/files/" + id, &director);

  EXPECT_EQ(count.status, 422);
  EXPECT_EQ(json::parse(count.body).at("error").at("field").as_string(), "file");
  EXPECT_EQ(elsewhere.status, 403);
  EXPECT_EQ(wrong_item.status, 404) << "a file is reached only through the item it was given for";
  EXPECT_EQ(Files(), 1);
}

TEST_F(EvidenceFiles, OffersTheBegunPeriodsOfARecurringItemWithTheirStates) {
  auto principal = server_->SignIn(kHopePrincipal);

  const auto item = Item(GetJson(Checklist(kHope, true), principal), "19");
  auto page = server_->Get(Checklist(kHope), &principal);

  const auto& periods = item.at("periods").as_array();
  ASSERT_FALSE(periods.empty());
  EXPECT_EQ(periods.back().at("period").as_string(), "2019-05") << "June 2019 begins on Saturday, June 1";
  int selected = 0;
  for (const auto& period : periods) selected += period.at("selected").as_bool() ? 1 : 0;
  EXPECT_EQ(selected, 1);
  EXPECT_NE(page.body.find("id=\"period-19\" name=\"period\""), std::string::npos);
  EXPECT_NE(page.body.find("<option value=\"2019-05\""), std::string::npos);
  EXPECT_NE(page.body.find("May 2019 — "), std::string::npos);
}

TEST_F(EvidenceFiles, TakesEvidenceForThePeriodTheTeamChooses) {
  auto principal = server_->SignIn(kHopePrincipal);

  auto reply = PostJson(Checklist(kHope, true) + "/19/evidence", principal,
                        R"({"period": "2019-03", "count": 20, "total": 28})");

  ASSERT_EQ(reply.status, 201) << reply.body;
  EXPECT_EQ(json::parse(reply.body).at("history").as_array()[0].at("period").as_string(), "2019-03");
}

TEST_F(EvidenceFiles, RefusesAPeriodNotBegunUnknownOrVerified) {
  auto principal = server_->SignIn(kHopePrincipal);
  ASSERT_EQ(PostJson(Checklist(kHope, true) + "/19/evidence", principal,
                     R"({"period": "2019-04", "count": 20, "total": 28})").status,
            201);
  auto director = server_->SignIn(kDirector);
  ASSERT_EQ(PostJson(Checklist(kHope, true) + "/19/verify", director, "{}").status, 200);
  const auto before = Events();

  auto june = PostJson(Checklist(kHope, true) + "/19/evidence", principal,
                       R"({"period": "2019-06", "count": 20, "total": 28})");
  auto unknown = PostJson(Checklist(kHope, true) + "/19/evidence", principal,
                          R"({"period": "2019-13", "count": 20, "total": 28})");
  auto verified = server_->PostForm(Checklist(kHope) + "/19/evidence", &principal,
                                    "period=2019-04&count=21&total=28&note=Again");

  EXPECT_EQ(june.status, 409);
  EXPECT_EQ(json::parse(june.body).at("error").at("message").as_string(),
            "Evidence for June 2019 of commitment 19 can be given from Saturday, June 1, 2019; choose a period "
            "that has begun.");
  EXPECT_EQ(unknown.status, 422);
  EXPECT_EQ(json::parse(unknown.body).at("error").at("field").as_string(), "period");
  EXPECT_EQ(verified.status, 409);
  EXPECT_NE(verified.body.find("id=\"period-error-19\""), std::string::npos);
  EXPECT_NE(verified.body.find("Commitment 19 for April 2019 is already verified"), std::string::npos);
  EXPECT_NE(verified.body.find("id=\"note-19\" name=\"note\" value=\"Again\""), std::string::npos);
  EXPECT_EQ(Events(), before);
}

TEST_F(EvidenceFiles, RefusesAReturnOnceTheSchoolYearIsOverAndOffersNone) {
  server_->clock().Set(kDecember2026);
  auto director = server_->SignIn(kDirector);
  const auto before = Events();

  auto api = PostJson(Checklist(kGarvanza, true) + "/4/return", director, R"({"comment": "Add the Thursday block"})");
  auto form = server_->PostForm(Checklist(kGarvanza) + "/4/return", &director, "comment=Add+the+Thursday+block");
  const auto checklist = GetJson(Checklist(kGarvanza, true), director);
  auto page = server_->Get(Checklist(kGarvanza), &director);

  EXPECT_EQ(api.status, 409);
  EXPECT_EQ(json::parse(api.body).at("error").at("message").as_string(),
            "PS 3.0's school year ended on Sunday, June 30, 2019, so its team can no longer answer a return; verify "
            "the evidence if it shows the commitment was kept, or leave the commitment as it ended.");
  EXPECT_EQ(form.status, 409);
  EXPECT_EQ(Events(), before);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE dedupe_key LIKE 'commitment.returned:%'"), 0);
  for (const auto& group : checklist.at("groups").as_array()) {
    for (const auto& item : group.at("items").as_array()) {
      EXPECT_FALSE(item.at("may_return").as_bool()) << item.at("code").as_string();
    }
  }
  EXPECT_EQ(page.body.find("id=\"return-comment-"), std::string::npos);
}

TEST_F(EvidenceFiles, VerifiesAfterTheYearWhatWasSubmittedBeforeItEnded) {
  server_->clock().Set(kDecember2026);
  auto director = server_->SignIn(kDirector);
  const auto item = Item(GetJson(Checklist(kGarvanza, true), director), "19");
  ASSERT_TRUE(item.at("waiting").is_object()) << "Garvanza's November 2018 feedback forms wait from November 30";

  auto reply = PostJson(Checklist(kGarvanza, true) + "/19/verify", director, "{}");

  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto latest = json::parse(reply.body).at("history").as_array()[0].as_object();
  EXPECT_EQ(latest.at("kind").as_string(), "verified");
  EXPECT_EQ(latest.at("period").as_string(), "2018-11");
}

}  // namespace
}  // namespace practica::testing
