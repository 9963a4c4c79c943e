// Password reset by e-mailed one-time link, and accepting an invitation.
#include <boost/json/object.hpp>
#include <spdlog/spdlog.h>

#include "auth/account_store.hpp"
#include "auth/guard.hpp"
#include "auth/session_store.hpp"
#include "auth/secrets.hpp"
#include "core/email.hpp"
#include "core/text.hpp"
#include "features/accounts/routes/register.hpp"
#include "features/accounts/routes/reset_link_job.hpp"
#include "features/accounts/routes/session_start.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::accounts {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

Response ForgotForm(const Deps& deps, const Request& request) {
  return FormPage(deps, request, "accounts/forgot", "Reset your password", {});
}

Response SendResetLink(const Deps& deps, const Request& request) {
  const std::string email = core::ToLower(core::Trim(Field(request.Form(), "email")));
  if (!core::IsEmailAddress(email)) {
    return FormPage(deps, request, "accounts/forgot", "Reset your password",
                         {{"error", "Give the e-mail address you sign in with."}, {"email", email}},
                         422);
  }
  // Only queued here, the same insert for every address: the reset job looks the account up,
  // so neither the answer nor its timing says whether the address has an account.
  auto db = deps.database.Acquire();
  if (auto queued = QueueResetLink(*db, deps.tenant.id, email, deps.clock.NowUtcSeconds()); !queued) {
    return features::Failure(request, queued.error(), deps.views);
  }
  // The same answer whether or not the address has an account.
  return FormPage(deps, request, "accounts/forgot", "Reset your password",
                       {{"sent", true}, {"email", email}});
}

struct LinkPage {
  auth::LinkPurpose purpose;
  std::string heading;
  std::string button;
  std::string expired;
  std::string welcome;
};

LinkPage PageFor(auth::LinkPurpose purpose) {
  if (purpose == auth::LinkPurpose::kReset) {
    return {purpose, "Choose a new password", "Save the new password",
            "This reset link has expired or was already used. Ask for a new one on the "
            "\"Forgot your password?\" page.", {}};
  }
  return {purpose, "Accept your invitation", "Set the password and sign in",
          "This invitation has expired or was already used. Ask the program office to send a "
          "new one.",
          "Welcome to Practica. Choose a password to finish setting up your account."};
}

Response LinkForm(const Deps& deps, const Request& request, auth::LinkPurpose purpose) {
  const auto page = PageFor(purpose);
  auto db = deps.database.Acquire();
  auto person = auth::AccountStore(*db, deps.tenant.id)
                    .CheckLink(request.Param("token"), purpose, deps.clock.NowUtcSeconds(), false);
  if (!person) return features::Failure(request, person.error(), deps.views);
  json::object data{{"heading", page.heading}, {"button", page.button},
                    {"welcome", page.welcome}, {"action", request.path}};
  if (!*person) data["expired"] = page.expired;
  return FormPage(deps, request, "accounts/choose_password", page.heading, std::move(data),
                       *person ? 200 : 410);
}

Response UseLink(const Deps& deps, const Request& request, auth::LinkPurpose purpose) {
  const auto page = PageFor(purpose);
  const std::string password = Field(request.Form(), "password");
  json::object data{{"heading", page.heading}, {"button", page.button},
                    {"welcome", page.welcome}, {"action", request.path}};
  if (auto checked = auth::CheckNewPassword(password); !checked) {
    data["error"] = checked.error().message;
    return FormPage(deps, request, "accounts/choose_password", page.heading, std::move(data), 422);
  }
  auto hash = auth::HashPassword(password);
  if (!hash) return features::Failure(request, hash.error(), deps.views);
  std::int64_t person_id = 0;
  {
    auto db = deps.database.Acquire();
    const auto now = deps.clock.NowUtcSeconds();
    auto tx = db::Transaction::Begin(*db);
    if (!tx) return features::Failure(request, tx.error(), deps.views);
    auth::AccountStore accounts(*db, deps.tenant.id);
    auto person = accounts.CheckLink(request.Param("token"), purpose, now, true);
    if (!person) return features::Failure(request, person.error(), deps.views);
    if (!*person) {
      data["expired"] = page.expired;
      return FormPage(deps, request, "accounts/choose_password", page.heading, std::move(data), 410);
    }
    person_id = **person;
    auto saved = accounts.SetPassword(person_id, *hash, now);
    // A new password ends every session the old one opened.
    auto ended = saved ? auth::SessionStore(*db, deps.tenant.id).EndAllFor(person_id)
                       : std::unexpected(saved.error());
    auto committed = ended ? tx->Commit() : std::unexpected(ended.error());
    if (!committed) return features::Failure(request, committed.error(), deps.views);
  }
  return StartSession(deps, request, person_id,
                      purpose == auth::LinkPurpose::kReset ? "reset link" : "invitation",
                      "/home");
}

}  // namespace

core::Result<void> RegisterRecoveryRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  const auto reset = auth::LinkPurpose::kReset;
  const auto invitation = auth::LinkPurpose::kInvitation;
  return features::AddRoutes(router, {
           http::Route{Method::kGet, "/password/forgot", "account.recover", Surface::kPage,
                       [&deps](const Request& r) { return ForgotForm(deps, r); }},
           http::Route{Method::kPost, "/password/forgot", "account.recover", Surface::kPage,
                       [&deps](const Request& r) { return SendResetLink(deps, r); }},
           http::Route{Method::kGet, "/password/reset/{token}", "account.recover", Surface::kPage,
                       [&deps, reset](const Request& r) { return LinkForm(deps, r, reset); }},
           http::Route{Method::kPost, "/password/reset/{token}", "account.recover", Surface::kPage,
                       [&deps, reset](const Request& r) { return UseLink(deps, r, reset); }},
           http::Route{Method::kGet, "/invitations/{token}", "account.recover", Surface::kPage,
                       [&deps, invitation](const Request& r) { return LinkForm(deps, r, invitation); }},
           http::Route{Method::kPost, "/invitations/{token}", "account.recover", Surface::kPage,
                       [&deps, invitation](const Request& r) { return UseLink(deps, r, invitation); }},
  });
}

}  // namespace practica::accounts
