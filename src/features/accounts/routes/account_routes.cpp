// The home page by role, one's account (roles, sessions, API tokens) and GET /api/v1/me.
#include <algorithm>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "auth/api_token_store.hpp"
#include "auth/audit_log.hpp"
#include "auth/guard.hpp"
#include "auth/session_store.hpp"
#include "core/plural.hpp"
#include "core/text.hpp"
#include "features/accounts/domain/home.hpp"
#include "features/accounts/routes/register.hpp"
#include "features/accounts/routes/session_start.hpp"
#include "features/accounts/store/addresses_store.hpp"
#include "features/kit/grant_json.hpp"
#include "features/kit/change.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::accounts {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

json::array GrantsJson(const auth::Principal& who) {
  json::array grants;
  for (const auto& grant : who.grants) grants.emplace_back(features::GrantJson(grant));
  return grants;
}

// Every line of work the features report for this person, urgent ones (late, failed,
// returned) first, in the order the sources are listed otherwise.
core::Result<json::array> TasksJson(const Deps& deps, db::Connection& connection, const auth::Principal& who) {
  std::vector<features::HomeTask> tasks;
  if (deps.home_tasks != nullptr) {
    features::HomeContext context{connection, deps.tenant.id, who, auth::Today(deps.clock, deps.tenant.zone),
                                  deps.clock.NowUtcSeconds(), deps.tenant.zone};
    for (const auto source : *deps.home_tasks) {
      auto found = source(context);
      if (!found) return std::unexpected(found.error());
      tasks.insert(tasks.end(), found->begin(), found->end());
    }
  }
  std::stable_sort(tasks.begin(), tasks.end(), [](const auto& a, const auto& b) { return a.urgent && !b.urgent; });
  json::array out;
  for (const auto& task : tasks) {
    out.emplace_back(json::object{{"label", task.label}, {"count", task.count}, {"url", task.url},
                                  {"urgent", task.urgent}});
  }
  return out;
}

Response Home(const Deps& deps, const Request& request) {
  const auto& who = *request.principal;
  std::vector<std::int64_t> school_ids = who.caseload_school_ids;
  std::string local_slug;
  auto db = deps.database.Acquire();
  AddressesStore addresses(*db, deps.tenant.id);
  for (const auto& grant : who.grants) {
    if (grant.scope == auth::ScopeKind::kSchool) school_ids.push_back(grant.scope_id);
    if (grant.scope == auth::ScopeKind::kLocalDistrict) {
      auto slug = addresses.LocalDistrictSlug(grant.scope_id);
      if (!slug) return features::Failure(request, slug.error(), deps.views);
      local_slug = *slug;
    }
  }
  auto schools = addresses.Schools(school_ids);
  if (!schools) return features::Failure(request, schools.error(), deps.views);
  auto cohort = addresses.NewestCohortSlug();
  if (!cohort) return features::Failure(request, cohort.error(), deps.views);
  json::array sections;
  for (const auto& section :
       HomeSections(who, auth::Today(deps.clock, deps.tenant.zone), *schools, local_slug, *cohort)) {
    json::array links;
    for (const auto& link : section.links) links.emplace_back(json::object{{"label", link.label}, {"url", link.url}});
    sections.emplace_back(json::object{{"role", section.role}, {"scope", section.scope}, {"links", std::move(links)}});
  }
  auto tasks = TasksJson(deps, *db, who);
  if (!tasks) return features::Failure(request, tasks.error(), deps.views);
  const bool has_tasks = !tasks->empty();
  const bool has_role = !sections.empty();
  return deps.views.Page(request, "accounts/home", "Home",
                         {{"name", who.display_name}, {"sections", std::move(sections)},
                          {"tasks", std::move(*tasks)}, {"has_tasks", has_tasks}, {"has_role", has_role}},
                         "account");
}

std::string Day(const Deps& deps, std::optional<std::int64_t> at) {
  return at ? core::FormatIsoDate(deps.tenant.zone.ToLocal(*at).date) : "";
}

Response AccountPage(const Deps& deps, const Request& request, json::object extra = {},
                     int status = 200) {
  const auto& who = *request.principal;
  auto db = deps.database.Acquire();
  auto sessions = auth::SessionStore(*db, deps.tenant.id).CountFor(who.person_id, deps.clock.NowUtcSeconds());
  auto tokens = auth::ApiTokenStore(*db, deps.tenant.id).List(who.person_id);
  if (!sessions || !tokens) {
    return features::Failure(request, sessions ? tokens.error() : sessions.error(), deps.views);
  }
  json::array token_rows;
  for (const auto& token : *tokens) {
    token_rows.emplace_back(json::object{{"id", token.id}, {"name", token.name},
                                         {"created", Day(deps, token.created_at)},
                                         {"last_used", Day(deps, token.last_used_at)},
                                         {"revoked", token.revoked_at.has_value()}});
  }
  json::object data{{"name", who.display_name}, {"email", who.email},
                    {"session_count", *sessions},
                    {"session_text", core::Counted(static_cast<std::int64_t>(*sessions), "device", "devices")},
                    {"grants", GrantsJson(who)},
                    {"has_grants", !who.grants.empty()}, {"tokens", std::move(token_rows)},
                    {"csrf_token", who.csrf_token},
                    {"notifications", NotificationsForAccountPage(deps, who.person_id)}};
  for (auto& [key, value] : extra) data[key] = value;
  return deps.views.Page(request, "accounts/account", "Your account", std::move(data), "account", status);
}

// Creates a token for the signed-in person; the page or the API shows it once.
core::Result<std::pair<auth::ApiToken, std::string>> CreateToken(const Deps& deps, const Request& request,
                                                                const std::string& name,
                                                                const std::string& grant_text) {
  const auto grant_id = core::ParseInt(grant_text, 1, INT64_MAX).value_or(0);
  using Created = std::pair<auth::ApiToken, std::string>;
  return features::RunChange(deps, request, "account.tokens", [&](db::Connection& db) -> core::Result<features::Changed<Created>> {
    auto created = auth::ApiTokenStore(db, deps.tenant.id).Create(*request.principal, name, grant_id, deps.clock.NowUtcSeconds());
    if (!created) return std::unexpected(created.error());
    auth::AuditEntry entry{0, "", false, "api_token", std::to_string(created->first.id)};
    entry.after_json = json::serialize(json::object{{"name", created->first.name}, {"grant_id", grant_id}});
    entry.reason = "created an API token";
    return features::Changed<Created>{std::move(*created), {std::move(entry)}, {}};
  });
}

core::Result<void> RevokeToken(const Deps& deps, const Request& request, std::string_view id_text) {
  const auto token_id = core::ParseInt(id_text, 1, INT64_MAX).value_or(0);
  return features::RunChange(deps, request, "account.tokens", [&](db::Connection& db) -> core::Result<features::Changed<>> {
    if (auto revoked = auth::ApiTokenStore(db, deps.tenant.id)
                           .Revoke(request.principal->person_id, token_id, deps.clock.NowUtcSeconds());
        !revoked) {
      return std::unexpected(revoked.error());
    }
    auth::AuditEntry entry{0, "", false, "api_token", std::to_string(token_id)};
    entry.reason = "revoked an API token";
    return features::Changed<>{{}, {std::move(entry)}, {}};
  });
}

Response Me(const Deps& deps, const Request& request) {
  const auto& who = *request.principal;
  auto db = deps.database.Acquire();
  auto tasks = TasksJson(deps, *db, who);
  if (!tasks) return features::Failure(request, tasks.error(), deps.views);
  return features::Json(json::object{{"id", who.person_id},
                                     {"email", who.email},
                                     {"name", who.display_name},
                                     {"by_api_token", who.by_api_token},
                                     {"grants", GrantsJson(who)},
                                     {"tasks", std::move(*tasks)}});
}

}  // namespace

core::Result<void> RegisterAccountRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  return features::AddRoutes(router, {
           http::Route{Method::kGet, "/home", "account.read", Surface::kPage,
                       [&deps](const Request& r) { return Home(deps, r); }},
           http::Route{Method::kGet, "/account", "account.read", Surface::kPage,
                       [&deps](const Request& r) { return AccountPage(deps, r); }},
           http::Route{Method::kPost, "/account/tokens", "account.tokens", Surface::kPage,
                       [&deps](const Request& r) {
                         const auto form = r.Form();
                         auto created = CreateToken(deps, r, Field(form, "name"), Field(form, "grant_id"));
                         if (!created) return AccountPage(deps, r, {{"error", created.error().message}}, 422);
                         return AccountPage(deps, r, {{"new_token", created->second}});
                       }},
           http::Route{Method::kPost, "/account/tokens/{id}/revoke", "account.tokens", Surface::kPage,
                       [&deps](const Request& r) {
                         auto revoked = RevokeToken(deps, r, r.Param("id"));
                         if (!revoked) return features::Failure(r, revoked.error(), deps.views);
                         return http::Redirect("/account");
                       }},
           http::Route{Method::kGet, "/api/v1/me", "account.read", Surface::kApi,
                       [&deps](const Request& r) { return Me(deps, r); }},
           http::Route{Method::kPost, "/api/v1/tokens", "account.tokens", Surface::kApi,
                       [&deps](const Request& r) {
                         json::value body;
                         boost::system::error_code ec;
                         body = json::parse(r.body, ec);
                         if (ec || !body.is_object()) {
                           return features::Failure(r, core::Error{core::ErrorCode::kInvalidInput,
                                                                   "Send a JSON object: {\"name\": …, \"grant_id\": …}.", {}, "body"},
                                                    deps.views);
                         }
                         const auto& object = body.as_object();
                         const auto* name = object.if_contains("name");
                         const auto* grant = object.if_contains("grant_id");
                         auto created = CreateToken(deps, r, name && name->is_string() ? std::string(name->as_string()) : "",
                                                    grant && grant->is_int64() ? std::to_string(grant->as_int64()) : "");
                         if (!created) return features::Failure(r, created.error(), deps.views);
                         return features::Json(json::object{{"id", created->first.id},
                                                            {"name", created->first.name},
                                                            {"token", created->second}}, 201);
                       }},
           http::Route{Method::kDelete, "/api/v1/tokens/{id}", "account.tokens", Surface::kApi,
                       [&deps](const Request& r) {
                         auto revoked = RevokeToken(deps, r, r.Param("id"));
                         if (!revoked) return features::Failure(r, revoked.error(), deps.views);
                         return features::Json(json::object{{"revoked", true}});
                       }},
  });
}

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  for (auto* registrar : {&RegisterSignInRoutes, &RegisterRecoveryRoutes, &RegisterAccountRoutes,
                          &RegisterOidcRoutes, &RegisterNotificationRoutes}) {
    if (auto added = registrar(router, deps); !added) return added;
  }
  return {};
}

}  // namespace practica::accounts
