// Feedback forms over real HTTP on the demo, on SQLite and PostgreSQL: district staff build and
// send a form to PS 3.0's practitioner teams, people answer, and the issue's rules are broken
// on purpose: an answer after the close, a second answer, an answer from outside the audience,
// a frozen question edited, an anonymous result with four answers on any filter or export.
#include <gtest/gtest.h>

#include <map>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "support/app_server.hpp"
#include "core/time_zone.hpp"
#include "support/test_database.hpp"
#include "support/xlsx_text.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kCoordinator = "allison.jonas@lausd.net";
const std::string kCoach = "coach@practica.example";

class SurveysRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
    staff_ = server_->SignIn(kCoordinator);
  }

  // A form for PS 3.0's teams (or another of its audiences), open from a day before the test's
  // now to a week after, with one required agreement question and one optional text question.
  std::string MakeForm(bool anonymous, const std::string& audience = "team", const std::string& opens_on = "2026-11-22",
                       const std::string& closes_on = "2026-11-30") {
    auto made = server_->PostJson("/api/v1/surveys", staff_,
                                  R"({"title": "Follow-up day feedback", "intro": "How did the day go?", "anonymous": )" +
                                      std::string(anonymous ? "true" : "false") +
                                      R"(, "audience": ")" + audience + R"(", "cohort": "ps-3-0", "opens_on": ")" + opens_on +
                                      R"(", "opens_time": "08:00", "closes_on": ")" + closes_on + R"(", "closes_time": "17:00"})");
    EXPECT_EQ(made.status, 201) << made.body;
    const auto id = std::to_string(json::parse(made.body).at("id").as_int64());
    EXPECT_EQ(AddQuestion(id, R"({"section": "The day", "kind": "agreement", "prompt": "The day helped me plan.", "required": true})").status, 201);
    EXPECT_EQ(AddQuestion(id, R"({"kind": "long_text", "prompt": "What would you change?"})").status, 201);
    return id;
  }

  Reply AddQuestion(const std::string& form, const std::string& body) {
    return server_->PostJson("/api/v1/surveys/" + form + "/questions", staff_, body);
  }

  std::int64_t QuestionId(const std::string& form, int position) {
    std::int64_t id = 0;
    auto db = server_->app().database().Acquire();
    (void)db->Execute("SELECT id FROM survey_questions WHERE form_id = $1 ORDER BY version DESC, position",
                      {static_cast<std::int64_t>(std::stoll(form))}, [&](const db::Row& row) { if (--position == 0) id = row.Int(0); });
    return id;
  }

  // The invited people's e-mail addresses and links.
  std::vector<std::pair<std::string, std::string>> Invited(const std::string& form) {
    std::vector<std::pair<std::string, std::string>> people;
    auto db = server_->app().database().Acquire();
    (void)db->Execute("SELECT p.email, i.token FROM survey_invitations i JOIN people p ON p.id = i.person_id"
                      " WHERE i.form_id = $1 ORDER BY p.email",
                      {static_cast<std::int64_t>(std::stoll(form))}, [&](const db::Row& row) { people.emplace_back(row.String(0), row.String(1)); });
    return people;
  }

  // The invited people of the school with the most of them, by e-mail address, and its slug.
  std::pair<std::string, std::vector<std::string>> LargestSchool(const std::string& form) {
    std::map<std::string, std::vector<std::string>> by_school;
    auto db = server_->app().database().Acquire();
    (void)db->Execute("SELECT s.slug, p.email FROM survey_invitations i JOIN people p ON p.id = i.person_id"
                      " JOIN schools s ON s.id = i.school_id WHERE i.form_id = $1 ORDER BY p.email",
                      {static_cast<std::int64_t>(std::stoll(form))},
                      [&](const db::Row& row) { by_school[row.String(0)].push_back(row.String(1)); });
    std::pair<std::string, std::vector<std::string>> largest;
    for (auto& [slug, emails] : by_school) {
      if (emails.size() > largest.second.size()) largest = {slug, std::move(emails)};
    }
    return largest;
  }

  // Verifications of the school's commitment 19 for the month, and the comment of the last.
  std::pair<std::int64_t, std::string> FeedbackVerified(const std::string& slug, const std::string& period) {
    std::pair<std::int64_t, std::string> found{0, ""};
    auto db = server_->app().database().Acquire();
    (void)db->Execute(
        "SELECT e.comment FROM commitment_events e"
        " JOIN school_commitments c ON c.district_id = e.district_id AND c.id = e.school_commitment_id"
        " JOIN schools s ON s.district_id = c.district_id AND s.id = c.school_id"
        " WHERE s.slug = $1 AND c.party = 'school' AND c.number = 19 AND e.kind = 'verified' AND e.period = $2",
        {slug, period}, [&](const db::Row& row) { found = {found.first + 1, row.String(0)}; });
    return found;
  }

  // Local noon of the day in Los Angeles.
  void SetDay(int year, int month, int day) {
    auto zone = core::TimeZone::Locate("America/Los_Angeles").value();
    server_->clock().Set(zone.ToUtc({{year, month, day}, 12, 0}).value());
  }

  Reply Answer(const std::string& form, const SignedIn& who, const std::string& value) {
    return server_->PostJson("/api/v1/surveys/" + form + "/answer", who,
                             R"({"answers": {")" + std::to_string(QuestionId(form, 1)) + R"(": ")" + value + R"("}})");
  }

  std::unique_ptr<AppServer> server_;
  SignedIn staff_;
};

TEST_P(SurveysRoutes, StaffBuildAFormAndInviteTheTeamsEachWithTheirOwnLink) {
  const auto form = MakeForm(false);

  const auto sent = server_->PostJson("/api/v1/surveys/" + form + "/invitations", staff_, "");
  const auto invited = Invited(form);

  ASSERT_EQ(sent.status, 200) << sent.body;
  ASSERT_FALSE(invited.empty());
  EXPECT_EQ(json::parse(sent.body).at("invited").as_int64(), static_cast<std::int64_t>(invited.size()));
  EXPECT_EQ(server_->QueuedMail("Follow-up day feedback"), static_cast<std::int64_t>(invited.size()));
  EXPECT_NE(invited[0].second, invited.back().second);
  const auto page = server_->Get("/surveys/" + form, &staff_);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"question-form\""), std::string::npos);
  const auto preview = server_->Get("/surveys/" + form + "/preview", &staff_);
  EXPECT_NE(preview.body.find("The day helped me plan."), std::string::npos);
}

TEST_P(SurveysRoutes, APersonAnswersOnceAndASecondAnswerIsRefused) {
  const auto form = MakeForm(false);
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + form + "/invitations", staff_, "").status, 200);
  const auto member = server_->SignIn(Invited(form)[0].first);

  const auto first = Answer(form, member, "4");
  const auto second = Answer(form, member, "5");

  EXPECT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(second.status, 409) << second.body;
  EXPECT_NE(second.body.find("already answered"), std::string::npos);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM survey_responses WHERE form_id = " + form), 1);
}

TEST_P(SurveysRoutes, RefusesAnAnswerFromOutsideTheAudience) {
  const auto form = MakeForm(false);
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + form + "/invitations", staff_, "").status, 200);
  const auto coach = server_->SignIn(kCoach);

  const auto reply = Answer(form, coach, "4");

  EXPECT_EQ(reply.status, 403) << reply.body;
  EXPECT_NE(reply.body.find("sent to other people"), std::string::npos);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM survey_responses WHERE form_id = " + form), 0);
}

TEST_P(SurveysRoutes, RefusesAnAnswerAfterTheFormClosed) {
  const auto form = MakeForm(false);
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + form + "/invitations", staff_, "").status, 200);
  server_->clock().Set(kTestNow + 8 * 86400);
  const auto member = server_->SignIn(Invited(form)[0].first);

  const auto reply = Answer(form, member, "4");

  EXPECT_EQ(reply.status, 409) << reply.body;
  EXPECT_NE(reply.body.find("closed on"), std::string::npos);
}

TEST_P(SurveysRoutes, AnswersThroughOnesOwnLinkWithoutSigningIn) {
  const auto form = MakeForm(false);
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + form + "/invitations", staff_, "").status, 200);
  const auto link = "/answer/" + Invited(form)[0].second;

  const auto page = server_->Get(link);
  const auto cookie = page.Header("set-cookie").substr(0, page.Header("set-cookie").find(';'));
  const auto token = cookie.substr(cookie.find('=') + 1);
  const auto posted = server_->Send("POST", link, {{"cookie", cookie}, {"content-type", "application/x-www-form-urlencoded"}},
                                    "csrf_token=" + token + "&q" + std::to_string(QuestionId(form, 1)) + "=5");

  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("id=\"answer-form\""), std::string::npos);
  EXPECT_EQ(posted.status, 303) << posted.body;
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM survey_invitations WHERE answered = 1 AND form_id = " + form), 1);
}

TEST_P(SurveysRoutes, KeepsWhatWasTypedWhenARequiredQuestionIsLeftEmpty) {
  const auto form = MakeForm(false);
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + form + "/invitations", staff_, "").status, 200);
  const auto member = server_->SignIn(Invited(form)[0].first);

  const auto reply = server_->PostForm("/surveys/" + form + "/answer", &member,
                                       "q" + std::to_string(QuestionId(form, 2)) + "=TYPED-TEXT-KEPT");

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("it is required"), std::string::npos);
  EXPECT_NE(reply.body.find("TYPED-TEXT-KEPT"), std::string::npos);
}

TEST_P(SurveysRoutes, FreezesAnsweredQuestionsAndAChangeMakesANewVersion) {
  const auto form = MakeForm(false);
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + form + "/invitations", staff_, "").status, 200);
  const auto invited = Invited(form);
  ASSERT_EQ(Answer(form, server_->SignIn(invited[0].first), "4").status, 201);
  const auto question = std::to_string(QuestionId(form, 1));

  const auto edit = server_->PostJson("/api/v1/surveys/" + form + "/questions/" + question, staff_,
                                      R"({"kind": "agreement", "prompt": "Changed after answers"})");
  const auto version = server_->PostJson("/api/v1/surveys/" + form + "/versions", staff_, "");
  const auto added = AddQuestion(form, R"({"kind": "short_text", "prompt": "One word for the day"})");

  EXPECT_EQ(edit.status, 409) << edit.body;
  EXPECT_NE(edit.body.find("frozen; start a new version"), std::string::npos);
  EXPECT_EQ(version.status, 201) << version.body;
  EXPECT_EQ(added.status, 201) << added.body;
  ASSERT_GE(invited.size(), 2u);
  ASSERT_EQ(Answer(form, server_->SignIn(invited[1].first), "5").status, 201);
  const auto results = json::parse(server_->Get("/api/v1/surveys/" + form + "/results", &staff_).body).as_object();
  EXPECT_EQ(results.at("versions").as_array().size(), 2u);
  EXPECT_EQ(results.at("versions").as_array()[0].at("version").as_int64(), 2);
  EXPECT_EQ(results.at("versions").as_array()[0].at("responses").as_int64(), 1);
  EXPECT_EQ(results.at("versions").as_array()[1].at("responses").as_int64(), 1);
}

TEST_P(SurveysRoutes, AnAnonymousFormWithFourAnswersShowsNothingOnAnyFilterOrExport) {
  const auto form = MakeForm(true, "staff");
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + form + "/invitations", staff_, "").status, 200);
  const auto invited = Invited(form);
  ASSERT_GE(invited.size(), 4u);
  for (int i = 0; i < 4; ++i) ASSERT_EQ(Answer(form, server_->SignIn(invited[i].first), "5").status, 201);

  const auto all = json::parse(server_->Get("/api/v1/surveys/" + form + "/results", &staff_).body).as_object();
  int tried = 0;
  for (const auto& group : all.at("groups").as_array()) {
    const std::string key(group.at("key").as_string());
    const auto api = json::parse(server_->Get("/api/v1/surveys/" + form + "/results?group=" + key, &staff_).body).as_object();
    const auto page = server_->Get("/surveys/" + form + "/results?group=" + key, &staff_);
    const auto csv = server_->Get("/surveys/" + form + "/results.csv?group=" + key, &staff_);
    const auto xlsx = server_->Get("/surveys/" + form + "/results.xlsx?group=" + key, &staff_);
    for (const auto& v : api.at("versions").as_array()) EXPECT_FALSE(v.at("shown").as_bool()) << key;
    EXPECT_NE(page.body.find("id=\"suppressed-1\""), std::string::npos) << key;
    EXPECT_EQ(csv.status, 200);
    EXPECT_TRUE(csv.body.empty()) << key << ": " << csv.body;
    EXPECT_EQ(xlsx.status, 200);
    EXPECT_TRUE(XlsxRows(xlsx.body).empty()) << key;
    ++tried;
  }
  EXPECT_GE(tried, 3);  // the whole form, the cohort and at least one school
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM survey_responses WHERE person_id IS NOT NULL AND form_id = " + form), 0);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM survey_invitations WHERE answered = 1 AND form_id = " + form), 4);
}

// The spreadsheet holds what the CSV holds, cell for cell, and text that looks like a formula
// stays text.
TEST_P(SurveysRoutes, ExportsTheAnswersAsASpreadsheetWithTheCsvsRows) {
  const auto form = MakeForm(false);
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + form + "/invitations", staff_, "").status, 200);
  const auto invited = Invited(form);
  ASSERT_GE(invited.size(), 2u);
  ASSERT_EQ(Answer(form, server_->SignIn(invited[0].first), "4").status, 201);
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + form + "/answer", server_->SignIn(invited[1].first),
                              R"({"answers": {")" + std::to_string(QuestionId(form, 1)) + R"(": "2", ")" +
                                  std::to_string(QuestionId(form, 2)) + R"(": "=SUM(A1) more time to plan"}})")
                .status,
            201);

  const auto xlsx = server_->Get("/surveys/" + form + "/results.xlsx", &staff_);
  const auto csv = server_->Get("/surveys/" + form + "/results.csv", &staff_);
  const auto page = server_->Get("/surveys/" + form + "/results", &staff_);

  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  EXPECT_EQ(xlsx.Header("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(xlsx.Header("content-disposition"), "attachment; filename=\"practica-form-" + form + ".xlsx\"");
  const auto rows = XlsxRows(xlsx.body);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"version", "person", "school", "The day helped me plan.", "What would you change?"}));
  int lines = 0;
  for (std::size_t at = csv.body.find("\r\n"); at != std::string::npos; at = csv.body.find("\r\n", at + 2)) ++lines;
  EXPECT_EQ(lines, 3);
  bool formula_kept_as_text = false;
  for (const auto& row : rows) formula_kept_as_text = formula_kept_as_text || row.back() == "=SUM(A1) more time to plan";
  EXPECT_TRUE(formula_kept_as_text);
  EXPECT_NE(page.body.find("/results.xlsx?group=all"), std::string::npos);
  const auto teacher = server_->SignIn("teacher@practica.example");
  EXPECT_EQ(server_->Get("/surveys/" + form + "/results.xlsx", &teacher).status, 403);
}

TEST_P(SurveysRoutes, RemindsOnlyThoseWhoHaveNotAnswered) {
  const auto form = MakeForm(true);
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + form + "/invitations", staff_, "").status, 200);
  const auto invited = Invited(form);
  ASSERT_EQ(Answer(form, server_->SignIn(invited[0].first), "3").status, 201);

  const auto reminded = server_->PostJson("/api/v1/surveys/" + form + "/reminders", staff_, "");

  EXPECT_EQ(reminded.status, 200) << reminded.body;
  EXPECT_EQ(json::parse(reminded.body).at("reminded").as_int64(), static_cast<std::int64_t>(invited.size()) - 1);
  EXPECT_EQ(server_->QueuedMail("Reminder: Follow-up day feedback"), static_cast<std::int64_t>(invited.size()) - 1);
}

TEST_P(SurveysRoutes, ATeacherCannotReadResults) {
  const auto form = MakeForm(false);
  const auto teacher = server_->SignIn("teacher@practica.example");

  EXPECT_EQ(server_->Get("/api/v1/surveys/" + form + "/results", &teacher).status, 403);
  EXPECT_EQ(server_->Get("/surveys/" + form + "/results.csv", &teacher).status, 403);
}

// Commitment 19 ("Staff agrees to complete periodic online feedback forms"): the answer that
// brings a school's staff asked past half verifies the school's month, once; half is not enough.
TEST_P(SurveysRoutes, MostOfASchoolsTeamAnsweringVerifiesThatMonthsFeedbackCommitment) {
  SetDay(2019, 5, 21);  // the demo's staff hold their roles from May 20, 2019
  const auto form = MakeForm(true, "team", "2019-05-21", "2019-05-31");
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + form + "/invitations", staff_, "").status, 200);
  const auto [school, team] = LargestSchool(form);
  ASSERT_GE(team.size(), 2u) << "a school with a team of two or more";
  const std::size_t half = team.size() / 2;
  SetDay(2019, 5, 23);
  for (std::size_t i = 0; i < half; ++i) ASSERT_EQ(Answer(form, server_->SignIn(team[i]), "4").status, 201);

  EXPECT_EQ(FeedbackVerified(school, "2019-05").first, 0) << half << " of " << team.size() << " is not most";
  ASSERT_EQ(Answer(form, server_->SignIn(team[half]), "4").status, 201);
  const auto [verified, comment] = FeedbackVerified(school, "2019-05");
  EXPECT_EQ(verified, 1);
  EXPECT_EQ(comment, "Verified when " + std::to_string(half + 1) + " of " + std::to_string(team.size()) +
                         " staff asked answered \u201cFollow-up day feedback\u201d (" +
                         std::to_string((half + 1) * 100 / team.size()) + "%)");
  EXPECT_EQ(FeedbackVerified(school, "2019-04").first, 0) << "only the month of the answer";
  for (std::size_t i = half + 1; i < team.size(); ++i) ASSERT_EQ(Answer(form, server_->SignIn(team[i]), "5").status, 201);
  EXPECT_EQ(FeedbackVerified(school, "2019-05").first, 1) << "verified once";
  const auto checklist = server_->Get("/cohorts/ps-3-0/schools/" + school + "/commitments", &staff_);
  EXPECT_NE(checklist.body.find("staff asked answered"), std::string::npos);
}

TEST_P(SurveysRoutes, PrincipalsAnsweringOrAFormOutsideTheCohortsYearVerifyNothing) {
  const std::string verifications = "SELECT COUNT(*) FROM commitment_events WHERE comment LIKE '%staff asked answered%'";
  const auto demos = server_->CountRows(verifications);  // the demo's fall form verified some
  SetDay(2019, 5, 21);
  const auto principals = MakeForm(false, "principals", "2019-05-21", "2019-05-31");
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + principals + "/invitations", staff_, "").status, 200);
  const auto [school, people] = LargestSchool(principals);
  ASSERT_FALSE(people.empty());
  for (const auto& email : people) ASSERT_EQ(Answer(principals, server_->SignIn(email), "4").status, 201);
  EXPECT_EQ(FeedbackVerified(school, "2019-05").first, 0) << "a principal is not the school's staff";

  SetDay(2026, 11, 23);
  staff_ = server_->SignIn(kCoordinator);  // the sign-in of 2019 has long expired
  const auto later = MakeForm(false, "team");  // November 2026, years after PS 3.0's school year
  ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + later + "/invitations", staff_, "").status, 200);
  const auto [team_school, team] = LargestSchool(later);
  for (const auto& email : team) ASSERT_EQ(Answer(later, server_->SignIn(email), "4").status, 201);
  EXPECT_EQ(server_->CountRows(verifications), demos);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, SurveysRoutes,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
