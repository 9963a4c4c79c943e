#include "features/cohorts/routes/window_notice_routes.hpp"

#include <boost/json/serialize.hpp>

#include "auth/audit_log.hpp"
#include "auth/domain/grant_rules.hpp"
#include "auth/guard.hpp"
#include "auth/secrets.hpp"
#include "features/cohorts/domain/window_notice.hpp"
#include "features/cohorts/routes/home_page.hpp"
#include "features/cohorts/store/window_notices_store.hpp"
#include "features/kit/fields.hpp"
#include "features/kit/change.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "mail/address.hpp"

namespace practica::cohorts {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

// Runs one change to a request through features::RunChange under `action`. `change` answers the
// entry to write, or nullopt when nothing changed.
core::Result<void> Audited(const Deps& deps, const Request& request, std::string_view action,
                           const std::function<core::Result<std::optional<auth::AuditEntry>>(WindowNoticesStore&)>& change) {
  return features::RunChange(deps, request, action, [&](db::Connection& db) -> core::Result<features::Changed<>> {
    WindowNoticesStore store(db, deps.tenant.id);
    auto entry = change(store);
    if (!entry) return std::unexpected(entry.error());
    features::Changed<> changed;
    if (*entry) {
      (*entry)->record_type = "window_notice_request";
      changed.audit.push_back(std::move(**entry));
    }
    return changed;
  });
}

std::string StateJson(const NoticeRequest& request, std::string_view state) {
  return json::serialize(json::object{{"email", request.email}, {"state", state}});
}

std::string WaitText(std::int64_t seconds) {
  const auto minutes = (seconds + 59) / 60;
  return std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
}

// The sign-in throttle's rule: five askings for one address, or twenty from one client, within
// 15 minutes make the next wait. kRateLimited, in words that do not depend on the address.
core::Result<void> CheckLimit(const Deps& deps, const std::string& email, const std::string& client,
                              std::int64_t now) {
  auto db = deps.database.Acquire();
  auto asks = WindowNoticesStore(*db, deps.tenant.id).AsksSince(email, client, now - auth::kThrottleWindowSeconds);
  if (!asks) return std::unexpected(asks.error());
  if (const auto wait = auth::SecondsToWait({asks->by_email, asks->by_client}, now); wait > 0) {
    return core::Fail(core::ErrorCode::kRateLimited,
                      "Too many requests for this address or from this network. Wait " + WaitText(wait) +
                          " and try again.",
                      {}, "email");
  }
  return {};
}

// Keeps the address waiting for the next window. The answer is the same whether it was new,
// already waiting or stopped, so nobody learns from it who is on the list.
core::Result<std::string> Ask(const Deps& deps, const Request& request, std::string_view typed) {
  const std::string email = NormalizeNoticeEmail(typed);
  if (email.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Write your e-mail address, e.g. name@school.org.", {},
                      "email");
  }
  if (auto checked = mail::CheckEmail(email, "email"); !checked) return std::unexpected(checked.error());
  const auto now = deps.clock.NowUtcSeconds();
  const auto& client = request.remote_address;
  if (auto allowed = CheckLimit(deps, email, client, now); !allowed) return std::unexpected(allowed.error());
  auto done = Audited(deps, request, "window_notices.request",
                      [&](WindowNoticesStore& store) -> core::Result<std::optional<auth::AuditEntry>> {
    if (auto noted = store.RecordAsk(email, client, now, now - auth::kThrottleWindowSeconds); !noted) {
      return std::unexpected(noted.error());
    }
    auto existing = store.FindByEmail(email);
    if (!existing) return std::unexpected(existing.error());
    if (*existing && !(*existing)->stopped_at) return std::optional<auth::AuditEntry>{};  // asked before
    auth::AuditEntry entry;
    if (*existing) {
      if (auto resumed = store.Resume((*existing)->id, now); !resumed) return std::unexpected(resumed.error());
      entry.record_id = std::to_string((*existing)->id);
      entry.before_json = StateJson(**existing, "stopped");
      entry.after_json = StateJson(**existing, "waiting");
      entry.reason = "asked again to be told when applications open";
      return std::optional{entry};
    }
    auto added = store.Add(email, now);
    if (!added) return std::unexpected(added.error());
    entry.record_id = std::to_string(added->id);
    entry.after_json = StateJson(*added, "waiting");
    entry.reason = "asked to be told when applications open";
    return std::optional{entry};
  });
  if (!done) return std::unexpected(done.error());
  return email;
}

Response PagePost(const Deps& deps, const Request& request) {
  const auto fields = features::FormFields(request);
  const auto typed = features::Get(fields, "email");
  auto asked = Ask(deps, request, typed);
  if (asked) return http::Redirect("/?notice=asked#tell-me");
  const auto code = asked.error().code;
  if (code != core::ErrorCode::kInvalidInput && code != core::ErrorCode::kRateLimited) {
    return features::Failure(request, asked.error(), deps.views);
  }
  return HomePage(deps, request, json::object{{"error", asked.error().message}, {"typed_email", typed}},
                  http::StatusOf(code));
}

Response ApiPost(const Deps& deps, const Request& request) {
  auto fields = features::JsonFields(request);
  if (!fields) return features::Failure(request, fields.error(), deps.views);
  auto asked = Ask(deps, request, features::Get(*fields, "email"));
  if (!asked) return features::Failure(request, asked.error(), deps.views);
  return features::Json(json::object{{"email", *asked}, {"message", NoticeConfirmation()}}, 202);
}

// What an API client needs before it posts: the double-submit token (also set as a cookie).
Response ApiForm(const Deps& deps, const Request& request) {
  http::Response holder;
  const std::string token = request.principal ? request.principal->csrf_token
                                              : auth::AnonymousFormToken(request, holder, deps.auth.secure_cookies);
  auto response = features::Json(json::object{{"csrf_token", token}});
  for (auto& header : holder.headers) response.headers.push_back(header);
  return response;
}

// The stop link's page: one click stops the e-mails (a mail scanner that opens the link stops
// nothing), and using it again says it is done.
Response Stop(const Deps& deps, const Request& request, bool confirm) {
  const std::string hash = auth::HashToken(request.Param("token"));
  std::optional<NoticeRequest> found;
  {
    auto db = deps.database.Acquire();
    auto read = WindowNoticesStore(*db, deps.tenant.id).FindByStopLink(hash);
    if (!read) return features::Failure(request, read.error(), deps.views);
    found = std::move(*read);
  }
  http::Response holder;
  json::object data{{"action", request.path}};
  data["csrf_token"] = request.principal ? request.principal->csrf_token
                                         : auth::AnonymousFormToken(request, holder, deps.auth.secure_cookies);
  int status = 200;
  if (!found) {
    data["unknown"] = true;
    status = 404;
  } else {
    data["email"] = found->email;
    if (confirm && !found->stopped_at) {
      auto done = Audited(deps, request, "window_notices.stop",
                          [&](WindowNoticesStore& store) -> core::Result<std::optional<auth::AuditEntry>> {
        if (auto stopped = store.Stop(found->id, deps.clock.NowUtcSeconds()); !stopped) {
          return std::unexpected(stopped.error());
        }
        auth::AuditEntry entry;
        entry.record_id = std::to_string(found->id);
        entry.before_json = StateJson(*found, "waiting");
        entry.after_json = StateJson(*found, "stopped");
        entry.reason = "stopped application-window e-mails by the e-mail's link";
        return std::optional{entry};
      });
      if (!done) return features::Failure(request, done.error(), deps.views);
    }
    data[confirm || found->stopped_at ? "done" : "ask"] = true;
  }
  auto page = deps.views.Page(request, "cohorts/notice_stop", "Stop application-window e-mails", std::move(data),
                              "home", status);
  for (auto& header : holder.headers) page.headers.push_back(header);
  return page;
}

}  // namespace

core::Result<void> RegisterWindowNoticeRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  return features::AddRoutes(router, {
           http::Route{Method::kPost, "/window-notices", "window_notices.request", Surface::kPage,
                       [&deps](const Request& r) { return PagePost(deps, r); }},
           http::Route{Method::kGet, "/api/v1/window-notices", "program.read", Surface::kApi,
                       [&deps](const Request& r) { return ApiForm(deps, r); }},
           http::Route{Method::kPost, "/api/v1/window-notices", "window_notices.request", Surface::kApi,
                       [&deps](const Request& r) { return ApiPost(deps, r); }},
           http::Route{Method::kGet, "/window-notices/stop/{token}", "window_notices.stop", Surface::kPage,
                       [&deps](const Request& r) { return Stop(deps, r, false); }},
           http::Route{Method::kPost, "/window-notices/stop/{token}", "window_notices.stop", Surface::kPage,
                       [&deps](const Request& r) { return Stop(deps, r, true); }},
  });
}

}  // namespace practica::cohorts
