// The review table: /cohorts/{slug}/applications and /api/v1/cohorts/{slug}/applications. Each
// person sees the rows inside their scopes: program staff every school, an instructional
// director the schools of their local district, a principal or team member their school, a
// reviewer the applications assigned to them.
#include <boost/json/array.hpp>

#include <algorithm>
#include <set>

#include "features/applications/domain/rubric.hpp"
#include "features/applications/routes/context.hpp"
#include "features/applications/routes/register.hpp"
#include "features/applications/routes/setup_json.hpp"
#include "features/applications/store/review_table.hpp"
#include "features/applications/store/setup_store.hpp"
#include "features/kit/respond.hpp"

namespace practica::applications {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

struct Scopes {
  TableScope table;
  std::set<std::int64_t> managed_local_districts;  // where an instructional director sees scores
  bool admin = false;                               // sets cohorts up
};

Scopes ScopesOf(const Deps& deps, const auth::Principal& who) {
  using auth::Role;
  Scopes scopes;
  const auto today = Today(deps);
  for (const auto& grant : who.grants) {
    if (!grant.ActiveOn(today)) continue;
    switch (grant.role) {
      case Role::kDirector:
      case Role::kCoordinator:
        scopes.admin = true;
        scopes.table.everything = true;
        break;
      case Role::kSpecialist:
        scopes.table.everything = true;
        break;
      case Role::kInstructionalDirector:
        scopes.table.local_district_ids.push_back(grant.scope_id);
        scopes.managed_local_districts.insert(grant.scope_id);
        break;
      case Role::kPrincipal:
      case Role::kTeamMember:
        scopes.table.school_ids.push_back(grant.scope_id);
        break;
      case Role::kReviewer:
        scopes.table.reviewer_id = who.person_id;
        break;
      default:
        break;
    }
  }
  return scopes;
}

json::object RowJson(const TableRow& row, const Setup& setup, bool sees_scores, const core::TimeZone& zone) {
  json::object out{
      {"school", json::object{{"slug", row.school.slug}, {"name", row.school.name},
                              {"local_district", row.school.local_district_name}}},
      {"status", StatusCode(row.status)},
      {"status_label", StatusLabel(row.status)},
      {"submitted_at", row.submitted_at ? json::value(zone.FormatIso(*row.submitted_at)) : json::value(nullptr)},
      {"url", "/cohorts/" + setup.cohort.slug + "/schools/" + row.school.slug + "/application"},
      {"assigned_to_me", row.assigned_to_me},
      {"scored_by_me", row.scored_by_me},
      {"sees_scores", sees_scores},
  };
  if (!sees_scores) return out;
  json::array scores;
  std::vector<int> all;
  for (const auto& criterion : setup.criteria) {
    const auto found = row.scores.find(criterion.id);
    const auto stats = Summarize(found == row.scores.end() ? std::vector<int>{} : found->second);
    if (found != row.scores.end()) all.insert(all.end(), found->second.begin(), found->second.end());
    scores.emplace_back(json::object{{"criterion_id", criterion.id}, {"position", criterion.position},
                                     {"count", stats.count}, {"has_scores", stats.count > 0}, {"mean", stats.mean},
                                     {"mean_text", FormatMean(stats)},
                                     {"spread", stats.spread}});
  }
  out["scores"] = std::move(scores);
  out["overall_mean_text"] = FormatMean(Summarize(all));
  out["reviewer_count"] = row.reviewer_count;
  out["site_visit"] = row.visited_on ? json::value(core::FormatIsoDate(*row.visited_on)) : json::value(nullptr);
  return out;
}

core::Result<json::object> TableJson(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  auto cohort = LoadCohort(deps, *db, request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  auto setup = SetupStore(*db, deps.tenant.id).Load(*cohort);
  if (!setup) return std::unexpected(setup.error());
  const auto scopes = ScopesOf(deps, *request.principal);
  const TableFilter filter{std::string(request.Query("local_district").value_or(""))};
  auto rows = LoadReviewTable(*db, deps.tenant.id, cohort->id, filter, scopes.table, request.principal->person_id);
  if (!rows) return std::unexpected(rows.error());
  auto locals = LocalDistrictsApplying(*db, deps.tenant.id, cohort->id);
  if (!locals) return std::unexpected(locals.error());
  json::array items;
  for (const auto& row : *rows) {
    const bool sees = scopes.table.everything || scopes.managed_local_districts.contains(row.school.local_district_id);
    items.emplace_back(RowJson(row, *setup, sees, deps.tenant.zone));
  }
  json::array criteria;
  for (const auto& c : setup->criteria) {
    criteria.emplace_back(json::object{{"id", c.id}, {"position", c.position}, {"text", c.text}});
  }
  json::array options;
  for (const auto& [slug, name] : *locals) {
    options.emplace_back(json::object{{"value", slug}, {"label", name}, {"selected", slug == filter.local_district_slug}});
  }
  return json::object{{"cohort", CohortRefJson(*cohort)},
                      {"criteria", std::move(criteria)},
                      {"local_district", filter.local_district_slug},
                      {"local_district_options", std::move(options)},
                      {"applications", std::move(items)}};
}

Response TablePage(const Deps& deps, const Request& request) {
  auto data = TableJson(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  const auto& rows = (*data)["applications"].as_array();
  (*data)["count"] = rows.size();
  (*data)["any_scores"] = std::any_of(rows.begin(), rows.end(), [](const json::value& row) {
    return row.at("sees_scores").as_bool();
  });
  const auto scopes = ScopesOf(deps, *request.principal);
  (*data)["can_set_up"] = scopes.admin;
  const std::string title = std::string((*data)["cohort"].at("short_name").as_string()) + " applications";
  return deps.views.Page(request, "applications/list", title, std::move(*data), "home");
}

}  // namespace

core::Result<void> RegisterListRoutes(http::Router& router, const Deps& deps) {
  http::Route page{http::Method::kGet, "/cohorts/{slug}/applications", "applications.read", http::Surface::kPage,
                   [&deps](const Request& r) { return TablePage(deps, r); }};
  page.resource = ListingResolver(deps);
  http::Route api{http::Method::kGet, "/api/v1/cohorts/{slug}/applications", "applications.read", http::Surface::kApi,
                  [&deps](const Request& r) {
                    auto data = TableJson(deps, r);
                    if (!data) return features::Failure(r, data.error(), deps.views);
                    return features::Json(*data);
                  }};
  api.resource = ListingResolver(deps);
  if (auto added = router.Add(std::move(page)); !added) return added;
  return router.Add(std::move(api));
}

}  // namespace practica::applications
