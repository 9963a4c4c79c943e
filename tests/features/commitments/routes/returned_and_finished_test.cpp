// What a team reads on a returned item (the coach's note first, and an e-mail), the evidence a
// verified item keeps in view, and a finished school year shown as it ended.
#include "features/commitments/routes/commitments_fixture.hpp"

#include <boost/json/serialize.hpp>

namespace practica::testing {
namespace {

constexpr std::int64_t kDecember2026 = 1796212800;  // 2026-12-02 12:00 UTC, 4 AM in Los Angeles

TEST_F(CommitmentsRoutes, ShowsAReturnedItemPastDueAsReturnedWithTheCoachsNote) {
  auto principal = server_->SignIn(kHopePrincipal);

  const auto item = Item(GetJson(Checklist(kHope, true), principal), "8");

  EXPECT_EQ(item.at("status").as_string(), "returned");
  EXPECT_EQ(item.at("status_label").as_string(), "Returned — past due");
  EXPECT_TRUE(item.at("past_due").as_bool());
  EXPECT_EQ(item.at("returned").at("comment").as_string(),
            "11 of 28 teachers is not yet a majority; tell us when at least 15 take part.");
  EXPECT_EQ(item.at("returned").at("by").as_string(), "Ramon Castillo");
}

TEST_F(CommitmentsRoutes, PutsTheCoachsNoteOnTheItemOutsideItsHistory) {
  auto principal = server_->SignIn(kHopePrincipal);

  auto page = server_->Get(Checklist(kHope), &principal);

  const auto item = page.body.find("id=\"commitment-8\"");
  const auto note = page.body.find("id=\"returned-8\"");
  const auto history = page.body.find("<summary>History</summary>", item);
  ASSERT_NE(item, std::string::npos);
  ASSERT_NE(note, std::string::npos);
  EXPECT_LT(note, history) << "the note comes before the collapsed history";
  EXPECT_NE(page.body.find("tell us when at least 15 take part", note), std::string::npos);
  EXPECT_LT(page.body.find("Returned — past due", item), note);
}

TEST_F(CommitmentsRoutes, PutsAReturnedItemFirstForTheSchoolsCoach) {
  auto coach = server_->SignIn(kCoach);

  auto checklist = GetJson(Checklist(kHope, true), coach);

  const auto& first = checklist.at("groups").as_array()[0].as_object();
  EXPECT_EQ(first.at("code").as_string(), "attention");
  EXPECT_EQ(first.at("items").as_array().front().at("code").as_string(), "8");
}

TEST_F(CommitmentsRoutes, CountsAReturnedItemPastDueAsLateOnTheGrid) {
  auto director = server_->SignIn(kDirector);

  auto grid = GetJson("/api/v1/cohorts/ps-3-0/commitments", director);

  for (const auto& row : grid.at("schools").as_array()) {
    if (row.at("slug").as_string() != kHope) continue;
    const auto& cell = row.at("cells").as_array()[7].as_object();  // commitment 8
    EXPECT_EQ(cell.at("status").as_string(), "returned");
    EXPECT_EQ(cell.at("status_label").as_string(), "Returned — past due");
    EXPECT_TRUE(cell.at("past_due").as_bool());
  }
  auto page = server_->Get("/cohorts/ps-3-0/commitments", &director);
  EXPECT_NE(page.body.find("8: Returned — past due"), std::string::npos);
}

TEST_F(CommitmentsRoutes, EmailsTheSchoolsTeamTheCoachsNoteWhenEvidenceIsReturned) {
  auto coach = server_->SignIn(kCoach);
  const auto before = server_->CountRows("SELECT COUNT(*) FROM jobs WHERE dedupe_key LIKE 'commitment.returned:%'");

  auto reply = server_->PostForm(Checklist(kGarvanza) + "/4/return", &coach,
                                 "comment=Add+the+Thursday+planning+block");

  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(before, 0);
  // Elena Ortiz (principal), Priya Shah and Marisol Vega (the rest of the PS 3.0 team).
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send' AND dedupe_key LIKE "
                               "'commitment.returned:%' AND payload LIKE '%Add the Thursday planning block%' "
                               "AND payload LIKE '%/cohorts/ps-3-0/schools/" + kGarvanza +
                               "/commitments#commitment-4%'"),
            3);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE dedupe_key LIKE 'commitment.returned:%' AND "
                               "(payload LIKE '%principal@practica.example%' OR payload LIKE '%teacher@practica.example%' "
                               "OR payload LIKE '%marisol.vega@practica.example%')"),
            3);
}

TEST_F(CommitmentsRoutes, QueuesNoEmailWhenAReturnIsRefused) {
  auto coach = server_->SignIn(kCoach);

  auto reply = server_->PostForm(Checklist(kGarvanza) + "/4/return", &coach, "comment=");

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE dedupe_key LIKE 'commitment.returned:%'"), 0);
}

TEST_F(CommitmentsRoutes, KeepsAVerifiedItemsEvidenceLinkInView) {
  auto principal = server_->SignIn(kPrincipal);

  const auto item = Item(GetJson(Checklist(kGarvanza, true), principal), "4");
  auto page = server_->Get(Checklist(kGarvanza), &principal);

  EXPECT_EQ(item.at("verified_evidence").at("evidence").as_string(),
            "https://drive.google.com/file/d/1garvanza-planning-calendar");
  const auto shown = page.body.find("id=\"verified-4\"");
  ASSERT_NE(shown, std::string::npos);
  EXPECT_LT(page.body.find("href=\"https://drive.google.com/file/d/1garvanza-planning-calendar\"", shown),
            page.body.find("<summary>History</summary>", shown));
}

TEST_F(CommitmentsRoutes, ShowsAFinishedSchoolYearAsItEndedNotAsLate) {
  server_->clock().Set(kDecember2026);
  auto director = server_->SignIn(kDirector);

  auto checklist = GetJson(Checklist(kGarvanza, true), director);

  EXPECT_TRUE(checklist.at("year_over").as_bool());
  EXPECT_EQ(Item(checklist, "19").at("status").as_string(), "not_done");
  EXPECT_EQ(Item(checklist, "19").at("status_label").as_string(), "Not done");
  EXPECT_EQ(Item(checklist, "12").at("status").as_string(), "verified");
  EXPECT_EQ(Item(checklist, "8").at("status").as_string(), "verified");
  EXPECT_EQ(checklist.at("progress").at("late").as_int64(), 0);
  EXPECT_FALSE(Item(checklist, "19").at("may_submit").as_bool());
}

TEST_F(CommitmentsRoutes, RefusesEvidenceForAFinishedSchoolYearOnThePageAndTheApi) {
  server_->clock().Set(kDecember2026);
  Grant(kPrincipal, auth::Role::kPrincipal, kGarvanza);
  auto principal = server_->SignIn(kPrincipal);
  const auto before = Events();

  auto form = server_->PostForm(Checklist(kGarvanza) + "/18/evidence", &principal,
                                "url=https%3A%2F%2Fscalar.example.org%2Fexemplar");
  auto api = PostJson(Checklist(kGarvanza, true) + "/18/evidence", principal,
                      R"({"url": "https://scalar.example.org/exemplar"})");

  EXPECT_EQ(form.status, 409);
  EXPECT_NE(form.body.find("PS 3.0&apos;s school year ended on Sunday, June 30, 2019"), std::string::npos);
  EXPECT_EQ(api.status, 409);
  EXPECT_EQ(json::parse(api.body).at("error").at("message").as_string(),
            "PS 3.0's school year ended on Sunday, June 30, 2019; its commitments stand as they ended and take no "
            "more evidence.");
  EXPECT_EQ(Events(), before);
}

TEST_F(CommitmentsRoutes, ShowsNoLateCellInAFinishedYearsGridOrItsExport) {
  server_->clock().Set(kDecember2026);
  auto director = server_->SignIn(kDirector);

  auto grid = GetJson("/api/v1/cohorts/ps-3-0/commitments", director);
  auto csv = server_->Get("/cohorts/ps-3-0/commitments.csv", &director);

  int late = 0;
  int not_done = 0;
  for (const auto& row : grid.at("schools").as_array()) {
    late += static_cast<int>(row.at("late").as_int64());
    for (const auto& cell : row.at("cells").as_array()) {
      if (cell.at("status").is_string() && cell.at("status").as_string() == "late") ++late;
      if (cell.at("status").is_string() && cell.at("status").as_string() == "not_done") ++not_done;
    }
  }
  EXPECT_EQ(late, 0);
  EXPECT_GT(not_done, 0);
  EXPECT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.find(",Late,"), std::string::npos);
  EXPECT_NE(csv.body.find("Not done"), std::string::npos);
}

TEST_F(CommitmentsRoutes, TellsTheSameStoryOnGarvanzasChecklistAndItsParticipation) {
  server_->clock().Set(kDecember2026);
  auto director = server_->SignIn(kDirector);

  auto checklist = GetJson(Checklist(kGarvanza, true), director);
  auto participation = GetJson("/api/v1/cohorts/ps-3-0/schools/" + kGarvanza + "/participation", director);

  ASSERT_EQ(checklist.at("coaches").as_array().size(), 1u);
  EXPECT_EQ(participation.at("coach").at("person").at("name").as_string(),
            checklist.at("coaches").as_array()[0].as_string());
  EXPECT_EQ(participation.at("state").as_string(), "took_part") << "signed, and its year is over";
  EXPECT_TRUE(participation.at("missing").as_array().empty()) << json::serialize(participation.at("missing"));
  EXPECT_EQ(participation.at("leads").at("sso").at("name").as_string(),
            Item(checklist, "1").at("verified_evidence").at("evidence").as_string());
}

}  // namespace
}  // namespace practica::testing
