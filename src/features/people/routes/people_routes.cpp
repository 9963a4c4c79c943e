// /people pages and /api/v1/people: district staff see people, invite, grant, end, deactivate.
#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>

#include "auth/account_store.hpp"
#include "auth/guard.hpp"
#include "auth/principal_loader.hpp"
#include "core/text.hpp"
#include "features/kit/access.hpp"
#include "features/kit/form_answer.hpp"
#include "features/kit/fields.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "features/people/routes/people_changes.hpp"
#include "features/people/routes/register.hpp"
#include "features/people/routes/roster_routes.hpp"
#include "features/people/store/people_store.hpp"

namespace practica::people {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

std::int64_t IdParam(const Request& request, std::string_view name) {
  return core::ParseInt(request.Param(name), 1, INT64_MAX).value_or(0);
}

Fields FormFields(const Request& request) {
  Fields fields;
  for (auto& [key, value] : request.Form()) fields[key] = value;
  return fields;
}

// JSON bodies for the API: string and number members become fields.
core::Result<Fields> JsonFields(const Request& request) {
  boost::system::error_code ec;
  auto body = json::parse(request.body, ec);
  if (ec || !body.is_object()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Send a JSON object as the request body.", {}, "body");
  }
  Fields fields;
  for (const auto& [key, value] : body.as_object()) {
    if (value.is_string()) fields[std::string(key)] = std::string(value.as_string());
    if (value.is_int64()) fields[std::string(key)] = std::to_string(value.as_int64());
  }
  return fields;
}

core::Result<json::object> ListJson(const Deps& deps, const Request& request) {
  auto limit = features::IntParam(request, "limit", 1, 500);
  auto offset = features::IntParam(request, "offset", 0, 10'000'000);
  if (!limit) return std::unexpected(limit.error());
  if (!offset) return std::unexpected(offset.error());
  const std::string q(core::Trim(request.Query("q").value_or("")));
  auto db = deps.database.Acquire();
  auto page = PeopleStore(*db, deps.tenant.id).Search(q, static_cast<int>(limit->value_or(50)),
                                                      static_cast<int>(offset->value_or(0)));
  if (!page) return std::unexpected(page.error());
  std::vector<std::int64_t> ids;
  for (const auto& person : page->people) ids.push_back(person.id);
  auto invited = auth::AccountStore(*db, deps.tenant.id).PendingInvitations(ids);
  if (!invited) return std::unexpected(invited.error());
  // Their grants in one query, labelled as the person page labels them.
  auto grants_of = auth::LoadGrantsOf(*db, deps.tenant.id, ids);
  if (!grants_of) return std::unexpected(grants_of.error());
  const auto today = auth::Today(deps.clock, deps.tenant.zone);
  json::array items;
  for (const auto& person : page->people) {
    json::array roles;
    static const std::vector<auth::Grant> kNone;
    const auto held = grants_of->find(person.id);
    for (const auto& grant : held == grants_of->end() ? kNone : held->second) {
      if (!grant.ActiveOn(today)) continue;
      std::string label(auth::RoleLabel(grant.role));
      if (grant.scope != auth::ScopeKind::kDistrict && !grant.scope_label.empty()) label += ", " + grant.scope_label;
      roles.emplace_back(json::object{{"role", auth::RoleCode(grant.role)}, {"label", std::move(label)}});
    }
    const auto pending = invited->find(person.id);
    const std::string state = !person.active ? "deactivated" : pending != invited->end() ? "invited" : "active";
    json::object item{{"id", person.id},
                      {"email", person.email},
                      {"name", person.display_name},
                      {"active", person.active},
                      {"state", state},
                      {"state_label", state == "deactivated" ? "Deactivated"
                                      : state == "invited"   ? "Invited, not yet accepted"
                                                             : "Active"},
                      {"roles", std::move(roles)},
                      {"url", "/people/" + std::to_string(person.id)}};
    if (pending != invited->end()) {
      item["invitation_expires"] = core::FormatLongDate(deps.tenant.zone.ToLocal(pending->second).date);
    }
    items.emplace_back(std::move(item));
  }
  return json::object{{"people", std::move(items)}, {"total", page->total}, {"q", q}};
}

// The role menu, with what was chosen still chosen: a refused grant that came back on the
// first option (Director) once turned a fix of the school into a district-wide Director.
json::array RoleOptions(std::string_view selected) {
  json::array options;
  for (auto role : auth::AllRoles()) {
    options.emplace_back(json::object{{"value", auth::RoleCode(role)},
                                      {"label", auth::RoleLabel(role)},
                                      {"selected", auth::RoleCode(role) == selected}});
  }
  return options;
}

Response ListPage(const Deps& deps, const Request& request, json::object extra = {}, int status = 200) {
  auto data = ListJson(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  for (auto& [key, value] : extra) (*data)[key] = value;
  (*data)["csrf_token"] = request.principal->csrf_token;
  (*data)["can_manage"] = !request.principal->by_api_token;
  (*data)["may_import"] = features::Allows(deps, *request.principal, "people.import", auth::Resource{0, 0, 0, true});
  return deps.views.Page(request, "people/list", "People", std::move(*data), "people", status);
}

Response PersonPage(const Deps& deps, const Request& request, json::object extra = {}, int status = 200) {
  auto data = PersonJson(deps, IdParam(request, "id"));
  if (!data) return features::Failure(request, data.error(), deps.views);
  for (auto& [key, value] : extra) (*data)[key] = value;
  (*data)["csrf_token"] = request.principal->csrf_token;
  const auto* typed_role = data->if_contains("typed_role");
  (*data)["role_options"] =
      RoleOptions(typed_role != nullptr && typed_role->is_string() ? std::string_view(typed_role->as_string())
                                                                   : std::string_view("teacher"));
  (*data)["person_id"] = (*data)["id"];
  {
    // The "Where" field suggests every school and local district by name as the person types.
    auto db = deps.database.Acquire();
    PeopleStore store(*db, deps.tenant.id);
    auto schools = store.SchoolNames();
    auto locals = store.LocalDistrictNames();
    if (!schools) return features::Failure(request, schools.error(), deps.views);
    if (!locals) return features::Failure(request, locals.error(), deps.views);
    json::array places;
    for (const auto& name : *schools) places.emplace_back(name);
    for (const auto& name : *locals) places.emplace_back(name);
    (*data)["place_options"] = std::move(places);
  }
  const std::string title((*data)["name"].as_string());
  return deps.views.Page(request, "people/person", title, std::move(*data), "people", status);
}

// A role held across the whole district is granted from the page only once the director has
// seen it named and said yes: the form comes back with a confirmation and every value kept.
std::optional<Response> ConfirmDistrictWide(const Deps& deps, const Request& request,
                                            const features::Fields& fields) {
  const auto role = auth::ParseRole(features::Get(fields, "role"));
  if (!role || auth::NaturalScope(*role) != auth::ScopeKind::kDistrict || features::Get(fields, "confirm") == "yes") {
    return std::nullopt;
  }
  json::object confirm;
  confirm["role"] = auth::RoleCode(*role);
  confirm["role_label"] = auth::RoleLabel(*role);
  confirm["district"] = deps.tenant.name;
  json::object extra;
  extra["confirm_grant"] = std::move(confirm);
  for (const auto& [key, value] : fields) extra["typed_" + key] = value;
  return PersonPage(deps, request, std::move(extra));
}

// A form post: on success go to the person's page; on failure show it again with the message.
Response AfterChange(const Deps& deps, const Request& request, const core::Result<json::object>& done,
                     const std::string& success_url, bool on_list) {
  if (done) return http::Redirect(success_url);
  if (!features::ShownOnTheForm(done.error())) return features::Failure(request, done.error(), deps.views);
  auto problem = features::FormProblem(done.error(), "", features::FormFields(request));
  const int status = http::StatusOf(done.error().code);
  return on_list ? ListPage(deps, request, std::move(problem), status)
                 : PersonPage(deps, request, std::move(problem), status);
}

Response ApiAnswer(const Deps& deps, const Request& request, const core::Result<json::object>& done,
                   int status = 200) {
  if (!done) return features::Failure(request, done.error(), deps.views);
  return features::Json(*done, status);
}

}  // namespace

core::Result<void> RegisterPeopleRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  const auto person_url = [](const Request& r) { return "/people/" + std::string(r.Param("id")); };
  const auto with_json = [&deps](const Request& r, auto change) {
    auto fields = JsonFields(r);
    if (!fields) return features::Failure(r, fields.error(), deps.views);
    return change(*fields);
  };
  return features::AddRoutes(router, {
           http::Route{Method::kGet, "/people", "people.read", Surface::kPage,
                       [&deps](const Request& r) { return ListPage(deps, r); }},
           http::Route{Method::kPost, "/people", "people.manage", Surface::kPage,
                       [&deps](const Request& r) {
                         auto done = Invite(deps, r, FormFields(r));
                         return AfterChange(deps, r, done,
                                            done ? "/people/" + std::to_string((*done)["id"].as_int64()) : "",
                                            true);
                       }},
           http::Route{Method::kGet, "/people/{id}", "people.read", Surface::kPage,
                       [&deps](const Request& r) { return PersonPage(deps, r); }},
           http::Route{Method::kPost, "/people/{id}/grants", "people.manage", Surface::kPage,
                       [&deps, person_url](const Request& r) {
                         const auto fields = FormFields(r);
                         if (auto confirm = ConfirmDistrictWide(deps, r, fields)) return *confirm;
                         return AfterChange(deps, r, GrantRole(deps, r, IdParam(r, "id"), fields),
                                            person_url(r), false);
                       }},
           http::Route{Method::kPost, "/people/{id}/grants/{grant}/end", "people.manage", Surface::kPage,
                       [&deps, person_url](const Request& r) {
                         return AfterChange(deps, r, EndRole(deps, r, IdParam(r, "id"), IdParam(r, "grant")),
                                            person_url(r), false);
                       }},
           http::Route{Method::kPost, "/people/{id}/deactivate", "people.manage", Surface::kPage,
                       [&deps, person_url](const Request& r) {
                         return AfterChange(deps, r, Deactivate(deps, r, IdParam(r, "id")), person_url(r), false);
                       }},
           http::Route{Method::kGet, "/api/v1/people", "people.read", Surface::kApi,
                       [&deps](const Request& r) { return ApiAnswer(deps, r, ListJson(deps, r)); }},
           http::Route{Method::kPost, "/api/v1/people", "people.manage", Surface::kApi,
                       [&deps, with_json](const Request& r) {
                         return with_json(r, [&](const Fields& f) { return ApiAnswer(deps, r, Invite(deps, r, f), 201); });
                       }},
           http::Route{Method::kGet, "/api/v1/people/{id}", "people.read", Surface::kApi,
                       [&deps](const Request& r) { return ApiAnswer(deps, r, PersonJson(deps, IdParam(r, "id"))); }},
           http::Route{Method::kPost, "/api/v1/people/{id}/grants", "people.manage", Surface::kApi,
                       [&deps, with_json](const Request& r) {
                         return with_json(r, [&](const Fields& f) {
                           return ApiAnswer(deps, r, GrantRole(deps, r, IdParam(r, "id"), f), 201);
                         });
                       }},
           http::Route{Method::kPost, "/api/v1/people/{id}/grants/{grant}/end", "people.manage", Surface::kApi,
                       [&deps](const Request& r) {
                         return ApiAnswer(deps, r, EndRole(deps, r, IdParam(r, "id"), IdParam(r, "grant")));
                       }},
           http::Route{Method::kPost, "/api/v1/people/{id}/deactivate", "people.manage", Surface::kApi,
                       [&deps](const Request& r) { return ApiAnswer(deps, r, Deactivate(deps, r, IdParam(r, "id"))); }},
  });
}

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  // The roster's literal paths first: /people/import is not a person's address.
  std::vector<http::Route> roster;
  AddRosterRoutes(roster, deps);
  if (auto added = features::AddRoutes(router, std::move(roster)); !added) return added;
  if (auto added = RegisterPeopleRoutes(router, deps); !added) return added;
  return RegisterStaffRoutes(router, deps);
}

}  // namespace practica::people
