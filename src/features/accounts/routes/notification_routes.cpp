// One's e-mail preferences (the coach's weekly digest, reminders): the account page's toggles,
// the API, and the unsubscribe link in each digest, which works without signing in.
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "auth/audit_log.hpp"
#include "auth/secrets.hpp"
#include "features/accounts/routes/register.hpp"
#include "features/accounts/routes/session_start.hpp"
#include "features/accounts/store/preferences_store.hpp"
#include "features/kit/change.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::accounts {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

json::object PreferencesJson(const NotificationPreferences& preferences) {
  return json::object{{"digest_enabled", preferences.digest_enabled},
                      {"reminders_enabled", preferences.reminders_enabled}};
}

// Saves the choice with its audit entry, in one transaction.
core::Result<void> Save(const Deps& deps, const Request& request, std::int64_t person_id,
                        const NotificationPreferences& preferences, std::string reason) {
  // Signed in, the person changes their own choice; by an e-mail's link, nobody is signed in.
  const std::string_view action = request.principal ? "account.notifications" : "account.unsubscribe";
  return features::RunChange(deps, request, action, [&](db::Connection& db) -> core::Result<features::Changed<>> {
    PreferencesStore store(db, deps.tenant.id);
    auto before = store.For(person_id);
    if (!before) return std::unexpected(before.error());
    if (auto saved = store.Save(person_id, preferences, deps.clock.NowUtcSeconds()); !saved) {
      return std::unexpected(saved.error());
    }
    auth::AuditEntry entry{0, "", false, "notification_preferences", std::to_string(person_id)};
    entry.before_json = json::serialize(PreferencesJson(*before));
    entry.after_json = json::serialize(PreferencesJson(preferences));
    entry.reason = std::move(reason);
    return features::Changed<>{{}, {std::move(entry)}, {}};
  });
}

core::Result<NotificationPreferences> Current(const Deps& deps, std::int64_t person_id) {
  auto db = deps.database.Acquire();
  return PreferencesStore(*db, deps.tenant.id).For(person_id);
}

// A JSON body's optional boolean; kInvalidInput naming the field when it is not one.
core::Result<void> ReadFlag(const json::object& body, std::string_view key, bool& flag) {
  const auto* value = body.if_contains(key);
  if (value == nullptr) return {};
  if (!value->is_bool()) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "\"" + std::string(key) + "\" must be true or false.", {}, std::string(key));
  }
  flag = value->as_bool();
  return {};
}

Response PutPreferences(const Deps& deps, const Request& request) {
  boost::system::error_code ec;
  auto body = json::parse(request.body, ec);
  if (ec || !body.is_object()) {
    return features::Failure(request, core::Error{core::ErrorCode::kInvalidInput,
                                                  "Send a JSON object: {\"digest_enabled\": true, \"reminders_enabled\": false}.",
                                                  {}, "body"}, deps.views);
  }
  const auto person_id = request.principal->person_id;
  auto preferences = Current(deps, person_id);
  if (!preferences) return features::Failure(request, preferences.error(), deps.views);
  for (auto [key, flag] : {std::pair{"digest_enabled", &preferences->digest_enabled},
                           std::pair{"reminders_enabled", &preferences->reminders_enabled}}) {
    if (auto read = ReadFlag(body.as_object(), key, *flag); !read) {
      return features::Failure(request, read.error(), deps.views);
    }
  }
  if (auto saved = Save(deps, request, person_id, *preferences, "changed e-mail preferences"); !saved) {
    return features::Failure(request, saved.error(), deps.views);
  }
  return features::Json(PreferencesJson(*preferences));
}

// The unsubscribe page: what the link turns off, or why it no longer works.
Response Unsubscribe(const Deps& deps, const Request& request, bool confirm) {
  const auto now = deps.clock.NowUtcSeconds();
  const std::string hash = auth::HashToken(request.Param("token"));
  std::optional<UnsubscribeLink> link;
  {
    auto db = deps.database.Acquire();
    auto found = PreferencesStore(*db, deps.tenant.id).FindUnsubscribeLink(hash, now);
    if (!found) return features::Failure(request, found.error(), deps.views);
    link = *found;
  }
  json::object data{{"action", request.path}, {"topic_label", "this e-mail"}};
  // Someone signed in posts with their session's token; anyone else with the form cookie's.
  if (request.principal) data["csrf_token"] = request.principal->csrf_token;
  if (!link || link->expired) {
    data["expired"] = "This link has expired or is not one Practica sent. Sign in and turn the "
                      "e-mail off on your account page.";
    return FormPage(deps, request, "accounts/unsubscribe", "Stop e-mail", std::move(data), 410);
  }
  data["topic_label"] = TopicLabel(link->topic);
  data["email"] = link->email;
  if (!confirm) {
    data["ask"] = true;
    return FormPage(deps, request, "accounts/unsubscribe", "Stop e-mail", std::move(data));
  }
  auto preferences = Current(deps, link->person_id);
  if (!preferences) return features::Failure(request, preferences.error(), deps.views);
  if (link->topic == "digest") preferences->digest_enabled = false;
  if (link->topic == "reminder") preferences->reminders_enabled = false;
  if (auto saved = Save(deps, request, link->person_id, *preferences,
                        "turned off " + TopicLabel(link->topic) + " by the e-mail's link");
      !saved) {
    return features::Failure(request, saved.error(), deps.views);
  }
  auto db = deps.database.Acquire();
  if (auto marked = PreferencesStore(*db, deps.tenant.id).MarkUsed(hash, now); !marked) {
    return features::Failure(request, marked.error(), deps.views);
  }
  data["done"] = true;
  return FormPage(deps, request, "accounts/unsubscribe", "Stop e-mail", std::move(data));
}

}  // namespace

json::object NotificationsForAccountPage(const Deps& deps, std::int64_t person_id) {
  auto preferences = Current(deps, person_id);
  return PreferencesJson(preferences.value_or(NotificationPreferences{}));
}

core::Result<void> RegisterNotificationRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  return features::AddRoutes(router, {
           http::Route{Method::kPost, "/account/notifications", "account.notifications", Surface::kPage,
                       [&deps](const Request& r) {
                         const auto form = r.Form();
                         const NotificationPreferences chosen{Field(form, "digest") == "on",
                                                              Field(form, "reminders") == "on"};
                         if (auto saved = Save(deps, r, r.principal->person_id, chosen,
                                               "changed e-mail preferences");
                             !saved) {
                           return features::Failure(r, saved.error(), deps.views);
                         }
                         return http::Redirect("/account#notifications");
                       }},
           http::Route{Method::kGet, "/api/v1/me/notifications", "account.read", Surface::kApi,
                       [&deps](const Request& r) {
                         auto preferences = Current(deps, r.principal->person_id);
                         if (!preferences) return features::Failure(r, preferences.error(), deps.views);
                         return features::Json(PreferencesJson(*preferences));
                       }},
           http::Route{Method::kPut, "/api/v1/me/notifications", "account.notifications", Surface::kApi,
                       [&deps](const Request& r) { return PutPreferences(deps, r); }},
           http::Route{Method::kGet, "/unsubscribe/{token}", "account.unsubscribe", Surface::kPage,
                       [&deps](const Request& r) { return Unsubscribe(deps, r, false); }},
           http::Route{Method::kPost, "/unsubscribe/{token}", "account.unsubscribe", Surface::kPage,
                       [&deps](const Request& r) { return Unsubscribe(deps, r, true); }},
  });
}

}  // namespace practica::accounts
