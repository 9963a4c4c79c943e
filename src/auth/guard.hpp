// The gate every route passes: who is asking (session cookie or API token), whether a
// state-changing request carries its CSRF token, and what the policy says. Refusals of
// state-changing requests are written to the audit log.
#pragma once

#include <string>

#include "auth/session_policy.hpp"
#include "core/clock.hpp"
#include "core/time_zone.hpp"
#include "db/database.hpp"
#include "http/router.hpp"

namespace practica::http {
class Views;
}

namespace practica::auth {

class PrincipalCache;

inline constexpr std::string_view kSessionCookie = "practica_session";
inline constexpr std::string_view kFormCookie = "practica_form";  // CSRF before sign-in

struct GuardContext {
  db::Database& database;
  const core::Clock& clock;
  const core::TimeZone& zone;
  std::int64_t district_id = 0;
  SessionPolicy sessions;
  const http::Views* views = nullptr;
  bool secure_cookies = false;  // true when served over https
  // Sessions kept in memory (session_cache on PostgreSQL); nullptr: read on every request.
  PrincipalCache* principals = nullptr;
};

// Wraps every route's handler. kInvalidInput naming the route when its action is not in the
// policy's catalog: such a server does not start.
[[nodiscard]] core::Result<void> GuardRoutes(http::Router& router, const GuardContext& context);

// Set-Cookie values for the session.
std::string SessionCookie(std::string_view token, const SessionPolicy& policy, bool secure);
std::string ClearedSessionCookie(bool secure);

// The CSRF token for a form shown before sign-in (double submit: cookie and hidden field).
// Reuses the request's cookie, or makes one and sets it on the response.
std::string AnonymousFormToken(const http::Request& request, http::Response& response, bool secure);

// The calendar day in the district now: grants hold from and until days.
core::LocalDate Today(const core::Clock& clock, const core::TimeZone& zone);

}  // namespace practica::auth
