// GET/POST /sign-in, POST /sign-out, POST /account/sign-out-everywhere.
#include <boost/json/object.hpp>
#include <variant>

#include "auth/account_store.hpp"
#include "auth/audit_log.hpp"
#include "auth/guard.hpp"
#include "auth/session_store.hpp"
#include "auth/secrets.hpp"
#include "core/text.hpp"
#include "features/accounts/domain/home.hpp"
#include "features/accounts/routes/register.hpp"
#include "features/accounts/routes/session_start.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::accounts {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

Response SignInPage(const Deps& deps, const Request& request, json::object data, int status) {
  if (!data.contains("next")) data["next"] = std::string(request.Query("next").value_or("/home"));
  data["next_encoded"] = core::UrlEncode(std::string(data["next"].as_string()));
  data["oidc"] = deps.oidc != nullptr;
  return FormPage(deps, request, "accounts/sign_in", "Sign in", std::move(data), status);
}

std::string WaitText(std::int64_t seconds) {
  const auto minutes = (seconds + 59) / 60;
  return std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
}

// Checks the password; the person's id when it matches, or the page to show instead.
std::variant<std::int64_t, Response> CheckPassword(const Deps& deps, const Request& request) {
  const auto form = request.Form();
  const std::string email = core::ToLower(core::Trim(Field(form, "email")));
  const std::string password = Field(form, "password");
  const std::string next = Field(form, "next");
  const auto now = deps.clock.NowUtcSeconds();
  auto db = deps.database.Acquire();
  auth::AccountStore accounts(*db, deps.tenant.id);

  auto failures = accounts.Failures(email, request.remote_address, now);
  if (!failures) return features::Failure(request, failures.error(), deps.views);
  if (const auto wait = auth::SecondsToWait(*failures, now); wait > 0) {
    // The same words whether or not the account exists: nothing is revealed.
    return SignInPage(deps, request,
                      {{"error", "Too many sign-in attempts for this account or from this "
                                 "network. Wait " + WaitText(wait) +
                                     " and try again, or reset your password."},
                       {"email", email}, {"next", next}},
                      429);
  }
  auto record = accounts.ForEmail(email);
  if (!record) return features::Failure(request, record.error(), deps.views);
  bool ok = false;
  if (*record && (*record)->active && !(*record)->password_hash.empty()) {
    ok = auth::VerifyPassword((*record)->password_hash, password);
  } else {
    auth::VerifyAgainstNothing(password);
  }
  if (auto noted = accounts.RecordAttempt(email, request.remote_address, now, ok); !noted) {
    return features::Failure(request, noted.error(), deps.views);
  }
  if (!ok) {
    auth::AuditEntry entry;
    entry.person_id = *record ? (*record)->person_id : 0;
    entry.action = "account.sign_in";
    entry.refused = true;
    entry.record_type = "account";
    entry.record_id = email;
    entry.reason = "wrong e-mail or password";
    entry.request_id = request.request_id;
    entry.address = request.remote_address;
    (void)auth::WriteAudit(*db, deps.tenant.id, now, entry);
    return SignInPage(deps, request,
                      {{"error", "That e-mail address and password do not match an account. "
                                 "Check both, or reset your password."},
                       {"email", email}, {"next", next}},
                      422);
  }
  return (*record)->person_id;
}

Response SignIn(const Deps& deps, const Request& request) {
  auto checked = CheckPassword(deps, request);
  if (auto* refused = std::get_if<Response>(&checked)) return std::move(*refused);
  return StartSession(deps, request, std::get<std::int64_t>(checked), "password",
                      Field(request.Form(), "next"));
}

Response SignOut(const Deps& deps, const Request& request) {
  std::string signed_in_with;
  if (auto token = request.Cookie(auth::kSessionCookie)) {
    auto db = deps.database.Acquire();
    auto tx = db::Transaction::Begin(*db);
    if (!tx) return features::Failure(request, tx.error(), deps.views);
    auto ended = auth::SessionStore(*db, deps.tenant.id).End(*token);
    if (!ended) return features::Failure(request, ended.error(), deps.views);
    signed_in_with = *ended;
    auth::AuditEntry entry{request.principal->person_id, "account.sign_out", false, "session",
                           std::to_string(request.principal->person_id)};
    entry.reason = "signed out";
    entry.request_id = request.request_id;
    entry.address = request.remote_address;
    auto audited = auth::WriteAudit(*db, deps.tenant.id, deps.clock.NowUtcSeconds(), entry);
    auto committed = audited ? tx->Commit() : std::unexpected(audited.error());
    if (!committed) return features::Failure(request, committed.error(), deps.views);
  }
  // Someone who came through the district's provider signs out there too, then comes back home.
  std::string next = "/";
  if (signed_in_with == "oidc" && deps.oidc != nullptr) {
    if (auto url = OidcLogoutUrl(deps); !url.empty()) next = url;
  }
  auto response = http::Redirect(next);
  response.Header("Set-Cookie", auth::ClearedSessionCookie(deps.auth.secure_cookies));
  return response;
}

Response SignOutEverywhere(const Deps& deps, const Request& request) {
  const auto person_id = request.principal->person_id;
  auto db = deps.database.Acquire();
  auto tx = db::Transaction::Begin(*db);
  if (!tx) return features::Failure(request, tx.error(), deps.views);
  auto ended = auth::SessionStore(*db, deps.tenant.id).EndAllFor(person_id);
  if (!ended) return features::Failure(request, ended.error(), deps.views);
  auth::AuditEntry entry{person_id, "account.sign_out", false, "session", std::to_string(person_id)};
  entry.reason = "signed out everywhere (" + std::to_string(*ended) + " sessions)";
  entry.request_id = request.request_id;
  entry.address = request.remote_address;
  auto audited = auth::WriteAudit(*db, deps.tenant.id, deps.clock.NowUtcSeconds(), entry);
  if (!audited) return features::Failure(request, audited.error(), deps.views);
  if (auto committed = tx->Commit(); !committed) {
    return features::Failure(request, committed.error(), deps.views);
  }
  auto response = http::Redirect("/sign-in");
  response.Header("Set-Cookie", auth::ClearedSessionCookie(deps.auth.secure_cookies));
  return response;
}

}  // namespace

core::Result<void> RegisterSignInRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  return features::AddRoutes(router, {
           http::Route{Method::kGet, "/sign-in", "account.sign_in", Surface::kPage,
                       [&deps](const Request& r) {
                         if (r.principal) return http::Redirect(SafeNext(r.Query("next").value_or("/home")));
                         return SignInPage(deps, r, {}, 200);
                       }},
           http::Route{Method::kPost, "/sign-in", "account.sign_in", Surface::kPage,
                       [&deps](const Request& r) { return SignIn(deps, r); }},
           http::Route{Method::kPost, "/sign-out", "account.sign_out", Surface::kPage,
                       [&deps](const Request& r) { return SignOut(deps, r); }},
           http::Route{Method::kPost, "/account/sign-out-everywhere", "account.sign_out",
                       Surface::kPage, [&deps](const Request& r) { return SignOutEverywhere(deps, r); }},
  });
}

}  // namespace practica::accounts
