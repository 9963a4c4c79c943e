#include "http/dispatch.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "core/failure.hpp"
#include "core/lost_connection.hpp"
#include "http/error_response.hpp"

namespace practica::http {
namespace {

Request ApiRequest(Method method = Method::kGet) {
  Request request;
  request.method = method;
  request.path = "/api/v1/things/7";
  request.request_id = "41";
  return request;
}

std::string HeaderOf(const Response& response, const std::string& name) {
  for (const auto& [key, value] : response.headers) {
    if (key == name) return value;
  }
  return "";
}

TEST(Dispatch, AnswersAPathNoRouteHasWith404NamingTheApiList) {
  auto request = ApiRequest();

  const auto response = Dispatch(request, Match{}, nullptr);

  EXPECT_EQ(response.status, 404);
  EXPECT_NE(response.Body().find("/api/v1/openapi.json"), std::string_view::npos);
}

TEST(Dispatch, AnswersAPathThatTakesOtherMethodsWith405NamingTheMethod) {
  auto request = ApiRequest(Method::kDelete);

  const auto response = Dispatch(request, Match{nullptr, {}, true}, nullptr);

  EXPECT_EQ(response.status, 405);
  EXPECT_NE(response.Body().find("DELETE"), std::string_view::npos);
}

TEST(Dispatch, HandsTheRouteItsPathParameters) {
  Route route{Method::kGet, "/api/v1/things/{id}", "test.read", Surface::kApi,
              [](const Request& r) { return HtmlResponse(std::string(r.Param("id"))); }};
  auto request = ApiRequest();

  const auto response = Dispatch(request, Match{&route, {{"id", "7"}}, false}, nullptr);

  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.Body(), "7");
}

TEST(Dispatch, AnswersAFailureARouteThrowsWithItsCodeAndRetryAfterFor503) {
  Route route{Method::kGet, "/api/v1/things/{id}", "test.read", Surface::kApi,
              [](const Request&) -> Response {
                throw core::Failure(core::Error{core::ErrorCode::kUnavailable,
                                                "The database is busy; try again.", "pool", {}});
              }};
  auto request = ApiRequest();

  const auto response = Dispatch(request, Match{&route, {}, false}, nullptr);

  EXPECT_EQ(response.status, 503);
  EXPECT_EQ(HeaderOf(response, "Retry-After"), "5");
}

// A route or the guard that returns the database's absence, rather than throwing it, answers
// the same: a balancer or client waiting for a failover knows when to try again.
TEST(Dispatch, AnswersAnUnavailableErrorARouteReturnsWithRetryAfter) {
  Route route{Method::kGet, "/api/v1/things/{id}", "test.read", Surface::kApi,
              [](const Request& request) -> Response {
                return ErrorResponse(request, core::Error{core::ErrorCode::kUnavailable,
                                                          "The database is not answering; try again.", "gone", {}},
                                     nullptr);
              }};
  auto request = ApiRequest();

  const auto response = Dispatch(request, Match{&route, {}, false}, nullptr);

  EXPECT_EQ(response.status, 503);
  EXPECT_EQ(HeaderOf(response, "Retry-After"), "5");
}

TEST(Dispatch, AnswersAnythingElseARouteThrowsWith500NamingTheRequestId) {
  Route route{Method::kGet, "/api/v1/things/{id}", "test.read", Surface::kApi,
              [](const Request&) -> Response { throw std::runtime_error("disk on fire"); }};
  auto request = ApiRequest();

  const auto response = Dispatch(request, Match{&route, {}, false}, nullptr);

  EXPECT_EQ(response.status, 500);
  EXPECT_NE(response.Body().find("request 41"), std::string_view::npos);
  EXPECT_EQ(response.Body().find("disk on fire"), std::string_view::npos);
}

// A route whose first run meets a connection the database closed, as after a restart.
Route LosesItsConnectionOnce(Method method, int& runs) {
  return Route{method, "/api/v1/things", "test.read", Surface::kApi, [&runs](const Request&) -> Response {
    if (++runs == 1) {
      core::NoteLostConnection();
      throw core::Failure(core::Error{core::ErrorCode::kUnavailable, "The database is busy or restarting; try again shortly.",
                                      "postgres 57P01: terminating connection due to administrator command", {}});
    }
    return HtmlResponse("fresh");
  }};
}

TEST(Dispatch, RunsAReadOnceMoreWhenItMetALostDatabaseConnection) {
  int runs = 0;
  const auto route = LosesItsConnectionOnce(Method::kGet, runs);
  auto request = ApiRequest();

  const auto response = Dispatch(request, Match{&route, {}, false}, nullptr);

  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.Body(), "fresh");
  EXPECT_EQ(runs, 2);
}

TEST(Dispatch, NeverRunsAWriteTwice) {
  int runs = 0;
  const auto route = LosesItsConnectionOnce(Method::kPost, runs);
  auto request = ApiRequest(Method::kPost);

  const auto response = Dispatch(request, Match{&route, {}, false}, nullptr);

  EXPECT_EQ(response.status, 503);
  EXPECT_EQ(runs, 1);
}

TEST(Dispatch, DoesNotRetryABusyPoolThatLostNoConnection) {
  int runs = 0;
  const Route route{Method::kGet, "/api/v1/things", "test.read", Surface::kApi, [&runs](const Request&) -> Response {
    ++runs;
    throw core::Failure(core::Error{core::ErrorCode::kUnavailable, "Practica is busy right now; try again in a few seconds.",
                                    "no database connection free after 200 ms", {}});
  }};
  auto request = ApiRequest();

  const auto response = Dispatch(request, Match{&route, {}, false}, nullptr);

  EXPECT_EQ(response.status, 503);
  EXPECT_EQ(runs, 1);
}

}  // namespace
}  // namespace practica::http
