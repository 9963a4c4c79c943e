// "Tell me when applications open", end to end on SQLite and PostgreSQL: a visitor leaves an
// address on the public home page or through the API, a bad one is refused next to the field,
// the same one again adds nothing, a bot is made to wait, the opening of PS 4.0's window (moved
// to the tests' clock) sends each waiting address one e-mail through the SMTP rig, and the
// link in it stops the next ones.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/text.hpp"
#include "jobs/queue.hpp"
#include "mail/smtp_rig.hpp"
#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {
namespace json = boost::json;

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 24 * kHour;

struct Visitor {
  std::string cookie;  // "practica_form=…"
  std::string token;
};

class WindowNoticeRoutes : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    ASSERT_TRUE(smtp_.Start()) << "the SMTP rig did not start";
    app::Config config;
    if (GetParam() == db::Dialect::kPostgres) config.database = FreshPostgresDatabase();
    config.smtp_url = smtp_.url();
    config.mail_from = "Practica <noreply@practica.example>";
    config.public_url = "https://practica.example";
    server_ = AppServer::Start(config);
    ASSERT_NE(server_, nullptr);
    visitor_ = Visit();
  }

  // Opens the home page as a visitor would, keeping the form's cookie.
  Visitor Visit() {
    const auto home = server_->Get("/");
    const auto cookie = home.Header("set-cookie");
    const auto end = cookie.find(';');
    Visitor visitor{cookie.substr(0, end), cookie.substr(cookie.find('=') + 1, end - cookie.find('=') - 1)};
    EXPECT_FALSE(visitor.token.empty()) << "the home page sets the form cookie";
    return visitor;
  }

  Reply Ask(const std::string& email) {
    return server_->Send("POST", "/window-notices",
                         {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", visitor_.cookie}},
                         "email=" + core::UrlEncode(email) + "&csrf_token=" + core::UrlEncode(visitor_.token));
  }

  Reply AskApi(const std::string& email) {
    return server_->Send("POST", "/api/v1/window-notices",
                         {{"Content-Type", "application/json"}, {"Cookie", visitor_.cookie}, {"X-CSRF-Token", visitor_.token}},
                         json::serialize(json::object{{"email", email}}));
  }

  Reply PostStop(const std::string& token) {
    return server_->Send("POST", "/window-notices/stop/" + token,
                         {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", visitor_.cookie}},
                         "csrf_token=" + core::UrlEncode(visitor_.token));
  }

  // Moves a cohort's application window; times from the tests' clock.
  void SetWindow(const std::string& cohort, std::int64_t opens_at, std::int64_t closes_at) {
    auto db = server_->app().database().Acquire();
    auto moved = db->Exec("UPDATE cohorts SET applications_open_at = $1, applications_close_at = $2 WHERE slug = $3",
                          {opens_at, closes_at, cohort});
    ASSERT_TRUE(moved.has_value());
  }

  void RunJobs() {
    auto report = server_->app().jobs().RunDue();
    ASSERT_TRUE(report.has_value()) << report.error().detail;
    EXPECT_EQ(report->failed, 0);
  }

  std::int64_t Count(const std::string& sql) { return server_->CountRows(sql); }

  // The stop link's token in an e-mail's text.
  static std::string StopToken(const std::string& text) {
    const std::string marker = "/window-notices/stop/";
    const auto at = text.find(marker);
    if (at == std::string::npos) return {};
    const auto start = at + marker.size();
    return text.substr(start, text.find('\n', start) - start);
  }

  SmtpRig smtp_;
  std::unique_ptr<AppServer> server_;
  Visitor visitor_;
};

TEST_P(WindowNoticeRoutes, LeavesAnAddressAndConfirmsOnTheSamePage) {
  const auto home = server_->Get("/");

  const auto asked = Ask("  Ana.Ruiz@Example.org ");
  // The browser keeps the #tell-me fragment to itself.
  const auto location = asked.Header("location");
  const auto confirmed = server_->Get(location.substr(0, location.find('#')), nullptr, {{"Cookie", visitor_.cookie}});

  EXPECT_NE(home.body.find("id=\"tell-me\""), std::string::npos);
  EXPECT_EQ(asked.status, 303);
  EXPECT_EQ(asked.Header("location"), "/?notice=asked#tell-me");
  EXPECT_EQ(confirmed.status, 200);
  EXPECT_NE(confirmed.body.find("id=\"notice-asked\""), std::string::npos);
  EXPECT_EQ(confirmed.body.find("ana.ruiz@example.org"), std::string::npos) << "the page never names an address";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM window_notice_requests WHERE email = 'ana.ruiz@example.org'"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'window_notices.request' AND outcome = 'done'"), 1);
}

TEST_P(WindowNoticeRoutes, RefusesABadAddressNextToTheFieldKeepingWhatWasTyped) {
  const auto page = Ask("ana@");
  const auto empty = Ask("   ");
  const auto api = AskApi("ana ruiz@example.org");

  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("value=\"ana@\""), std::string::npos);
  EXPECT_NE(page.body.find("aria-describedby=\"notice-email-error\""), std::string::npos);
  EXPECT_NE(page.body.find("id=\"notice-email-error\">The e-mail address &quot;ana@&quot; cannot be used"),
            std::string::npos);
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("Write your e-mail address, e.g. name@school.org."), std::string::npos);
  EXPECT_EQ(api.status, 422);
  EXPECT_EQ(json::parse(api.body).at("error").at("field").as_string(), "email");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM window_notice_requests"), 0);
}

TEST_P(WindowNoticeRoutes, TheSameAddressAgainAddsNothingAndAnswersAlike) {
  const auto first = AskApi("Ana.Ruiz@Example.org");
  const auto again = AskApi("ana.ruiz@example.org");
  const auto page = Ask("ANA.RUIZ@EXAMPLE.ORG");

  EXPECT_EQ(first.status, 202);
  EXPECT_EQ(again.status, 202);
  EXPECT_EQ(again.body, first.body) << "nothing tells whether the address was already waiting";
  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM window_notice_requests"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'window_notices.request'"), 1);
}

TEST_P(WindowNoticeRoutes, MakesARepeatedRequestWaitWithTheSameWordsForAnyAddress) {
  for (int i = 0; i < 5; ++i) ASSERT_EQ(AskApi("bot@example.org").status, 202);

  const auto sixth = AskApi("bot@example.org");
  const auto page = Ask("bot@example.org");

  EXPECT_EQ(sixth.status, 429);
  EXPECT_NE(std::string(json::parse(sixth.body).at("error").at("message").as_string())
                .find("Too many requests for this address or from this network. Wait 15 minutes"),
            std::string::npos);
  EXPECT_EQ(page.status, 429);
  EXPECT_NE(page.body.find("value=\"bot@example.org\""), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM window_notice_requests"), 1);
}

TEST_P(WindowNoticeRoutes, TheOpeningWindowTellsEachWaitingAddressOnce) {
  ASSERT_EQ(AskApi("ana.ruiz@example.org").status, 202);
  ASSERT_EQ(AskApi("luis.park@example.org").status, 202);
  SetWindow("ps-4-0", kTestNow + kHour, kTestNow + 11 * kDay);
  RunJobs();
  const auto before_opening = smtp_.Mail().size();

  server_->clock().Set(kTestNow + 2 * kHour);
  RunJobs();
  const auto mail = smtp_.WaitForMail(2);
  RunJobs();
  {
    // A second planning job for the same cohort (another server, a window moved and reopened)
    // finds nobody left to tell.
    auto db = server_->app().database().Acquire();
    auto added = jobs::Enqueue(*db, server_->app().tenant().id,
                               {"window_notices.send", R"({"cohort":"ps-4-0"})", "second-planner", kTestNow, 3, kTestNow});
    ASSERT_TRUE(added.has_value());
  }
  RunJobs();

  EXPECT_EQ(before_opening, 0u) << "nothing before the window opens";
  ASSERT_EQ(mail.size(), 2u);
  EXPECT_EQ(smtp_.WaitForMail(3, std::chrono::milliseconds(500)).size(), 2u) << "told exactly once";
  for (const auto& m : mail) {
    EXPECT_EQ(m.subject, "Applications for PS 4.0 are open until Friday, December 4, 2026");
    EXPECT_NE(m.text.find("Practitioner Schools 4.0: Global Collaborator"), std::string::npos);
    EXPECT_NE(m.text.find("\nhttps://practica.example/cohorts/ps-4-0\n"), std::string::npos);
    EXPECT_FALSE(StopToken(m.text).empty());
  }
  EXPECT_EQ(Count("SELECT COUNT(*) FROM window_notices_sent"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send' AND dedupe_key LIKE 'window_notice:%'"), 2);
}

TEST_P(WindowNoticeRoutes, TheEmailsLinkStopsTheNextWindowsEmailAndAWrongTokenStopsNothing) {
  ASSERT_EQ(AskApi("ana.ruiz@example.org").status, 202);
  SetWindow("ps-4-0", kTestNow - kHour, kTestNow + 10 * kDay);
  RunJobs();
  const auto mail = smtp_.WaitForMail(1);
  ASSERT_EQ(mail.size(), 1u);
  const auto token = StopToken(mail[0].text);

  const auto wrong_get = server_->Get("/window-notices/stop/not-" + token);
  const auto wrong_post = PostStop("not-" + token);
  const auto still_waiting = Count("SELECT COUNT(*) FROM window_notice_requests WHERE stopped_at IS NULL");
  const auto ask = server_->Get("/window-notices/stop/" + token);
  const auto done = PostStop(token);
  const auto again = PostStop(token);
  SetWindow("ps-2-0", kTestNow + kHour, kTestNow + 5 * kDay);
  server_->clock().Set(kTestNow + 2 * kHour);
  RunJobs();

  EXPECT_EQ(wrong_get.status, 404);
  EXPECT_NE(wrong_get.body.find("id=\"notice-stop-unknown\""), std::string::npos);
  EXPECT_EQ(wrong_post.status, 404);
  EXPECT_EQ(still_waiting, 1);
  EXPECT_EQ(ask.status, 200);
  EXPECT_NE(ask.body.find("id=\"notice-stop-confirm\""), std::string::npos);
  EXPECT_EQ(done.status, 200);
  EXPECT_NE(done.body.find("id=\"notice-stop-done\""), std::string::npos);
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM window_notice_requests WHERE stopped_at IS NOT NULL"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'window_notices.stop' AND outcome = 'done'"), 1);
  EXPECT_EQ(smtp_.WaitForMail(2, std::chrono::milliseconds(500)).size(), 1u) << "PS 2.0's opening tells nobody";
}

TEST_P(WindowNoticeRoutes, StaffSeeHowManyWaitOnTheCohortsSetupPage) {
  ASSERT_EQ(AskApi("ana.ruiz@example.org").status, 202);
  ASSERT_EQ(AskApi("luis.park@example.org").status, 202);
  SetWindow("ps-4-0", kTestNow + 5 * kDay, kTestNow + 20 * kDay);
  auto director = server_->SignIn("sophia.mendoza@lausd.net");

  const auto setup = server_->Get("/cohorts/ps-4-0/setup", &director);

  EXPECT_EQ(setup.status, 200);
  EXPECT_NE(setup.body.find("2 addresses wait to be told when PS 4.0&apos;s applications open."), std::string::npos)
      << setup.body.substr(setup.body.find("id=\"window-notice-count\""), 200);
}

INSTANTIATE_TEST_SUITE_P(Databases, WindowNoticeRoutes, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
