// Reminders and the coach's digest end to end: the demo district, the job runner on a fixed
// clock, and a real SMTP server on loopback whose mailbox is read back.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <algorithm>
#include <set>

#include "jobs/queue.hpp"
#include "mail/smtp_rig.hpp"
#include "support/app_server.hpp"

namespace practica::testing {
namespace {

constexpr std::int64_t kTuesdayNov20 = 1542729600;  // 2018-11-20 08:00 PST
constexpr std::int64_t kMondayNov19 = 1542641400;   // 2018-11-19 07:30 PST
constexpr std::int64_t kWeek = 7 * 24 * 3600;
const std::string kCoach = "coach@practica.example";

class EmailJobsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(smtp_.Start()) << "the SMTP rig did not start";
    app::Config config;
    config.smtp_url = smtp_.url();
    config.mail_from = "Practica <noreply@practica.example>";
    config.public_url = "https://practica.example";
    server_ = AppServer::Start(config);
    ASSERT_NE(server_, nullptr);
    // The demo's coach coaches Hope Street and Garvanza in PS 3.0 from August 8, 2018, so the
    // autumn of 2018 has commitments falling due in the caseload.
  }

  jobs::RunReport Run() {
    auto report = server_->app().jobs().RunDue();
    EXPECT_TRUE(report.has_value()) << (report ? "" : report.error().detail);
    return report.value_or(jobs::RunReport{});
  }

  std::vector<ReceivedMail> MailTo(const std::string& address) {
    auto all = smtp_.Mail();
    std::erase_if(all, [&](const ReceivedMail& m) {
      return std::find(m.to.begin(), m.to.end(), address) == m.to.end();
    });
    return all;
  }

  std::int64_t PersonId(const std::string& email) {
    return server_->CountRows("SELECT id FROM people WHERE email = '" + email + "'");
  }

  SmtpRig smtp_;
  std::unique_ptr<AppServer> server_;
};

TEST_F(EmailJobsTest, TheReminderJobRunTwiceSendsOneEmail) {
  server_->clock().Set(kTuesdayNov20);

  const auto first = Run();
  const auto sent = smtp_.Mail().size();
  const auto second = Run();

  EXPECT_GT(first.done, 0);
  EXPECT_EQ(second.done, 0);
  EXPECT_EQ(smtp_.Mail().size(), sent);
  // 24th Street ES has not yet given evidence for its certification, due Wednesday the 21st.
  const auto to_principal = MailTo("principal.24th@practica.example");
  ASSERT_EQ(to_principal.size(), 1u);
  EXPECT_EQ(to_principal[0].subject,
            "Due tomorrow: Become a Common Sense Digital Citizenship School (24th Street ES)");
  EXPECT_NE(to_principal[0].text.find("Wednesday, November 21, 2018"), std::string::npos);
  EXPECT_NE(to_principal[0].text.find("https://practica.example/cohorts/ps-3-0/schools/24th-street-es/commitments"),
            std::string::npos);
}

TEST_F(EmailJobsTest, TheTeamHearsTwoDaysBeforeASessionOnce) {
  // Wednesday, September 26, 2018, 8:00 AM PDT: the PS 3.0 follow-up days begin on Friday.
  constexpr std::int64_t kWednesdaySep26 = 1537974000;
  server_->clock().Set(kWednesdaySep26);
  Run();
  Run();
  for (const auto* address : {"principal@practica.example", "teacher@practica.example",
                              "marisol.vega@practica.example"}) {
    std::vector<ReceivedMail> about_session;
    for (auto& mail : MailTo(address)) {
      if (mail.subject.find("Follow-up Learning") != std::string::npos) about_session.push_back(mail);
    }
    ASSERT_EQ(about_session.size(), 1u) << address;
    EXPECT_EQ(about_session[0].subject, "In 2 days: PS 3.0 Follow-up Learning 2018-2019");
    EXPECT_NE(about_session[0].text.find("Friday, September 28, 2018 at 8:00 AM (PDT)"),
              std::string::npos) << about_session[0].text;
    EXPECT_NE(about_session[0].text.find(
                  "https://practica.example/learning/ps-3-0-follow-up-learning-2018-2019-2018-09-28"),
              std::string::npos);
  }
  // Someone not registered hears nothing of it.
  for (auto& mail : MailTo("principal.hope@practica.example")) {
    EXPECT_EQ(mail.subject.find("Follow-up Learning"), std::string::npos);
  }
}

TEST_F(EmailJobsTest, AnActionStepsOwnerHearsAWeekAndADayBeforeItsDayOnce) {
  // Garvanza's step "Bring the adapted station to the follow-up learning day" is Priya's, in
  // progress, due Friday, March 22, 2019.
  const std::string kStep = "Bring the adapted station to the follow-up learning day";
  auto about_step = [&](const std::string& address) {
    std::vector<ReceivedMail> found;
    for (auto& mail : MailTo(address)) {
      if (mail.subject.find(kStep) != std::string::npos) found.push_back(mail);
    }
    return found;
  };
  server_->clock().Set(1552662000);  // Friday, March 15, 2019, 8:00 AM PDT
  Run();
  auto week_ahead = about_step("teacher@practica.example");
  ASSERT_EQ(week_ahead.size(), 1u);
  EXPECT_EQ(week_ahead[0].subject, "Action step due in 7 days: " + kStep +
                                       " (Garvanza Elementary Technology and Leadership Magnet)");

  server_->clock().Set(1553180400);  // Thursday, March 21, 2019, 8:00 AM PDT
  Run();
  Run();
  auto mails = about_step("teacher@practica.example");
  ASSERT_EQ(mails.size(), 2u);
  const auto& tomorrow = mails[0].subject.find("tomorrow") != std::string::npos ? mails[0] : mails[1];
  EXPECT_EQ(tomorrow.subject,
            "Action step due tomorrow: " + kStep + " (Garvanza Elementary Technology and Leadership Magnet)");
  EXPECT_NE(tomorrow.text.find("Friday, March 22, 2019"), std::string::npos) << tomorrow.text;
  EXPECT_NE(tomorrow.text.find("https://practica.example/cohorts/ps-3-0/schools/"
                               "garvanza-elementary-technology-and-leadership-magnet/challenge#steps"),
            std::string::npos);
  // The step is Priya's to keep: her principal and her coach hear nothing of it.
  EXPECT_TRUE(about_step("principal@practica.example").empty());
  EXPECT_TRUE(about_step(kCoach).empty());
}

TEST_F(EmailJobsTest, ACoachHearsOfANextStepTheDayBeforeAndNotOnceItIsDone) {
  const std::string kStep = "Send the grade 3 rubric draft to Rosa";
  auto about_step = [&](const std::string& address) {
    std::vector<ReceivedMail> found;
    for (auto& mail : MailTo(address)) {
      if (mail.subject.find(kStep) != std::string::npos) found.push_back(mail);
    }
    return found;
  };
  // Monday, June 3, 2019, 8:00 AM PDT: Ramon logs co-design at Hope Street ES with a next step
  // for Tuesday, June 11.
  server_->clock().Set(1559574000);
  auto coach = server_->SignIn(kCoach);
  const auto logged = server_->PostJson(
      "/api/v1/coaching/entries", coach,
      R"({"school": "hope-street-es", "held_on": "2019-06-03", "minutes": 40, "kind": "co_design", "focus": "1.4.b",)"
      R"( "teachers": [)" + std::to_string(PersonId("rosa.delgado@practica.example")) +
          R"(], "notes": "Rubric criteria drafted.", "share_notes": true, "next_step": ")" + kStep +
          R"(", "next_step_due": "2019-06-11"})");
  ASSERT_EQ(logged.status, 201) << logged.body;
  const auto entry_id = boost::json::parse(logged.body).as_object().at("id").as_int64();

  server_->clock().Set(1560178800);  // Monday, June 10, 2019, 8:00 AM PDT: the day before
  Run();
  Run();
  auto mails = about_step(kCoach);
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_EQ(mails[0].subject, "Coaching follow-up due tomorrow: " + kStep + " (Hope Street ES)");
  EXPECT_NE(mails[0].text.find("Tuesday, June 11, 2019"), std::string::npos) << mails[0].text;
  EXPECT_NE(mails[0].text.find("Monday, June 3, 2019"), std::string::npos) << mails[0].text;
  EXPECT_NE(mails[0].text.find("https://practica.example/coaching#follow-ups"), std::string::npos);
  EXPECT_EQ(mails[0].text.find("Rubric criteria drafted."), std::string::npos) << "the notes stay in the log";
  // The step is the coach's: the teacher named and the principal hear nothing of it.
  EXPECT_TRUE(about_step("rosa.delgado@practica.example").empty());
  EXPECT_TRUE(about_step("principal.hope@practica.example").empty());

  // Done before its day: no reminder on the day.
  coach = server_->SignIn(kCoach);
  const auto done = server_->PostJson("/api/v1/coaching/entries/" + std::to_string(entry_id) + "/done", coach, "{}");
  ASSERT_EQ(done.status, 200) << done.body;
  server_->clock().Set(1560265200);  // Tuesday, June 11, 2019, 8:00 AM PDT
  Run();
  EXPECT_EQ(about_step(kCoach).size(), 1u);
}

TEST_F(EmailJobsTest, AnActionStepDoneIsNotReminded) {
  // "Empathy interviews with twelve students referred to intervention", Priya's, due Friday,
  // September 28, 2018, is done.
  server_->clock().Set(1538060400);  // Thursday, September 27, 2018, 8:00 AM PDT
  Run();
  for (auto& mail : MailTo("teacher@practica.example")) {
    EXPECT_EQ(mail.subject.find("Action step"), std::string::npos) << mail.subject;
  }
}

TEST_F(EmailJobsTest, PlanningTheSameDayAgainQueuesNoSecondEmail) {
  server_->clock().Set(kTuesdayNov20);
  Run();
  const auto sent = smtp_.Mail().size();
  ASSERT_GT(sent, 0u);

  // A second plan for the same day, as a server that missed the first plan's key would add.
  {
    auto db = server_->app().database().Acquire();
    ASSERT_TRUE(jobs::Enqueue(*db, server_->app().tenant().id,
                              {"reminders.plan", R"({"date":"2018-11-20"})", "replay", kTuesdayNov20, 1,
                               kTuesdayNov20})
                    .value());
  }
  const auto again = Run();

  EXPECT_EQ(again.done, 1);  // the plan ran, and queued nothing new
  EXPECT_EQ(smtp_.Mail().size(), sent);
}

TEST_F(EmailJobsTest, NoReminderForSomeoneWhoTurnedRemindersOff) {
  auto principal = server_->SignIn("principal.24th@practica.example");
  auto off = server_->Send("PUT", "/api/v1/me/notifications",
                           {{"Cookie", principal.cookie}, {"X-CSRF-Token", principal.csrf_token},
                            {"Content-Type", "application/json"}},
                           R"({"reminders_enabled": false})");
  ASSERT_EQ(off.status, 200) << off.body;
  server_->clock().Set(kTuesdayNov20);

  Run();

  EXPECT_FALSE(smtp_.Mail().empty());
  EXPECT_TRUE(MailTo("principal.24th@practica.example").empty());
}

TEST_F(EmailJobsTest, TheCoachGetsOneDigestOnMondayListingLateAndDueSoonItems) {
  server_->clock().Set(kMondayNov19);

  Run();
  Run();

  auto digests = MailTo(kCoach);
  std::erase_if(digests, [](const ReceivedMail& m) { return !m.subject.starts_with("Your caseload this week"); });
  ASSERT_EQ(digests.size(), 1u);
  EXPECT_NE(digests[0].text.find("Due soon"), std::string::npos);
  EXPECT_NE(digests[0].text.find("Hope Street"), std::string::npos);
  EXPECT_NE(digests[0].text.find("https://practica.example/unsubscribe/"), std::string::npos);
}

TEST_F(EmailJobsTest, NoDigestForACoachWhoTurnedItOffOnTheAccountPage) {
  auto coach = server_->SignIn(kCoach);
  auto saved = server_->PostForm("/account/notifications", &coach, "reminders=on");
  ASSERT_EQ(saved.status, 303);
  server_->clock().Set(kMondayNov19);

  Run();

  for (const auto& mail : MailTo(kCoach)) {
    EXPECT_FALSE(mail.subject.starts_with("Your caseload this week")) << mail.subject;
  }
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE dedupe_key LIKE 'digest:%'"), 0);
}

TEST_F(EmailJobsTest, AQueuedDigestIsNotSentWhenTheCoachTurnedItOffMeanwhile) {
  const auto coach_id = PersonId(kCoach);
  {
    auto db = server_->app().database().Acquire();
    ASSERT_TRUE(jobs::EnqueueMail(*db, server_->app().tenant().id,
                                  {kCoach, "Ramon", "Your caseload this week: 1 late, 0 due soon", "…"},
                                  "digest:test", kTestNow, {coach_id, "digest"})
                    .value());
  }
  auto coach = server_->SignIn(kCoach);
  ASSERT_EQ(server_->PostForm("/account/notifications", &coach, "").status, 303);

  const auto report = Run();

  EXPECT_GE(report.done, 1);
  EXPECT_TRUE(MailTo(kCoach).empty());
}

TEST_F(EmailJobsTest, TheDigestsLinkTurnsTheDigestOffWithoutSigningIn) {
  server_->clock().Set(kMondayNov19);
  Run();
  auto digests = MailTo(kCoach);
  ASSERT_FALSE(digests.empty());
  const auto& text = digests[0].text;
  const auto at = text.find("/unsubscribe/");
  ASSERT_NE(at, std::string::npos);
  const std::string path = text.substr(at, text.find('\n', at) - at);

  auto page = server_->Get(path);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Stop the weekly digest"), std::string::npos);
  const auto cookie = page.Header("set-cookie");
  const auto token = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
  auto done = server_->Send("POST", path,
                            {{"Content-Type", "application/x-www-form-urlencoded"},
                             {"Cookie", "practica_form=" + token}},
                            "csrf_token=" + token);

  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_NE(done.body.find("unsubscribe-done"), std::string::npos);
  server_->clock().Set(kMondayNov19 + kWeek);
  Run();
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE dedupe_key LIKE 'digest:%:2018-W48'"), 0);
}

TEST_F(EmailJobsTest, AnUnknownUnsubscribeLinkChangesNothing) {
  auto page = server_->Get("/unsubscribe/not-a-real-link");

  EXPECT_EQ(page.status, 410);
  EXPECT_NE(page.body.find("unsubscribe-expired"), std::string::npos);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM notification_preferences"), 0);
}

TEST_F(EmailJobsTest, PreferencesRefuseANonBooleanNamingTheField) {
  auto coach = server_->SignIn(kCoach);

  auto reply = server_->Send("PUT", "/api/v1/me/notifications",
                             {{"Cookie", coach.cookie}, {"X-CSRF-Token", coach.csrf_token},
                              {"Content-Type", "application/json"}},
                             R"({"digest_enabled": "no"})");

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(boost::json::parse(reply.body).at("error").at("field").as_string(), "digest_enabled");
}

TEST_F(EmailJobsTest, AMailJobIsRetriedWhileTheMailServerIsDown) {
  smtp_.Stop();
  server_->clock().Set(kTuesdayNov20);

  const auto report = Run();

  EXPECT_GT(report.retried, 0);
  EXPECT_GT(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE kind = 'mail.send' AND state = 'queued'"
                               " AND attempts = 1 AND last_error <> ''"),
            0);
}

}  // namespace
}  // namespace practica::testing
