// The whole application in-process, on a SQLite file holding the demo, answering real requests.
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <set>
#include <thread>

#include "app/application.hpp"
#include "app/effects.hpp"
#include "http/server.hpp"
#include "support/http_client.hpp"
#include "support/test_database.hpp"

namespace practica::app {
namespace {

using testing::Fetch;
namespace json = boost::json;

class RoutesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto database = testing::OpenMigrated(db::Dialect::kSqlite, 1);
    ASSERT_TRUE(LoadDemo(*database, demo::Scale::kHistory, 1795420800).has_value());
    config_.database = database->description();
    ASSERT_TRUE(Finish(config_).has_value());
    clock_ = new core::FixedClock(1795420800);  // 2026-11-23
    auto app = Application::Open(config_, *clock_);
    ASSERT_TRUE(app.has_value()) << app.error().message;
    app_ = app->release();
    http::ServerOptions options;
    options.port = 0;
    options.body_limit_bytes = 64 * 1024;
    options.access_log = false;
    server_ = new http::Server(options, app_->router(), &app_->views());
    port_ = server_->Start().value();
  }

  static void TearDownTestSuite() {
    delete server_;
    delete app_;
    delete clock_;
  }

  static inline Config config_;
  static inline core::FixedClock* clock_ = nullptr;
  static inline Application* app_ = nullptr;
  static inline http::Server* server_ = nullptr;
  static inline std::uint16_t port_ = 0;
};

int Count(const std::string& text, const std::string& needle) {
  int n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST_F(RoutesTest, HomeListsTheFourCohortsAndHowToApply) {
  auto reply = Fetch(port_, "GET", "/");

  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.Header("content-type"), "text/html; charset=utf-8");
  EXPECT_NE(reply.body.find("id=\"cohorts\""), std::string::npos);
  EXPECT_NE(reply.body.find("id=\"how-to-apply\""), std::string::npos);
  for (const char* name : {"PS 1.0", "PS 2.0", "PS 3.0", "PS 4.0"}) {
    EXPECT_NE(reply.body.find(name), std::string::npos) << name;
  }
}

TEST_F(RoutesTest, CohortPageShowsTheTimelineInTheDistrictsTime) {
  auto reply = Fetch(port_, "GET", "/cohorts/ps-3-0");

  EXPECT_EQ(reply.status, 200);
  EXPECT_NE(reply.body.find("Friday, April 6, 2018 at 4:00 PM"), std::string::npos);
  EXPECT_NE(reply.body.find("datetime=\"2018-04-06T16:00:00-07:00\""), std::string::npos);
  EXPECT_EQ(Count(reply.body, "<tr><td><a href=\"/schools/"), 25);
}

TEST_F(RoutesTest, CohortFilterNarrowsTheSchools) {
  auto reply = Fetch(port_, "GET", "/cohorts/ps-3-0?type=middle&local_district=northwest");

  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(Count(reply.body, "<tr><td><a href=\"/schools/"), 2);  // Portola MS, Hale MS
}

TEST_F(RoutesTest, HtmxGetsAFragmentWithoutTheLayout) {
  auto reply = Fetch(port_, "GET", "/cohorts/ps-3-0?type=middle", {{"HX-Request", "true"}});

  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body.find("<html"), std::string::npos);
  EXPECT_NE(reply.body.find("id=\"schools-region\""), std::string::npos);
}

TEST_F(RoutesTest, RefusesAnUnknownSchoolTypeWithAMessage) {
  auto page = Fetch(port_, "GET", "/cohorts/ps-3-0?type=castle");
  auto api = Fetch(port_, "GET", "/api/v1/cohorts/ps-3-0/schools?type=castle");

  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("&quot;castle&quot; is not a school type"), std::string::npos);
  EXPECT_EQ(api.status, 422);
  EXPECT_EQ(json::parse(api.body).at("error").at("field").as_string(), "type");
}

TEST_F(RoutesTest, SchoolPageShowsHistoryAcrossCohortsAndOtherSpellings) {
  auto reply = Fetch(port_, "GET", "/schools/garvanza-elementary-technology-and-leadership-magnet");

  EXPECT_EQ(reply.status, 200);
  EXPECT_NE(reply.body.find("id=\"history\""), std::string::npos);
  for (const char* cohort : {"PS 1.0", "PS 2.0", "PS 3.0", "PS 4.0"}) {
    EXPECT_NE(reply.body.find(cohort), std::string::npos) << cohort;
  }
  EXPECT_NE(reply.body.find("<li>Garvnaza ES</li>"), std::string::npos);
}

TEST_F(RoutesTest, ApiSchoolCarriesCohortsAndAliases) {
  auto reply = Fetch(port_, "GET", "/api/v1/schools/john-a-sutter-ms");

  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(reply.Header("content-type"), "application/json");
  const auto school = json::parse(reply.body).as_object();
  EXPECT_EQ(school.at("cohorts").as_array().size(), 3u);
  EXPECT_EQ(school.at("aliases").as_array().size(), 2u);  // Sutter MS, John Sutter MS
}

TEST_F(RoutesTest, ApiSearchFindsASchoolByAnotherSpelling) {
  auto reply = Fetch(port_, "GET", "/api/v1/schools?q=maces");

  const auto body = json::parse(reply.body).as_object();
  EXPECT_EQ(body.at("total").as_int64(), 1);
}

TEST_F(RoutesTest, BadQueryParameterGetsTheErrorShape) {
  auto reply = Fetch(port_, "GET", "/api/v1/schools?limit=abc");

  EXPECT_EQ(reply.status, 422);
  const auto error = json::parse(reply.body).at("error").as_object();
  EXPECT_EQ(error.at("code").as_string(), "invalid_input");
  EXPECT_EQ(error.at("field").as_string(), "limit");
  EXPECT_EQ(error.at("message").as_string(),
            "The parameter \"limit\" must be a whole number from 1 to 500; got \"abc\".");
}

TEST_F(RoutesTest, UnknownPageIsAClear404) {
  auto page = Fetch(port_, "GET", "/no-such-page");
  auto api = Fetch(port_, "GET", "/api/v1/no-such-thing");
  auto cohort = Fetch(port_, "GET", "/cohorts/ps-9-0");

  EXPECT_EQ(page.status, 404);
  EXPECT_NE(page.body.find("<h1>Page not found</h1>"), std::string::npos);
  EXPECT_EQ(api.status, 404);
  EXPECT_EQ(json::parse(api.body).at("error").at("code").as_string(), "not_found");
  EXPECT_EQ(cohort.status, 404);
  EXPECT_NE(cohort.body.find("There is no cohort &quot;ps-9-0&quot;"), std::string::npos);
}

TEST_F(RoutesTest, WrongMethodIs405) {
  auto reply = Fetch(port_, "POST", "/api/v1/cohorts", {{"Content-Type", "application/json"}}, "{}");

  EXPECT_EQ(reply.status, 405);
  EXPECT_EQ(json::parse(reply.body).at("error").at("code").as_string(), "method_not_allowed");
}

TEST_F(RoutesTest, OversizedBodyIs413AndTheServerKeepsServing) {
  auto reply = Fetch(port_, "POST", "/api/v1/cohorts", {}, std::string(65 * 1024, 'x'));

  EXPECT_EQ(reply.status, 413);
  EXPECT_EQ(Fetch(port_, "GET", "/healthz").status, 200);
}

TEST_F(RoutesTest, MalformedRequestIs400) {
  const auto answer = testing::SendRaw(port_, "GARBAGE\r\n\r\n");

  EXPECT_EQ(answer.rfind("HTTP/1.1 400", 0), 0u) << answer;
}

TEST_F(RoutesTest, StaticFilesAreCachedByContent) {
  auto first = Fetch(port_, "GET", "/static/app.css");
  auto again = Fetch(port_, "GET", "/static/app.css", {{"If-None-Match", first.Header("etag")}});
  auto zipped = Fetch(port_, "GET", "/static/htmx.min.js", {{"Accept-Encoding", "gzip"}});

  EXPECT_EQ(first.status, 200);
  EXPECT_FALSE(first.Header("etag").empty());
  EXPECT_EQ(again.status, 304);
  EXPECT_EQ(zipped.Header("content-encoding"), "gzip");
}

TEST_F(RoutesTest, HeadAnswersWithoutABody) {
  auto reply = Fetch(port_, "HEAD", "/");

  EXPECT_EQ(reply.status, 200);
  EXPECT_TRUE(reply.body.empty());
}

TEST_F(RoutesTest, ReadinessChecksTheDatabase) {
  EXPECT_EQ(Fetch(port_, "GET", "/readyz").status, 200);
}

TEST_F(RoutesTest, OpenApiDocumentsExactlyTheApiRoutes) {
  auto reply = Fetch(port_, "GET", "/api/v1/openapi.json");
  const auto doc = json::parse(reply.body).as_object();

  std::set<std::string> documented;
  for (const auto& [path, operations] : doc.at("paths").as_object()) {
    for (const auto& [method, operation] : operations.as_object()) {
      std::string upper(method);
      for (auto& c : upper) c = static_cast<char>(std::toupper(c));
      documented.insert(upper + " " + std::string(path));
    }
  }
  std::set<std::string> routed;
  for (const auto& route : app_->router().routes()) {
    if (route.surface == http::Surface::kApi) {
      routed.insert(std::string(http::MethodName(route.method)) + " " + route.pattern);
    }
  }

  EXPECT_EQ(documented, routed);
}

// The router tries the static files' route first; that answers the same only while no other
// route would match a /static/ path.
TEST_F(RoutesTest, NoRouteButTheStaticFilesMatchesAStaticPath) {
  const auto& routes = app_->router().routes();
  ASSERT_FALSE(routes.empty());
  EXPECT_EQ(routes.front().pattern, "/static/{name}");
  for (const auto& route : routes) {
    if (route.pattern.starts_with("/static/")) continue;
    http::Router alone;
    ASSERT_TRUE(alone.Add(route).has_value());
    for (const char* path : {"/static/app.css", "/static/htmx.min.js", "/static/openapi.json"}) {
      const auto match = alone.Find(route.method, path);
      EXPECT_TRUE(match.route == nullptr && !match.method_not_allowed) << route.pattern << " " << path;
    }
  }
}

TEST(ServerStop, LetsTheRequestInFlightFinish) {
  http::Router router;
  ASSERT_TRUE(router.Add({http::Method::kGet, "/slow", "test.slow", http::Surface::kApi,
                          [](const http::Request&) {
                            std::this_thread::sleep_for(std::chrono::milliseconds(300));
                            return http::JsonResponse("{\"done\":true}");
                          }}));
  http::ServerOptions options;
  options.port = 0;
  options.access_log = false;
  http::Server server(options, router, nullptr);
  const auto port = server.Start().value();

  testing::Reply reply;
  std::thread client([&] { reply = Fetch(port, "GET", "/slow"); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  server.Stop();
  server.Wait();
  client.join();

  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, "{\"done\":true}");
}

}  // namespace
}  // namespace practica::app
