// Sign-in through the district's OpenID Connect provider: GET /auth/oidc/start and /callback.
#include <boost/json/object.hpp>

#include "auth/account_store.hpp"
#include "auth/audit_log.hpp"
#include "auth/oidc/client.hpp"
#include "features/accounts/domain/home.hpp"
#include "features/accounts/routes/register.hpp"
#include "features/accounts/routes/session_start.hpp"
#include "core/text.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::accounts {
using features::Deps;
using http::Request;
using http::Response;

namespace {

Response NotConfigured(const Deps& deps, const Request& request) {
  return features::Failure(request,
                           core::Error{core::ErrorCode::kNotFound,
                                       "This district signs in with Practica passwords only; use "
                                       "the sign-in form.", {}, {}},
                           deps.views);
}

Response Start(const Deps& deps, const Request& request) {
  if (deps.oidc == nullptr) return NotConfigured(deps, request);
  auto db = deps.database.Acquire();
  auto url = deps.oidc->Begin(*db, deps.tenant.id, SafeNext(request.Query("next").value_or("/home")));
  if (!url) return features::Failure(request, url.error(), deps.views);
  return http::Redirect(*url, 302);
}

Response Refused(const Deps& deps, const Request& request, const std::string& who,
                 std::string message) {
  auth::AuditEntry entry;
  entry.action = "account.sign_in";
  entry.refused = true;
  entry.record_type = "account";
  entry.record_id = who;
  entry.reason = message;
  entry.request_id = request.request_id;
  entry.address = request.remote_address;
  auto db = deps.database.Acquire();
  (void)auth::WriteAudit(*db, deps.tenant.id, deps.clock.NowUtcSeconds(), entry);
  // The way on is back to the sign-in page, not home: the person came to sign in.
  return deps.views.Page(request, "accounts/sign_in_refused", "You are not signed in",
                         boost::json::object{{"message", std::move(message)}}, "account", 403);
}

Response Callback(const Deps& deps, const Request& request) {
  if (deps.oidc == nullptr) return NotConfigured(deps, request);
  if (auto error = request.Query("error")) {
    return Refused(deps, request, "", "The district's sign-in service did not sign you in (" +
                                          std::string(*error) + "); try again from the sign-in page.");
  }
  std::pair<auth::oidc::VerifiedIdentity, std::string> outcome;
  {
    auto db = deps.database.Acquire();
    auto completed = deps.oidc->Complete(*db, deps.tenant.id, request.Query("state").value_or(""),
                                         request.Query("code").value_or(""));
    if (!completed) {
      auth::AuditEntry entry{0, "account.sign_in", true, "account", "oidc"};
      entry.reason = completed.error().detail.empty() ? completed.error().message : completed.error().detail;
      entry.request_id = request.request_id;
      entry.address = request.remote_address;
      (void)auth::WriteAudit(*db, deps.tenant.id, deps.clock.NowUtcSeconds(), entry);
      return features::Failure(request, completed.error(), deps.views);
    }
    outcome = std::move(*completed);
  }
  const auto& identity = outcome.first;
  if (!identity.email_verified || identity.email.empty()) {
    return Refused(deps, request, identity.email,
                   "Your district account has no verified e-mail address, so Practica cannot tell "
                   "who you are; ask the district's help desk to verify it.");
  }
  std::optional<auth::PasswordRecord> person;
  {
    auto db = deps.database.Acquire();
    auto found = auth::AccountStore(*db, deps.tenant.id).ForEmail(core::ToLower(identity.email));
    if (!found) return features::Failure(request, found.error(), deps.views);
    person = std::move(*found);
  }
  if (!person || !person->active) {
    return Refused(deps, request, identity.email,
                   "No active Practica account uses " + identity.email +
                       ". Ask the program office to invite you.");
  }
  return StartSession(deps, request, person->person_id, "oidc", outcome.second);
}

}  // namespace

std::string OidcLogoutUrl(const Deps& deps) {
  return deps.oidc == nullptr ? std::string() : deps.oidc->LogoutUrl(deps.auth.public_url + "/");
}

core::Result<void> RegisterOidcRoutes(http::Router& router, const Deps& deps) {
  return features::AddRoutes(router, {
           http::Route{http::Method::kGet, "/auth/oidc/start", "account.sign_in", http::Surface::kPage,
                       [&deps](const Request& r) { return Start(deps, r); }},
           http::Route{http::Method::kGet, "/auth/oidc/callback", "account.sign_in",
                       http::Surface::kPage, [&deps](const Request& r) { return Callback(deps, r); }},
  });
}

}  // namespace practica::accounts
