// Series of forms over real HTTP on the demo, on SQLite and PostgreSQL: a form after each meeting
// of the 2+1 suite, made and sent by the job runner's wake-up when each window opens; a start and
// end of the year pair whose results show change under pseudonyms and never with four pairs;
// the key forgotten once the series ends; and the refusals a person could run into.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "core/time_zone.hpp"
#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

namespace json = boost::json;

const std::string kCoordinator = "allison.jonas@lausd.net";
// The demo's 2+1 suite: Tuesday and Wednesday, January 12 and 13, 2027, then January 20.
const std::string kSuite = "iste-standards-suite-empowered-learner-2027-01-12";

class SeriesRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    server_ = AppServer::StartOn(GetParam());
    ASSERT_NE(server_, nullptr);
    staff_ = server_->SignIn(kCoordinator);
  }

  void SetDay(int year, int month, int day, int hour = 12) {
    auto zone = core::TimeZone::Locate("America/Los_Angeles").value();
    server_->clock().Set(zone.ToUtc({{year, month, day}, hour, 0}).value());
    staff_ = server_->SignIn(kCoordinator);  // a session of months ago has ended
  }

  Reply Create(const std::string& body) { return server_->PostJson("/api/v1/surveys", staff_, body); }

  std::string Id(const Reply& made) { return std::to_string(json::parse(made.body).at("id").as_int64()); }

  void AddAgreement(const std::string& form, const std::string& prompt) {
    ASSERT_EQ(server_->PostJson("/api/v1/surveys/" + form + "/questions", staff_,
                                R"({"kind": "agreement", "prompt": ")" + prompt + R"(", "required": true})")
                  .status,
              201);
  }

  std::int64_t Count(const std::string& sql) { return server_->CountRows(sql); }

  // The invited people's e-mail addresses, in order.
  std::vector<std::string> Invited(const std::string& form) {
    std::vector<std::string> people;
    auto db = server_->app().database().Acquire();
    (void)db->Execute("SELECT p.email FROM survey_invitations i JOIN people p ON p.id = i.person_id"
                      " WHERE i.form_id = $1 ORDER BY p.email",
                      {static_cast<std::int64_t>(std::stoll(form))}, [&](const db::Row& row) { people.push_back(row.String(0)); });
    return people;
  }

  std::string FormAt(const std::string& first, int position) {
    std::string id;
    auto db = server_->app().database().Acquire();
    (void)db->Execute("SELECT f.id FROM survey_forms f JOIN survey_forms s ON s.series_id = f.series_id"
                      " WHERE s.id = $1 AND f.series_position = $2",
                      {static_cast<std::int64_t>(std::stoll(first)), static_cast<std::int64_t>(position)},
                      [&](const db::Row& row) { id = std::to_string(row.Int(0)); });
    return id;
  }

  Reply Answer(const std::string& form, const std::string& email, const std::string& value) {
    std::int64_t question = 0;
    {
      auto db = server_->app().database().Acquire();
      (void)db->Execute("SELECT id FROM survey_questions WHERE form_id = $1 ORDER BY position",
                        {static_cast<std::int64_t>(std::stoll(form))}, [&](const db::Row& row) { question = row.Int(0); });
    }
    return server_->PostJson("/api/v1/surveys/" + form + "/answer", server_->SignIn(email),
                             R"({"answers": {")" + std::to_string(question) + R"(": ")" + value + R"("}})");
  }

  std::unique_ptr<AppServer> server_;
  SignedIn staff_;
};

TEST_P(SeriesRoutes, AFormAfterEachMeetingIsMadeAndSentWhenItsWindowOpens) {
  const auto made = Create(R"({"title": "Suite feedback", "audience": "attendees", "offering": ")" + kSuite +
                           R"(", "rhythm": "after_each_meeting", "open_days": "7"})");
  ASSERT_EQ(made.status, 201) << made.body;
  const auto first = Id(made);
  AddAgreement(first, "The days helped me plan a lesson.");
  const auto page = server_->Get("/surveys/" + first, &staff_);
  EXPECT_NE(page.body.find("Suite feedback · After days 1 and 2 (Wednesday, January 13, 2027)"), std::string::npos);
  EXPECT_NE(page.body.find("id=\"series-places\""), std::string::npos);
  EXPECT_NE(page.body.find("After day 3 (Wednesday, January 20, 2027)"), std::string::npos);
  EXPECT_NE(page.body.find("made when it opens, with the questions of the form before"), std::string::npos);
  EXPECT_EQ(page.body.find("After day 3 (Wednesday, January 20, 2027)</a>"), std::string::npos)
      << "a form not made yet links nowhere";

  // Before the first window nothing is sent; on Thursday, January 14 the form invites by itself.
  SetDay(2027, 1, 13);
  server_->RunJobs();
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_forms WHERE scheduled_at IS NOT NULL AND id = " + first), 0);
  SetDay(2027, 1, 14);
  server_->RunJobs();
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_forms WHERE scheduled_at IS NOT NULL AND id = " + first), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'survey_form' AND record_id = '" + first +
                  "' AND reason LIKE 'Invited % people when the form opened'"),
            1);
  EXPECT_EQ(FormAt(first, 2), "");

  // On Thursday, January 21 the second form is made with the first's question, once however
  // often the runner wakes.
  SetDay(2027, 1, 21);
  server_->RunJobs();
  server_->RunJobs();
  const auto second = FormAt(first, 2);
  ASSERT_NE(second, "");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_forms WHERE series_id IS NOT NULL AND series_id = (SELECT series_id"
                  " FROM survey_forms WHERE id = " + first + ")"),
            2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_questions WHERE prompt = 'The days helped me plan a lesson.' AND form_id = " +
                  second),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_forms WHERE day_numbers = '3' AND scheduled_at IS NOT NULL AND id = " +
                  second),
            1);
  const auto reply = server_->Get("/api/v1/surveys/" + second, &staff_);
  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto api = json::parse(reply.body).as_object();
  EXPECT_EQ(api.at("series_position").as_int64(), 2);
  EXPECT_EQ(api.at("title").as_string(), "Suite feedback · After day 3 (Wednesday, January 20, 2027)");
  EXPECT_EQ(std::string(api.at("opens_at").as_string()).substr(0, 16), "2027-01-21T08:00");
}

TEST_P(SeriesRoutes, RefusesASeriesThatCannotBeAskedAndKeepsWhatWasTyped) {
  const auto series_before = Count("SELECT COUNT(*) FROM survey_series");
  const auto team = Create(R"({"title": "Suite feedback", "audience": "team", "cohort": "ps-3-0", "offering": ")" + kSuite +
                           R"(", "rhythm": "after_each_meeting", "open_days": "7"})");
  EXPECT_EQ(team.status, 422) << team.body;
  EXPECT_NE(team.body.find("asks a learning session's attendees"), std::string::npos);
  const auto past = Create(R"({"title": "Quarterly", "audience": "staff", "cohort": "ps-3-0", "rhythm": "each_quarter",)"
                           R"( "open_days": "14"})");
  EXPECT_EQ(past.status, 422) << past.body;
  EXPECT_NE(past.body.find("Every quarter of this cohort's school year is past"), std::string::npos);
  const auto days = Create(R"({"title": "Suite feedback", "audience": "attendees", "offering": ")" + kSuite +
                           R"(", "rhythm": "after_each_meeting", "open_days": "0"})");
  EXPECT_EQ(days.status, 422) << days.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_series"), series_before);

  const auto closed_start = Create(R"({"title": "Late pair", "audience": "staff", "cohort": "ps-3-0", "rhythm": "pre_post",)"
                                   R"( "opens_on": "2026-11-01", "opens_time": "08:00", "closes_on": "2026-11-20",)"
                                   R"( "closes_time": "17:00", "post_opens_on": "2027-05-20", "post_opens_time": "08:00",)"
                                   R"( "post_closes_on": "2027-05-31", "post_closes_time": "17:00"})");
  EXPECT_EQ(closed_start.status, 422) << closed_start.body;
  EXPECT_NE(closed_start.body.find("would already be closed"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_series"), series_before);

  const auto page = server_->PostForm(
      "/surveys", &staff_,
      "title=TYPED-PAIR&audience=staff&cohort=ps-3-0&rhythm=pre_post&opens_on=2026-11-22&opens_time=08:00"
      "&closes_on=2026-11-30&closes_time=17:00&post_opens_on=2026-11-29&post_opens_time=08:00"
      "&post_closes_on=2027-05-31&post_closes_time=17:00");
  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("Open the end-of-year form after the start-of-year form closes"), std::string::npos);
  EXPECT_NE(page.body.find("value=\"TYPED-PAIR\""), std::string::npos);
  EXPECT_NE(page.body.find("<option value=\"pre_post\" selected>"), std::string::npos);
  EXPECT_NE(page.body.find("value=\"2026-11-29\""), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_series"), series_before);
}

// Five people answer at the start and the end: the end's results show each question's change,
// and the answers keep no person, only pseudonyms the two forms share. Four pairs show nothing.
TEST_P(SeriesRoutes, TheEndOfTheYearShowsChangeUnderPseudonymsAndNeverWithFourPairs) {
  const auto made = Create(R"({"title": "Design confidence", "anonymous": true, "audience": "staff", "cohort": "ps-3-0",)"
                           R"( "rhythm": "pre_post", "opens_on": "2026-11-22", "opens_time": "08:00", "closes_on": "2026-11-30",)"
                           R"( "closes_time": "17:00", "post_opens_on": "2027-05-20", "post_opens_time": "08:00",)"
                           R"( "post_closes_on": "2027-05-31", "post_closes_time": "17:00"})");
  ASSERT_EQ(made.status, 201) << made.body;
  const auto start = Id(made);
  AddAgreement(start, "I am confident guiding a design process.");
  server_->RunJobs();  // open since November 22: it invites by itself
  const auto people = Invited(start);
  ASSERT_GE(people.size(), 5u);
  for (int i = 0; i < 5; ++i) ASSERT_EQ(Answer(start, people[i], "2").status, 201);

  SetDay(2027, 5, 20);
  server_->RunJobs();
  const auto end = FormAt(start, 2);
  ASSERT_NE(end, "");
  ASSERT_EQ(Invited(end).size(), people.size());
  for (int i = 0; i < 4; ++i) ASSERT_EQ(Answer(end, people[i], "4").status, 201);
  const auto first_results = server_->Get("/api/v1/surveys/" + end + "/results", &staff_);
  ASSERT_EQ(first_results.status, 200) << first_results.body;
  auto results = json::parse(first_results.body).as_object();
  ASSERT_TRUE(results.at("paired").as_bool());
  ASSERT_EQ(results.at("changes").as_array().size(), 1u);
  EXPECT_FALSE(results.at("changes").as_array()[0].at("shown").as_bool());
  EXPECT_EQ(results.at("changes").as_array()[0].at("rose").as_int64(), 0);
  EXPECT_EQ(results.at("changes").as_array()[0].at("after").as_string(), "");

  ASSERT_EQ(Answer(end, people[4], "3").status, 201);
  results = json::parse(server_->Get("/api/v1/surveys/" + end + "/results", &staff_).body).as_object();
  const auto change = results.at("changes").as_array()[0].as_object();
  EXPECT_TRUE(change.at("shown").as_bool());
  EXPECT_EQ(change.at("pairs").as_int64(), 5);
  EXPECT_EQ(change.at("before").as_string(), "2.0");
  EXPECT_EQ(change.at("after").as_string(), "3.8");
  EXPECT_EQ(change.at("rose").as_int64(), 5);
  const auto page = server_->Get("/surveys/" + end + "/results", &staff_);
  EXPECT_NE(page.body.find("id=\"change-table\""), std::string::npos);

  const std::string both = " FROM survey_responses WHERE form_id IN (" + start + ", " + end + ")";
  EXPECT_EQ(Count("SELECT COUNT(*)" + both + " AND person_id IS NOT NULL"), 0);
  EXPECT_EQ(Count("SELECT COUNT(DISTINCT pseudonym)" + both), 5);
  EXPECT_EQ(Count("SELECT COUNT(*)" + both + " AND pseudonym IS NULL"), 0);

  // Once the end of the year has closed, the key is forgotten; the pairs stay.
  SetDay(2027, 6, 1);
  server_->RunJobs();
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_series s JOIN survey_forms f ON f.series_id = s.id WHERE s.pairing_key = ''"
                  " AND f.id = " + start),
            1);
  results = json::parse(server_->Get("/api/v1/surveys/" + end + "/results", &staff_).body).as_object();
  EXPECT_TRUE(results.at("changes").as_array()[0].at("shown").as_bool());
}

TEST_P(SeriesRoutes, TheDemosEndOfYearFormShowsPS30StaffsChange) {
  std::string end;
  {
    auto db = server_->app().database().Acquire();
    (void)db->Execute("SELECT id FROM survey_forms WHERE title = 'Design thinking in your classroom · End of the year'", {},
                      [&](const db::Row& row) { end = std::to_string(row.Int(0)); });
  }
  ASSERT_NE(end, "");
  const auto results = json::parse(server_->Get("/api/v1/surveys/" + end + "/results", &staff_).body).as_object();
  const auto& changes = results.at("changes").as_array();
  ASSERT_EQ(changes.size(), 3u);
  for (const auto& c : changes) {
    EXPECT_TRUE(c.at("shown").as_bool());
    EXPECT_GT(c.at("rose").as_int64(), c.at("fell").as_int64());
  }
  // Only the pair keeps pseudonyms: the follow-up days' series pairs nothing.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_responses r JOIN survey_forms f ON f.id = r.form_id"
                  " WHERE f.title LIKE 'Follow-up day feedback%' AND r.pseudonym IS NOT NULL"),
            0);
  EXPECT_GT(Count("SELECT COUNT(*) FROM survey_responses r JOIN survey_forms f ON f.id = r.form_id"
                  " WHERE f.title LIKE 'Follow-up day feedback%'"),
            0);
  // The demo's series ended in 2019: its key was forgotten the first time the runner woke.
  server_->RunJobs();
  EXPECT_EQ(Count("SELECT COUNT(*) FROM survey_series WHERE pairing_key <> ''"), 0);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, SeriesRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
