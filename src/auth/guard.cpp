#include "auth/guard.hpp"

#include <spdlog/spdlog.h>

#include "auth/api_token_store.hpp"
#include "auth/audit_log.hpp"
#include "auth/domain/policy.hpp"
#include "auth/principal_cache.hpp"
#include "auth/secrets.hpp"
#include "auth/session_lookup.hpp"
#include "core/text.hpp"
#include "http/error_response.hpp"
#include "http/multipart.hpp"

namespace practica::auth {
namespace {

using http::Request;
using http::Response;

std::string CookieAttributes(bool secure) {
  return std::string("; Path=/; HttpOnly; SameSite=Lax") + (secure ? "; Secure" : "");
}

// The token a state-changing request carries: a form field or the X-CSRF-Token header.
std::string SubmittedCsrf(const Request& request) {
  if (auto header = request.Header("x-csrf-token")) return std::string(*header);
  const auto type = request.Header("content-type").value_or("");
  if (type.starts_with("application/x-www-form-urlencoded")) {
    for (const auto& [name, value] : request.Form()) {
      if (name == "csrf_token") return value;
    }
  }
  // File uploads post multipart forms; without JavaScript the token is one of their fields.
  if (type.starts_with("multipart/form-data")) {
    if (auto parts = http::ParseMultipart(type, request.body)) {
      for (const auto& part : *parts) {
        if (part.name == "csrf_token" && part.file_name.empty()) return part.data;
      }
    }
  }
  return {};
}

struct Identity {
  std::optional<Principal> principal;
  bool by_cookie = false;
  bool bad_token = false;  // an Authorization header that names no live token
};

core::Result<Identity> Identify(const GuardContext& context, const Request& request) {
  Identity identity;
  const auto authorization = request.Header("authorization");
  const auto cookie = request.Cookie(kSessionCookie);
  if (!authorization && !cookie) return identity;
  const auto now = context.clock.NowUtcSeconds();
  if (!authorization) {
    // A session kept in memory (session_cache) takes no connection.
    auto loaded = SessionFor(context.database, context.district_id, *cookie, now, context.sessions,
                             context.principals);
    if (!loaded) return std::unexpected(loaded.error());
    identity.principal = std::move(*loaded);
    identity.by_cookie = identity.principal.has_value();
    return identity;
  }
  if (!authorization->starts_with("Bearer ")) {
    identity.bad_token = true;
    return identity;
  }
  auto db = context.database.Acquire();
  auto loaded = ApiTokenStore(*db, context.district_id).Load(authorization->substr(7), now);
  if (!loaded) return std::unexpected(loaded.error());
  identity.principal = std::move(*loaded);
  identity.bad_token = !identity.principal;
  return identity;
}

void AuditRefusal(const GuardContext& context, const Request& request, const std::string& action,
                  const std::string& reason) {
  AuditEntry entry;
  entry.person_id = request.principal ? request.principal->person_id : 0;
  entry.action = action;
  entry.refused = true;
  entry.record_type = "request";
  entry.record_id = std::string(http::MethodName(request.method)) + " " + request.path;
  entry.reason = reason;
  entry.request_id = request.request_id;
  entry.address = request.remote_address;
  auto db = context.database.Acquire();
  if (auto written = WriteAudit(*db, context.district_id, context.clock.NowUtcSeconds(), entry);
      !written) {
    spdlog::error("request {}: the refusal could not be audited: {}", request.request_id,
                  written.error().detail);
  }
}

Response Refuse(const GuardContext& context, const Request& request, const std::string& action,
                core::ErrorCode code, std::string message) {
  if (request.ChangesState()) AuditRefusal(context, request, action, message);
  // A visitor asking for a page is sent to sign in, and brought back afterwards.
  if (code == core::ErrorCode::kUnauthenticated && !request.IsApi() && !request.ChangesState()) {
    return http::Redirect("/sign-in?next=" + core::UrlEncode(request.target));
  }
  return http::ErrorResponse(request, core::Error{code, std::move(message), {}, {}}, context.views);
}

Response Guarded(const GuardContext& context, const http::Route& route, const ActionRule& rule,
                 const http::Handler& inner, const Request& original) {
  Request request = original;
  auto identity = Identify(context, request);
  if (!identity) return http::ErrorResponse(request, identity.error(), context.views);
  if (identity->bad_token) {
    return Refuse(context, request, route.action, core::ErrorCode::kUnauthenticated,
                  "That API token is not valid (revoked, mistyped or from another district); "
                  "create a new one on your account page.");
  }
  request.principal = std::move(identity->principal);

  if (request.ChangesState()) {
    const std::string submitted = SubmittedCsrf(request);
    const std::string expected = identity->by_cookie ? request.principal->csrf_token
                                 : request.principal ? std::string()  // API token: no CSRF
                                                     : request.Cookie(kFormCookie).value_or("");
    const bool needs_check = identity->by_cookie || !request.principal;
    if (needs_check && (expected.empty() || !SameSecret(submitted, expected))) {
      return Refuse(context, request, route.action, core::ErrorCode::kForbidden,
                    "This form has expired or did not come from Practica; reload the page and "
                    "try again.");
    }
  }

  Resource where;
  if (route.resource) {
    auto resolved = route.resource(request);
    if (!resolved) return http::ErrorResponse(request, resolved.error(), context.views);
    where = *resolved;
  }
  const auto today = Today(context.clock, context.zone);
  const auto* who = request.principal ? &*request.principal : nullptr;
  switch (Decide(who, rule, where, today)) {
    case Decision::kAllow:
      return inner(request);
    case Decision::kSignIn:
      return Refuse(context, request, route.action, core::ErrorCode::kUnauthenticated,
                    request.IsApi() ? "Sign in first: send a session cookie or an API token "
                                      "(Authorization: Bearer …)."
                                    : "Your session has ended or you are not signed in; sign in "
                                      "and try again.");
    case Decision::kForbidden:
      return Refuse(context, request, route.action, core::ErrorCode::kForbidden,
                    "You do not have access to this: it needs a role that may " +
                        std::string(rule.description) +
                        " here. Ask the program office if you need it.");
  }
  return inner(request);
}

}  // namespace

core::LocalDate Today(const core::Clock& clock, const core::TimeZone& zone) {
  return zone.ToLocal(clock.NowUtcSeconds()).date;
}

core::Result<void> GuardRoutes(http::Router& router, const GuardContext& context) {
  for (const auto& route : router.routes()) {
    if (FindAction(route.action) == nullptr) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "The route " + std::string(http::MethodName(route.method)) + " " +
                            route.pattern + " names the action \"" + route.action +
                            "\", which the permission policy does not know.");
    }
  }
  router.WrapHandlers([&context](const http::Route& route) -> http::Handler {
    const ActionRule* rule = FindAction(route.action);
    // Static files and health checks are public and never read a session.
    if (route.runs_inline) return route.handler;
    // A change made here (a role ended, a person deactivated, a sign-out) holds for this
    // server's next request at once; the database's notice, for the other servers, follows
    // within milliseconds. Other requests, refused ones included, leave the memory as it is.
    const bool forgets = context.principals != nullptr && ChangesAccess(route.action);
    return [&context, route, rule, forgets, inner = route.handler](const Request& request) {
      auto response = Guarded(context, route, *rule, inner, request);
      if (forgets && request.ChangesState()) context.principals->Clear();
      return response;
    };
  });
  return {};
}

std::string SessionCookie(std::string_view token, const SessionPolicy& policy, bool secure) {
  return std::string(kSessionCookie) + "=" + std::string(token) +
         "; Max-Age=" + std::to_string(policy.absolute_hours * 3600) + CookieAttributes(secure);
}

std::string ClearedSessionCookie(bool secure) {
  return std::string(kSessionCookie) + "=; Max-Age=0" + CookieAttributes(secure);
}

std::string AnonymousFormToken(const Request& request, Response& response, bool secure) {
  if (auto existing = request.Cookie(kFormCookie); existing && existing->size() >= 32) {
    return *existing;
  }
  std::string token = RandomToken();
  response.Header("Set-Cookie", std::string(kFormCookie) + "=" + token + CookieAttributes(secure));
  return token;
}

}  // namespace practica::auth
