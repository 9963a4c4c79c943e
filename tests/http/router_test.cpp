#include "http/router.hpp"

#include <gtest/gtest.h>

namespace practica::http {
namespace {

Route Get(std::string pattern, std::string action = "test.read") {
  return Route{Method::kGet, std::move(pattern), std::move(action), Surface::kPage,
               [](const Request&) { return Response{}; }};
}

}  // namespace

TEST(Router, FindsAPatternAndItsParameter) {
  Router router;
  ASSERT_TRUE(router.Add(Get("/cohorts/{slug}")).has_value());

  const auto match = router.Find(Method::kGet, "/cohorts/ps-3-0");

  ASSERT_NE(match.route, nullptr);
  ASSERT_EQ(match.params.size(), 1u);
  EXPECT_EQ(match.params[0].first, "slug");
  EXPECT_EQ(match.params[0].second, "ps-3-0");
}

TEST(Router, PrefersTheLiteralRouteRegisteredFirst) {
  Router router;
  ASSERT_TRUE(router.Add(Get("/api/v1/cohorts")).has_value());
  ASSERT_TRUE(router.Add(Get("/api/v1/cohorts/{slug}")).has_value());

  EXPECT_EQ(router.Find(Method::kGet, "/api/v1/cohorts").route->pattern, "/api/v1/cohorts");
  EXPECT_EQ(router.Find(Method::kGet, "/api/v1/cohorts/x").route->pattern, "/api/v1/cohorts/{slug}");
}

TEST(Router, TriesTheStaticFilesRouteFirstWhereverItWasRegistered) {
  Router router;
  ASSERT_TRUE(router.Add(Get("/cohorts/{slug}")).has_value());
  ASSERT_TRUE(router.Add(Get("/static/{name}", "public.static")).has_value());
  ASSERT_TRUE(router.Add(Get("/schools")).has_value());

  EXPECT_EQ(router.routes().front().pattern, "/static/{name}");
  EXPECT_EQ(router.Find(Method::kGet, "/static/app.css").route->action, "public.static");
  EXPECT_EQ(router.Find(Method::kGet, "/cohorts/x").route->pattern, "/cohorts/{slug}");
  EXPECT_EQ(router.Find(Method::kGet, "/schools").route->pattern, "/schools");
}

TEST(Router, ReportsAWrongMethodApartFromAMissingPath) {
  Router router;
  ASSERT_TRUE(router.Add(Get("/schools")).has_value());

  EXPECT_TRUE(router.Find(Method::kPost, "/schools").method_not_allowed);
  EXPECT_FALSE(router.Find(Method::kGet, "/nowhere").method_not_allowed);
  EXPECT_EQ(router.Find(Method::kGet, "/nowhere").route, nullptr);
}

TEST(Router, AnswersHeadWithTheGetRoute) {
  Router router;
  ASSERT_TRUE(router.Add(Get("/")).has_value());

  EXPECT_NE(router.Find(Method::kHead, "/").route, nullptr);
}

TEST(Router, RefusesARouteWithoutAnAction) {
  Router router;

  auto added = router.Add(Get("/secret", ""));

  ASSERT_FALSE(added.has_value());
  EXPECT_EQ(added.error().message,
            "The route GET /secret declares no action; every route must name the action it "
            "performs.");
}

TEST(Router, RefusesTheSameRouteTwice) {
  Router router;
  ASSERT_TRUE(router.Add(Get("/schools")).has_value());

  EXPECT_FALSE(router.Add(Get("/schools")).has_value());
}

}  // namespace practica::http
