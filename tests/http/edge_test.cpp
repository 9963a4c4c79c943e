// The application at its edge, as an attacker would try it, on SQLite and on PostgreSQL: no
// request smuggled inside a body, no Host games, no invalid UTF-8 reaching the database, the
// browser's protections on every page, API bodies of the documented types, no open redirect.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "core/text.hpp"
#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {
namespace json = boost::json;

class EdgeTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    app::Config config;
    if (GetParam() == db::Dialect::kPostgres) config.database = FreshPostgresDatabase();
    config.db_pool = 2;
    config.db_wait_ms = 200;
    server_ = AppServer::Start(config);
    ASSERT_NE(server_, nullptr);
    director_ = server_->SignIn("sophia.mendoza@lausd.net");
  }

  Reply Api(const std::string& method, const std::string& target, const std::string& body) {
    return server_->Send(method, target,
                         {{"Cookie", director_.cookie}, {"X-CSRF-Token", director_.csrf_token},
                          {"Content-Type", "application/json"}},
                         body);
  }

  std::string ErrorField(const Reply& reply) {
    auto value = json::parse(reply.body);
    const auto* field = value.at("error").as_object().if_contains("field");
    return field != nullptr ? std::string(field->as_string()) : std::string();
  }

  std::unique_ptr<AppServer> server_;
  SignedIn director_;
};

// The demo's values for each path parameter, so that only the one under test is broken.
std::string Plausible(const std::string& name) {
  if (name == "slug") return "ps-3-0";
  if (name == "school") return "garvanza-elementary-technology-and-leadership-magnet";
  if (name == "name") return "app.css";
  return "1";
}

TEST_P(EdgeTest, AnswersInvalidUtf8InEachPathParameterOfEveryRouteWithoutTouchingTheDatabase) {
  int tried = 0;
  for (const auto& route : server_->app().router().routes()) {
    std::vector<std::pair<std::size_t, std::string>> params;  // where each {name} starts, its name
    for (auto open = route.pattern.find('{'); open != std::string::npos; open = route.pattern.find('{', open + 1)) {
      params.emplace_back(open, route.pattern.substr(open + 1, route.pattern.find('}', open) - open - 1));
    }
    for (std::size_t broken = 0; broken < params.size(); ++broken) {
      std::string target = route.pattern;
      for (std::size_t k = params.size(); k-- > 0;) {
        const auto& [at, name] = params[k];
        target.replace(at, name.size() + 2, k == broken ? "%FF%FE" : Plausible(name));
      }
      const std::string method(http::MethodName(route.method));
      const auto reply = route.method == http::Method::kGet || route.method == http::Method::kHead
                             ? server_->Get(target, &director_)
                             : Api(method, target, "{}");
      ++tried;

      EXPECT_EQ(reply.status, 404) << method << " " << target << ": " << reply.body.substr(0, 200);
      EXPECT_TRUE(core::IsValidUtf8(reply.body)) << method << " " << target;
    }
  }
  EXPECT_GT(tried, 100) << "every path parameter of every route was tried";
}

TEST_P(EdgeTest, Answers422ForAQueryOrFormThatIsNotUtf8) {
  const auto page = server_->Get("/schools?q=%FF%FE", &director_);
  const auto api = server_->Get("/api/v1/schools?q=%FF", &director_);
  const auto form = server_->PostForm("/people", &director_, "name=%FF%FE&email=x%40practica.example");

  EXPECT_EQ(page.status, 422);
  EXPECT_EQ(api.status, 422);
  EXPECT_EQ(form.status, 422);
  for (const auto* reply : {&page, &api, &form}) EXPECT_TRUE(core::IsValidUtf8(reply->body));
}

TEST_P(EdgeTest, NeverServesABodyAsTheNextRequestWhateverTheTransferEncoding) {
  for (const std::string coding : {"gzip", "identity", "xchunked", "chunked, gzip"}) {
    const std::string smuggled = "GET /readyz HTTP/1.1\r\nHost: t\r\n\r\n";
    const auto answer = SendRaw(server_->port(),
                                "POST /api/v1/people HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: " + coding +
                                    "\r\n\r\n" + smuggled);

    EXPECT_TRUE(answer.starts_with("HTTP/1.1 400")) << coding << ": " << answer.substr(0, 60);
    EXPECT_EQ(answer.find("HTTP/1.1 200"), std::string::npos) << coding << ": the body was read as a request";
    EXPECT_EQ(answer.find("HTTP/1.1", 8), std::string::npos) << coding << ": one answer, then the connection closes";
  }
}

TEST_P(EdgeTest, WantsExactlyOneHostOnHttp11) {
  const auto none = SendRaw(server_->port(), "GET /healthz HTTP/1.1\r\n\r\n");
  const auto two = SendRaw(server_->port(), "GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n");
  const auto old = SendRaw(server_->port(), "GET /healthz HTTP/1.0\r\n\r\n");

  EXPECT_TRUE(none.starts_with("HTTP/1.1 400")) << none.substr(0, 40);
  EXPECT_TRUE(two.starts_with("HTTP/1.1 400")) << two.substr(0, 40);
  EXPECT_TRUE(old.starts_with("HTTP/1.0 200")) << old.substr(0, 40);
}

TEST_P(EdgeTest, Answers431ForLargeHeadersAnd414ForALongAddress) {
  const auto headers = SendRaw(server_->port(),
                               "GET /healthz HTTP/1.1\r\nHost: t\r\nCookie: " + std::string(20 * 1024, 'c') + "\r\n\r\n");
  const auto address = SendRaw(server_->port(), "GET /schools?q=" + std::string(9 * 1024, 'a') + " HTTP/1.1\r\nHost: t\r\n\r\n");

  EXPECT_TRUE(headers.starts_with("HTTP/1.1 431")) << headers.substr(0, 40);
  EXPECT_TRUE(address.starts_with("HTTP/1.1 414")) << address.substr(0, 40);
}

TEST_P(EdgeTest, SendsTheBrowsersProtectionsAndKeepsPrivatePagesOutOfCaches) {
  const auto home = server_->Get("/home", &director_);
  const auto api = server_->Get("/api/v1/me", &director_);
  const auto visitor = server_->Get("/");

  for (const auto* page : {&home, &visitor}) {
    EXPECT_NE(page->Header("content-security-policy").find("script-src 'self'"), std::string::npos);
    EXPECT_NE(page->Header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(page->Header("content-security-policy").find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(page->Header("x-frame-options"), "DENY");
    EXPECT_EQ(page->Header("referrer-policy"), "same-origin");
  }
  EXPECT_EQ(home.Header("cache-control"), "no-store");
  EXPECT_EQ(api.Header("cache-control"), "no-store");
  const auto css_at = home.body.find("/static/app.css?v=");
  ASSERT_NE(css_at, std::string::npos);
  const auto css = server_->Get(home.body.substr(css_at, home.body.find('"', css_at) - css_at));
  EXPECT_EQ(css.Header("cache-control"), "public, max-age=31536000, immutable");
}

TEST_P(EdgeTest, RefusesAnApiBodyOfTheWrongTypeNamingTheField) {
  const auto number = Api("POST", "/api/v1/people", R"({"name":12345,"email":"numbers@practica.example"})");
  const auto team = "/api/v1/cohorts/ps-3-0/schools/garvanza-elementary-technology-and-leadership-magnet/participation/team/1/attendance";
  const auto empty = Api("POST", team, "{}");
  const auto word = Api("POST", team, R"({"attends":"yes"})");

  EXPECT_EQ(number.status, 422);
  EXPECT_EQ(ErrorField(number), "name");
  EXPECT_NE(number.body.find("must be text"), std::string::npos) << number.body;
  EXPECT_EQ(server_->CountRows("SELECT COUNT(*) FROM people WHERE email = 'numbers@practica.example'"), 0);
  EXPECT_EQ(empty.status, 422) << empty.body;
  EXPECT_EQ(ErrorField(empty), "attends");
  EXPECT_EQ(word.status, 422) << word.body;
  EXPECT_EQ(ErrorField(word), "attends");
}

TEST_P(EdgeTest, QuotesALongInvalidDateExactlyAsSent) {
  const std::string value(40, 'Z');

  const auto reply = Api("POST", "/api/v1/cohorts/ps-3-0/commitments/template/dates",
                         R"({"coach_starts_on":")" + value + R"("})");

  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(std::string(json::parse(reply.body).at("error").at("message").as_string()),
            "\"" + value + "\" is not a date; write it as YYYY-MM-DD, e.g. 2018-04-06.");
}

TEST_P(EdgeTest, SendsNoOneElsewhereAfterSignIn) {
  for (const std::string next : {"/%09/evil.example", "/%00/evil.example", "//evil.example", "/%5C/evil.example",
                                 "/%2F/evil.example", "/%0D%0ALocation:%20//evil.example", "https://evil.example"}) {
    const auto reply = server_->Get("/sign-in?next=" + next, &director_);

    EXPECT_EQ(reply.status, 303) << next;
    EXPECT_EQ(reply.Header("location"), "/home") << next;
  }
  EXPECT_EQ(server_->Get("/sign-in?next=/people%3Fq%3Da", &director_).Header("location"), "/people?q=a");
}

TEST_P(EdgeTest, AnswersBusyWhenNoDatabaseConnectionFreesUpInTime) {
  auto held = server_->app().database().Acquire();
  auto also_held = server_->app().database().Acquire();

  const auto reply = server_->Get("/readyz");

  EXPECT_EQ(reply.status, 503);
  EXPECT_EQ(reply.Header("retry-after"), "5");
}

INSTANTIATE_TEST_SUITE_P(Databases, EdgeTest, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return DialectName(info.param); });

}  // namespace
}  // namespace practica::testing
