// Lists across schools: a cohort's participations (each person sees the rows of their scopes)
// and a coach's caseload (only the signed-in coach's schools).
#include <boost/json/array.hpp>

#include <map>

#include "auth/guard.hpp"
#include "core/plural.hpp"
#include "db/read_snapshot.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "features/participations/routes/access.hpp"
#include "features/participations/routes/participation_view.hpp"
#include "features/participations/routes/register.hpp"
#include "features/participations/store/coach_store.hpp"

namespace practica::participations {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

core::Result<json::array> Rows(db::Connection& db, const Deps& deps, const std::vector<Listed>& listed,
                               const std::function<void(const ParticipationView&, json::object&)>& more) {
  auto views = LoadListedAll(db, deps, listed);
  if (!views) return std::unexpected(views.error());
  json::array rows;
  for (const auto& view : *views) {
    auto row = SummaryJson(view, deps.tenant.zone);
    more(view, row);
    rows.emplace_back(std::move(row));
  }
  return rows;
}

// "3 active, 2 awaiting signatures": how the cohort stands, for the overview's heading.
json::array StateCounts(const json::array& rows) {
  std::map<std::string, int> counts;
  for (const auto& row : rows) ++counts[std::string(row.as_object().at("state_label").as_string())];
  json::array out;
  for (const auto& [label, count] : counts) out.emplace_back(json::object{{"label", label}, {"count", count}});
  return out;
}

core::Result<json::object> OverviewJson(const Deps& deps, const Request& request, bool page) {
  auto db = deps.database.Acquire();
  auto cohort = FindCohort(*db, deps, request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  auto listed = ParticipationsStore(*db, deps.tenant.id)
                    .List(*cohort, ScopeOf(deps, *request.principal, "participations.read"));
  if (!listed) return std::unexpected(listed.error());
  json::array coach_options;
  if (page) {
    auto coaches = DirectoryStore(*db, deps.tenant.id).PeopleWithRole("coach", auth::Today(deps.clock, deps.tenant.zone));
    if (!coaches) return std::unexpected(coaches.error());
    for (const auto& c : *coaches) coach_options.emplace_back(json::object{{"value", c.email}, {"label", c.name}});
  }
  auto rows = Rows(*db, deps, *listed, [&](const ParticipationView& view, json::object& row) {
    if (!page) return;
    const bool manages = May(deps, request, "participations.manage", SchoolResource(view.listed.school));
    row["assign_coach"] = manages && !view.coach && !view.details.retraction && !view.year_over;
    row["missing_count"] = static_cast<std::int64_t>(view.missing.size());
    // The list of what is missing stays one tap away: all of it in every row made the PS 3.0
    // page tens of thousands of pixels tall on a phone.
    row["has_missing"] = !view.missing.empty();
    row["missing_text"] = core::Counted(static_cast<std::int64_t>(view.missing.size()), "thing", "things");
  });
  if (!rows) return std::unexpected(rows.error());
  json::object data{{"cohort", json::object{{"slug", cohort->slug}, {"name", cohort->ShortName()}, {"title", cohort->title}}},
                    {"participations", *rows}};
  if (page) {
    data["state_counts"] = StateCounts(*rows);
    data["count"] = static_cast<std::int64_t>(rows->size());
    data["count_text"] = core::Counted(static_cast<std::int64_t>(rows->size()), "school", "schools");
    data["coach_options"] = std::move(coach_options);
    data["csrf_token"] = request.principal->csrf_token;
    data["next"] = "/cohorts/" + cohort->slug + "/participations";
    if (YearFinished(cohort->school_year, auth::Today(deps.clock, deps.tenant.zone))) {
      data["year_over_note"] = YearOverNote(cohort->ShortName(), cohort->school_year);
    }
  }
  return data;
}

core::Result<json::object> CaseloadJson(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  // The caseload and its schools' teams, leaders, signatures and histories in one snapshot: on
  // SQLite one WAL read lock for the page's dozen statements instead of one each (about a tenth
  // of the page in a profile), and the rows never mix a change with what came before it.
  auto snapshot = db::ReadSnapshot::Begin(*db);
  if (!snapshot) return std::unexpected(snapshot.error());
  auto listed = CoachStore(*db, deps.tenant.id).Caseload(request.principal->person_id);
  if (!listed) return std::unexpected(listed.error());
  auto rows = Rows(*db, deps, *listed, [](const ParticipationView& view, json::object& row) {
    row["has_missing"] = !view.missing.empty();
    row["team_missing"] = json::array();
    for (const auto& sentence : MissingFromTeam(view.team)) row["team_missing"].as_array().emplace_back(sentence);
  });
  if (!rows) return std::unexpected(rows.error());
  return json::object{{"coach", json::object{{"id", request.principal->person_id},
                                             {"name", request.principal->display_name}}},
                      {"participations", std::move(*rows)}};
}

Response OverviewPage(const Deps& deps, const Request& request) {
  auto data = OverviewJson(deps, request, true);
  if (!data) return features::Failure(request, data.error(), deps.views);
  const std::string title = "Participations in " + std::string((*data)["cohort"].at("name").as_string());
  return deps.views.Page(request, "participations/overview", title, std::move(*data), "home");
}

Response CaseloadPage(const Deps& deps, const Request& request) {
  auto data = CaseloadJson(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  const auto count = static_cast<std::int64_t>((*data)["participations"].as_array().size());
  (*data)["count"] = count;
  (*data)["count_text"] = core::Counted(count, "participating school", "participating schools");
  return deps.views.Page(request, "participations/caseload", "Your caseload", std::move(*data), "account");
}

template <typename Fn>
Response ApiAnswer(const Deps& deps, const Request& request, Fn fn) {
  auto data = fn();
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

}  // namespace

core::Result<void> RegisterListRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  // Lists open to anyone holding a role of the action; the query keeps the rows of their scopes.
  const http::ResourceResolver listing = [](const Request&) -> core::Result<auth::Resource> {
    return auth::Resource{0, 0, 0, true};
  };
  std::vector<http::Route> routes = {
      {Method::kGet, "/cohorts/{slug}/participations", "participations.read", Surface::kPage,
       [&deps](const Request& r) { return OverviewPage(deps, r); }},
      {Method::kGet, "/api/v1/cohorts/{slug}/participations", "participations.read", Surface::kApi,
       [&deps](const Request& r) { return ApiAnswer(deps, r, [&] { return OverviewJson(deps, r, false); }); }},
      {Method::kGet, "/caseload", "participations.read", Surface::kPage,
       [&deps](const Request& r) { return CaseloadPage(deps, r); }},
      {Method::kGet, "/api/v1/caseload", "participations.read", Surface::kApi,
       [&deps](const Request& r) { return ApiAnswer(deps, r, [&] { return CaseloadJson(deps, r); }); }},
  };
  for (auto& route : routes) route.resource = listing;
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::participations
