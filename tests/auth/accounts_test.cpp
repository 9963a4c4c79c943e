// Signing in and out, sessions, CSRF, the audit trail and API tokens, over real HTTP.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "auth/domain/grant_rules.hpp"
#include "mail/smtp_rig.hpp"
#include "support/app_server.hpp"

namespace practica::testing {
namespace {
namespace json = boost::json;

constexpr const char* kPassword = "practitioner-demo";

class AccountsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(smtp_.Start()) << "the SMTP rig did not start";
    app::Config config;
    config.smtp_url = smtp_.url();
    config.mail_from = "Practica <noreply@practica.example>";
    server_ = AppServer::Start(config);
    ASSERT_NE(server_, nullptr);
  }

  // Signs in through the form, as a browser does: fetch the form for its token, then post.
  Reply SignInByForm(const std::string& email, const std::string& password,
                     std::string forwarded_for = "") {
    auto form = server_->Get("/sign-in");
    const auto cookie = form.Header("set-cookie");
    const auto token = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
    std::map<std::string, std::string> headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                                                  {"Cookie", "practica_form=" + token}};
    if (!forwarded_for.empty()) headers["X-Forwarded-For"] = forwarded_for;
    return server_->Send("POST", "/sign-in", headers,
                         "csrf_token=" + token + "&email=" + email + "&password=" + password + "&next=/home");
  }

  std::int64_t AuditRows(const std::string& where) {
    return server_->CountRows("SELECT COUNT(*) FROM audit_log WHERE " + where);
  }

  SmtpRig smtp_;
  std::unique_ptr<AppServer> server_;
};

TEST_F(AccountsTest, SignsInWithAPasswordAndLandsOnTheHomePageForTheRole) {
  auto reply = SignInByForm("principal@practica.example", kPassword);

  ASSERT_EQ(reply.status, 303);
  EXPECT_EQ(reply.Header("location"), "/home");
  const auto cookie = reply.Header("set-cookie");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  auto home = server_->Get("/home", nullptr, {{"Cookie", cookie.substr(0, cookie.find(';'))}});
  EXPECT_NE(home.body.find("Principal"), std::string::npos);
  EXPECT_NE(home.body.find("/schools/garvanza-elementary-technology-and-leadership-magnet/staff"),
            std::string::npos);
}

TEST_F(AccountsTest, AnswersAWrongPasswordAndAnUnknownAccountAlike) {
  auto wrong = SignInByForm("principal@practica.example", "not-the-password");
  auto unknown = SignInByForm("nobody@practica.example", "not-the-password");

  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(unknown.status, 422);
  const std::string message = "That e-mail address and password do not match an account.";
  EXPECT_NE(wrong.body.find(message), std::string::npos);
  EXPECT_NE(unknown.body.find(message), std::string::npos);
  EXPECT_NE(wrong.body.find("value=\"principal@practica.example\""), std::string::npos)
      << "the address typed is kept";
  EXPECT_EQ(AuditRows("action = 'account.sign_in' AND outcome = 'refused'"), 2);
}

TEST_F(AccountsTest, MakesAnAccountWaitAfterFiveFailuresEvenWithTheRightPassword) {
  for (int i = 0; i < 5; ++i) SignInByForm("principal@practica.example", "wrong-guess-" + std::to_string(i));

  auto blocked = SignInByForm("principal@practica.example", kPassword);
  server_->clock().Set(kTestNow + auth::kThrottleWindowSeconds + 1);
  auto later = SignInByForm("principal@practica.example", kPassword);

  EXPECT_EQ(blocked.status, 429);
  EXPECT_NE(blocked.body.find("Wait 15 minutes and try again"), std::string::npos);
  EXPECT_EQ(later.status, 303);
}

TEST_F(AccountsTest, ThrottlesAnUnknownAccountTheSameWay) {
  for (int i = 0; i < 5; ++i) SignInByForm("ghost@practica.example", "guess");

  auto blocked = SignInByForm("ghost@practica.example", "guess");

  EXPECT_EQ(blocked.status, 429);
}

TEST_F(AccountsTest, BehindATrustedBalancerOneClientsFailuresLockOutThatClientOnly) {
  app::Config config;
  config.trusted_proxies = "127.0.0.1";
  server_ = AppServer::Start(config);
  ASSERT_NE(server_, nullptr);
  for (int i = 0; i < 20; ++i) {
    SignInByForm("guess" + std::to_string(i) + "@practica.example", "guess", "198.51.100.7");
  }

  auto guesser = SignInByForm("principal@practica.example", kPassword, "198.51.100.7");
  auto colleague = SignInByForm("principal@practica.example", kPassword, "203.0.113.40");

  EXPECT_EQ(guesser.status, 429);
  EXPECT_EQ(colleague.status, 303) << "another person behind the same balancer is not locked out";
  EXPECT_EQ(AuditRows("action = 'account.sign_in' AND outcome = 'refused' AND address = '198.51.100.7'"), 20);
  EXPECT_EQ(AuditRows("action = 'account.sign_in' AND outcome <> 'refused' AND address = '203.0.113.40'"), 1);
}

TEST_F(AccountsTest, IgnoresAForgedForwardedAddressWhenNoBalancerIsTrusted) {
  for (int i = 0; i < 20; ++i) {
    SignInByForm("guess" + std::to_string(i) + "@practica.example", "guess", "198.51.100." + std::to_string(i));
  }

  auto next = SignInByForm("principal@practica.example", kPassword, "203.0.113.40");

  EXPECT_EQ(next.status, 429) << "a client cannot escape the throttle by naming another address";
  EXPECT_EQ(AuditRows("address <> '127.0.0.1' AND action = 'account.sign_in'"), 0);
}

TEST_F(AccountsTest, EndsAnIdleSession) {
  auto who = server_->SignIn("sophia.mendoza@lausd.net");
  EXPECT_EQ(server_->Get("/api/v1/me", &who).status, 200);

  server_->clock().Set(kTestNow + 121 * 60);
  auto page = server_->Get("/people", &who);
  auto api = server_->Get("/api/v1/me", &who);

  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(page.Header("location"), "/sign-in?next=%2Fpeople");
  EXPECT_EQ(api.status, 401);
}

TEST_F(AccountsTest, EndsEverySessionAtItsAbsoluteLimitEvenWhenInUse) {
  auto who = server_->SignIn("sophia.mendoza@lausd.net");
  for (int hour = 1; hour <= 11; ++hour) {
    server_->clock().Set(kTestNow + hour * 3600);
    ASSERT_EQ(server_->Get("/api/v1/me", &who).status, 200) << "hour " << hour;
  }

  server_->clock().Set(kTestNow + 12 * 3600);

  EXPECT_EQ(server_->Get("/api/v1/me", &who).status, 401);
}

TEST_F(AccountsTest, RefusesAFormWithoutItsCsrfTokenAndWritesNothingButTheRefusal) {
  auto director = server_->SignIn("sophia.mendoza@lausd.net");
  const auto people_before = server_->CountRows("SELECT COUNT(*) FROM people");

  auto reply = server_->PostForm("/people", &director, "name=Eve+Forged&email=eve%40example.org", "");

  EXPECT_EQ(reply.status, 403);
  EXPECT_NE(reply.body.find("This form has expired or did not come from Practica"), std::string::npos);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM people"), people_before);
  EXPECT_EQ(AuditRows("outcome = 'refused' AND action = 'people.manage'"), 1);
}

TEST_F(AccountsTest, AuditsASuccessfulChangeOnceAndAFailedOneNotAtAll) {
  auto director = server_->SignIn("sophia.mendoza@lausd.net");

  auto invited = server_->PostForm("/people", &director, "name=New+Teacher&email=new.teacher%40example.org");
  auto duplicate = server_->PostForm("/people", &director, "name=Same+Again&email=new.teacher%40example.org");

  EXPECT_EQ(invited.status, 303) << invited.body.substr(invited.body.find("problem"), 300);
  EXPECT_EQ(duplicate.status, 409);
  EXPECT_NE(duplicate.body.find("new.teacher@example.org already belongs to someone in this district."),
            std::string::npos);
  EXPECT_NE(duplicate.body.find("value=\"Same Again\""), std::string::npos) << "what was typed is kept";
  EXPECT_EQ(AuditRows("action = 'people.manage' AND outcome = 'done'"), 1);
  EXPECT_EQ(server_->QueuedMail("new.teacher@example.org"), 1) << "the refused second invitation queued nothing";
}

TEST_F(AccountsTest, InvitesByEmailAndTheLinkSignsTheNewPersonIn) {
  auto director = server_->SignIn("sophia.mendoza@lausd.net");
  ASSERT_EQ(server_->PostForm("/people", &director, "name=Rita+Moreno&email=rita%40example.org").status, 303);
  const auto queued = server_->QueuedMail("rita@example.org");
  const auto sent_in_request = smtp_.Mail().size();
  server_->RunJobs();

  EXPECT_EQ(queued, 1) << "queued with the person";
  EXPECT_EQ(sent_in_request, 0u) << "the request does not wait on the mail server";
  const auto mail = WithSubject(smtp_.Mail(), "You are invited to Practica");
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_EQ(mail[0].subject, "You are invited to Practica");
  const auto at = mail[0].text.find("http://127.0.0.1/invitations/");
  ASSERT_NE(at, std::string::npos) << mail[0].text;
  const std::string path = mail[0].text.substr(at + 16, mail[0].text.find('\n', at) - at - 16);
  auto form = server_->Get(path);
  auto cookie = form.Header("set-cookie");
  const auto token = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
  auto accepted = server_->Send("POST", path,
                                {{"Content-Type", "application/x-www-form-urlencoded"},
                                 {"Cookie", "practica_form=" + token}},
                                "csrf_token=" + token + "&password=a+good+long+password");
  auto again = server_->Get(path);

  EXPECT_EQ(form.status, 200);
  EXPECT_EQ(accepted.status, 303);
  EXPECT_NE(accepted.Header("set-cookie").find("practica_session="), std::string::npos);
  EXPECT_EQ(again.status, 410);
  EXPECT_NE(again.body.find("This invitation has expired or was already used."), std::string::npos);
}

TEST_F(AccountsTest, ThePeopleListShowsRolesAndAnInvitedPersonAsInvitedUntilTheyAccept) {
  auto director = server_->SignIn("sophia.mendoza@lausd.net");
  ASSERT_EQ(server_->PostForm("/people", &director, "name=Rita+Moreno&email=rita%40example.org").status, 303);
  const auto row = [&](const std::string& q) {
    const auto page = server_->Get("/people?q=" + q, &director);
    const auto at = page.body.find("<tr data-state");
    return at == std::string::npos ? std::string() : page.body.substr(at, page.body.find("</tr>", at) - at);
  };
  const auto invited = row("rita");

  server_->RunJobs();
  const auto mail = WithSubject(smtp_.Mail(), "You are invited to Practica");
  ASSERT_EQ(mail.size(), 1u);
  const auto at = mail[0].text.find("http://127.0.0.1/invitations/");
  const std::string path = mail[0].text.substr(at + 16, mail[0].text.find('\n', at) - at - 16);
  auto form = server_->Get(path);
  auto cookie = form.Header("set-cookie");
  const auto token = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
  ASSERT_EQ(server_->Send("POST", path,
                          {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", "practica_form=" + token}},
                          "csrf_token=" + token + "&password=a+good+long+password")
                .status,
            303);
  const auto api = server_->Get("/api/v1/people?q=hope", &director);

  EXPECT_NE(invited.find("Invited, not yet accepted"), std::string::npos) << invited;
  EXPECT_NE(invited.find("link valid until"), std::string::npos);
  EXPECT_NE(row("rita").find(">Active<"), std::string::npos) << row("rita");
  EXPECT_NE(row("principal%40practica.example").find("Principal, Garvanza"), std::string::npos)
      << row("principal%40practica.example");
  EXPECT_NE(api.body.find("\"label\":\"Principal, Hope Street ES\""), std::string::npos) << api.body;
}

TEST_F(AccountsTest, ResetsAPasswordByEmailedLinkAndEndsTheOldSessions) {
  auto old_session = server_->SignIn("principal@practica.example");
  auto form = server_->Get("/password/forgot");
  auto cookie = form.Header("set-cookie");
  const auto token = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
  const std::map<std::string, std::string> headers{{"Content-Type", "application/x-www-form-urlencoded"},
                                                   {"Cookie", "practica_form=" + token}};

  auto asked = server_->Send("POST", "/password/forgot", headers, "csrf_token=" + token + "&email=principal%40practica.example");
  auto unknown = server_->Send("POST", "/password/forgot", headers, "csrf_token=" + token + "&email=nobody%40practica.example");
  // Both answers did the same thing, one queued job each and no mail server contacted, so the
  // answer's time cannot tell which address has an account.
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM jobs WHERE kind = 'account.reset_link'"), 2);
  EXPECT_EQ(smtp_.Mail().size(), 0u) << "no request waits on the mail server";
  ASSERT_TRUE(server_->app().jobs().RunDue().has_value());
  const auto mail = smtp_.WaitForMail(1);
  ASSERT_EQ(mail.size(), 1u);
  EXPECT_EQ(mail[0].to, std::vector<std::string>{"principal@practica.example"});
  const auto at = mail[0].text.find("http://127.0.0.1/password/reset/");
  ASSERT_NE(at, std::string::npos);
  const std::string path = mail[0].text.substr(at + 16, mail[0].text.find('\n', at) - at - 16);
  auto reset = server_->Send("POST", path, headers, "csrf_token=" + token + "&password=a+brand+new+password");

  EXPECT_EQ(asked.status, 200);
  EXPECT_EQ(unknown.status, 200);
  for (const auto* page : {&asked, &unknown}) {
    EXPECT_NE(page->body.find("we have sent it a link to choose a new password"), std::string::npos)
        << "the same answer whether or not the address has an account";
  }
  EXPECT_EQ(smtp_.Mail().size(), 1u) << "no mail for an address without an account";
  EXPECT_EQ(reset.status, 303);
  EXPECT_EQ(server_->Get("/api/v1/me", &old_session).status, 401);
  EXPECT_EQ(SignInByForm("principal@practica.example", "a+brand+new+password").status, 303);
}

TEST_F(AccountsTest, ApiTokenActsWithOneRoleUntilRevoked) {
  auto dominic = server_->SignIn("dominic.caguioa@lausd.net");  // specialist and reviewer
  auto me = json::parse(server_->Get("/api/v1/me", &dominic).body).as_object();
  const auto grant_id = me.at("grants").as_array()[0].at("id").as_int64();
  auto created = server_->Send("POST", "/api/v1/tokens",
                               {{"Cookie", dominic.cookie}, {"X-CSRF-Token", dominic.csrf_token},
                                {"Content-Type", "application/json"}},
                               "{\"name\":\"Board report\",\"grant_id\":" + std::to_string(grant_id) + "}");
  ASSERT_EQ(created.status, 201) << created.body;
  const auto body = json::parse(created.body).as_object();
  const std::string bearer = "Bearer " + std::string(body.at("token").as_string());

  auto as_token = json::parse(server_->Send("GET", "/api/v1/me", {{"Authorization", bearer}}).body).as_object();
  auto people = server_->Send("GET", "/api/v1/people", {{"Authorization", bearer}});
  auto post_without_csrf = server_->Send("POST", "/api/v1/tokens", {{"Authorization", bearer}, {"Content-Type", "application/json"}}, "{}");
  auto revoked = server_->Send("DELETE", "/api/v1/tokens/" + std::to_string(body.at("id").as_int64()),
                               {{"Cookie", dominic.cookie}, {"X-CSRF-Token", dominic.csrf_token}});
  auto after = server_->Send("GET", "/api/v1/me", {{"Authorization", bearer}});

  EXPECT_TRUE(as_token.at("by_api_token").as_bool());
  EXPECT_EQ(as_token.at("grants").as_array().size(), 1u);
  EXPECT_EQ(people.status, 200);
  EXPECT_EQ(post_without_csrf.status, 422) << "a token needs no CSRF token; the empty body is refused";
  EXPECT_EQ(revoked.status, 200);
  EXPECT_EQ(after.status, 401);
  EXPECT_EQ(json::parse(after.body).at("error").at("code").as_string(), "unauthenticated");
}

TEST_F(AccountsTest, DeactivatingSomeoneSignsThemOutEverywhere) {
  auto director = server_->SignIn("sophia.mendoza@lausd.net");
  auto teacher = server_->SignIn("teacher@practica.example");

  auto reply = server_->PostForm("/people/" + std::to_string(teacher.person_id) + "/deactivate", &director, "");

  EXPECT_EQ(reply.status, 303);
  EXPECT_EQ(server_->Get("/api/v1/me", &teacher).status, 401);
  EXPECT_EQ(SignInByForm("teacher@practica.example", kPassword).status, 422);
}

TEST_F(AccountsTest, GrantsARoleThatTakesEffectAndEndsIt) {
  auto director = server_->SignIn("sophia.mendoza@lausd.net");
  auto hope = server_->SignIn("principal.hope@practica.example");
  const std::string staff = "/schools/garvanza-elementary-technology-and-leadership-magnet/staff";
  ASSERT_EQ(server_->Get(staff, &hope).status, 403);

  auto granted = server_->PostForm("/people/" + std::to_string(hope.person_id) + "/grants", &director,
                                   "role=team_member&scope=garvanza-elementary-technology-and-leadership-magnet");
  auto can_see = server_->Get(staff, &hope);
  auto refused = server_->PostForm("/people/" + std::to_string(hope.person_id) + "/grants", &director,
                                   "role=principal&scope=east");

  EXPECT_EQ(granted.status, 303);
  EXPECT_EQ(can_see.status, 200);
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("No school is called &quot;east&quot;; start typing its name"), std::string::npos);
}

TEST_F(AccountsTest, GrantsASchoolRoleByTheSchoolsNameAsTheListSuggestsIt) {
  auto director = server_->SignIn("sophia.mendoza@lausd.net");
  auto teacher = server_->SignIn("teacher@practica.example");
  const std::string person = "/people/" + std::to_string(teacher.person_id);

  const auto page = server_->Get(person, &director);
  auto granted = server_->PostForm(person + "/grants", &director, "role=team_member&scope=hope+street+es");
  auto local = server_->PostForm(person + "/grants", &director, "role=instructional_director&scope=East");

  EXPECT_NE(page.body.find("<option value=\"Hope Street ES\">"), std::string::npos) << "suggested as typed";
  EXPECT_NE(page.body.find("list=\"grant-places\""), std::string::npos);
  EXPECT_EQ(granted.status, 303) << granted.body.substr(granted.body.find("problem"), 300);
  EXPECT_EQ(local.status, 303);
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM grants g JOIN schools s ON s.district_id = g.district_id"
                               " AND s.id = g.scope_id WHERE g.person_id = " + std::to_string(teacher.person_id) +
                               " AND g.role = 'team_member' AND s.slug = 'hope-street-es'"),
            1);
}

TEST_F(AccountsTest, KeepsTheChosenRoleWhenAGrantIsRefused) {
  auto director = server_->SignIn("sophia.mendoza@lausd.net");
  auto hope = server_->SignIn("principal.hope@practica.example");

  auto refused = server_->PostForm("/people/" + std::to_string(hope.person_id) + "/grants", &director,
                                   "role=teacher&scope=hope-street&starts_on=2026-12-01");

  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("<option value=\"teacher\" selected>"), std::string::npos);
  EXPECT_EQ(refused.body.find("<option value=\"director\" selected>"), std::string::npos);
  EXPECT_NE(refused.body.find("value=\"hope-street\""), std::string::npos);
  EXPECT_NE(refused.body.find("value=\"2026-12-01\""), std::string::npos);
}

TEST_F(AccountsTest, GrantsADistrictWideRoleOnlyAfterAConfirmationThatNamesIt) {
  auto director = server_->SignIn("sophia.mendoza@lausd.net");
  auto hope = server_->SignIn("principal.hope@practica.example");
  const std::string grants = "/people/" + std::to_string(hope.person_id) + "/grants";
  const std::string held = "SELECT COUNT(*) FROM grants WHERE person_id = " + std::to_string(hope.person_id) +
                           " AND role = 'director'";

  auto asked = server_->PostForm(grants, &director, "role=director&scope=hope-street-es");
  const auto before = server_->CountRows(held);
  auto confirmed = server_->PostForm(grants, &director, "role=director&scope=&confirm=yes");

  EXPECT_EQ(asked.status, 200);
  EXPECT_NE(asked.body.find("for the whole district?"), std::string::npos);
  EXPECT_NE(asked.body.find("Yes, make"), std::string::npos);
  EXPECT_NE(asked.body.find("Director district-wide"), std::string::npos);
  EXPECT_EQ(before, 0) << "nothing is granted before the confirmation";
  EXPECT_EQ(confirmed.status, 303);
  EXPECT_EQ(server_->CountRows(held), 1);
}

}  // namespace
}  // namespace practica::testing

namespace practica::testing {
namespace {

TEST_F(AccountsTest, AcceptsTheCsrfTokenAsAFieldOfAFileUpload) {
  auto principal = server_->SignIn("principal@practica.example");
  const std::string boundary = "practica-test-boundary";
  const std::string body = "--" + boundary +
                           "\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" +
                           principal.csrf_token + "\r\n--" + boundary + "--\r\n";
  const std::string target =
      "/cohorts/ps-4-0/schools/garvanza-elementary-technology-and-leadership-magnet/application/attachments";

  auto with_token = server_->Send("POST", target,
                                  {{"Cookie", principal.cookie},
                                   {"Content-Type", "multipart/form-data; boundary=" + boundary}},
                                  body);
  auto without = server_->Send("POST", target,
                               {{"Cookie", principal.cookie},
                                {"Content-Type", "multipart/form-data; boundary=" + boundary}},
                               "--" + boundary + "--\r\n");

  EXPECT_NE(with_token.status, 403) << with_token.body.substr(0, 300);
  EXPECT_EQ(without.status, 403);
}

}  // namespace
}  // namespace practica::testing
