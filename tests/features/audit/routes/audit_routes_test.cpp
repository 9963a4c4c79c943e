// The audit log over real HTTP: the changes are what staff see first, however many sign-ins
// there were; sign-ins have their own view; every entry can be reached a page at a time.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include <set>

#include "support/app_server.hpp"

namespace practica::testing {
namespace {
namespace json = boost::json;

class AuditRoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = AppServer::Start();
    ASSERT_NE(server_, nullptr);
    director_ = server_->SignIn("sophia.mendoza@lausd.net");
  }

  // A refused sign-in, as a mistyped password makes one: an audited sign-in entry.
  void MistypePassword() {
    auto form = server_->Get("/sign-in");
    const auto cookie = form.Header("set-cookie");
    const auto token = cookie.substr(cookie.find('=') + 1, cookie.find(';') - cookie.find('=') - 1);
    server_->Send("POST", "/sign-in",
                  {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", "practica_form=" + token}},
                  "csrf_token=" + token + "&email=teacher@practica.example&password=wrong-password&next=/home");
  }

  json::object Api(const std::string& target) {
    const auto reply = server_->Get(target, &director_);
    EXPECT_EQ(reply.status, 200) << reply.body;
    return json::parse(reply.body).as_object();
  }

  std::unique_ptr<AppServer> server_;
  SignedIn director_;
};

TEST_F(AuditRoutesTest, ShowsTheChangesFirstHoweverManySignInsCameAfter) {
  ASSERT_EQ(server_->PostForm("/account/notifications", &director_, "digest=on").status, 303);
  for (int i = 0; i < 5; ++i) MistypePassword();

  const auto page = server_->Get("/audit", &director_);

  EXPECT_NE(page.body.find("account.notifications"), std::string::npos) << "the change, under five sign-ins";
  const auto sign_ins = Api("/api/v1/audit?kind=sign_ins");

  EXPECT_EQ(page.body.find("account.sign_in"), std::string::npos) << "sign-ins are not changes";
  EXPECT_EQ(sign_ins.at("entries").as_array().size(), 5u);
  EXPECT_EQ(sign_ins.at("entries").as_array()[0].at("outcome").as_string(), "refused");
  EXPECT_NE(server_->Get("/audit?kind=sign_ins", &director_).body.find("account.sign_in"), std::string::npos);
}

TEST_F(AuditRoutesTest, PagesThroughEveryEntryOnceWithTheFiltersKept) {
  for (int i = 0; i < 7; ++i) MistypePassword();
  const auto total = server_->CountRows("SELECT COUNT(*) FROM audit_log");

  std::set<std::int64_t> seen;
  std::string next = "/api/v1/audit?kind=everything&limit=3";
  int pages = 0;
  while (!next.empty() && pages < 1000) {
    const auto page = Api(next);
    ++pages;
    for (const auto& entry : page.at("entries").as_array()) {
      EXPECT_TRUE(seen.insert(entry.at("id").as_int64()).second) << "entry shown twice";
    }
    next = page.at("next_url").is_string() ? std::string(page.at("next_url").as_string()) : "";
    if (!next.empty()) EXPECT_NE(next.find("kind=everything"), std::string::npos) << next;
  }

  EXPECT_EQ(static_cast<std::int64_t>(seen.size()), total);
  EXPECT_EQ(pages, static_cast<int>((total + 2) / 3));
}

TEST_F(AuditRoutesTest, LinksToOlderEntriesOnThePageAndBackToTheNewest) {
  for (int i = 0; i < 5; ++i) MistypePassword();

  const auto first = server_->Get("/audit?kind=sign_ins&limit=2", &director_);
  const auto at = first.body.find("id=\"audit-older\"");
  ASSERT_NE(at, std::string::npos) << first.body;
  const auto href = first.body.rfind("href=\"", at) + 6;
  std::string older = first.body.substr(href, first.body.find('"', href) - href);
  for (auto amp = older.find("&amp;"); amp != std::string::npos; amp = older.find("&amp;")) older.replace(amp, 5, "&");
  const auto second = server_->Get(older, &director_);

  EXPECT_EQ(second.status, 200);
  EXPECT_NE(second.body.find("id=\"audit-newest\""), std::string::npos);
  EXPECT_NE(second.body.find("id=\"audit-older\""), std::string::npos) << "5 sign-ins, 2 a page";
}

TEST_F(AuditRoutesTest, FindsAPersonsChangesByNameOrEmailAndASchoolsByName) {
  ASSERT_EQ(server_->PostForm("/account/notifications", &director_, "digest=on").status, 303);
  auto hope = server_->SignIn("principal.hope@practica.example");
  ASSERT_EQ(server_->PostForm("/account/notifications", &hope, "digest=on").status, 303);

  const auto by_name = Api("/api/v1/audit?person=mendoza").at("entries").as_array();
  const auto by_email = Api("/api/v1/audit?person=PRINCIPAL.HOPE%40practica.example").at("entries").as_array();
  const auto nobody = Api("/api/v1/audit?person=nobody-by-this-name").at("entries").as_array();

  ASSERT_EQ(by_name.size(), 1u);
  EXPECT_EQ(by_name[0].at("person").as_string(), "Sophia Mendoza");
  ASSERT_EQ(by_email.size(), 1u);
  EXPECT_EQ(by_email[0].at("person_id").as_int64(), hope.person_id);
  EXPECT_TRUE(nobody.empty());
  EXPECT_EQ(Api("/api/v1/audit?school=garvanza").at("entries").as_array().size(), 0u)
      << "no change named Garvanza yet";
}

TEST_F(AuditRoutesTest, RefusesACursorItDidNotGiveOutAndSaysWhatToDo) {
  const auto reply = server_->Get("/api/v1/audit?before=yesterday", &director_);

  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.body.find("Older entries"), std::string::npos) << reply.body;
}

}  // namespace
}  // namespace practica::testing
