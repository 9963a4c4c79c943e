#include "features/cohorts/routes/register.hpp"

#include "features/cohorts/routes/cohort_json.hpp"
#include "features/cohorts/routes/home_page.hpp"
#include "features/cohorts/routes/plan_routes.hpp"
#include "features/cohorts/routes/window_notice_routes.hpp"
#include "db/read_snapshot.hpp"
#include "features/kit/access.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::cohorts {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

core::Result<CohortSchoolFilter> ReadFilter(const Request& request) {
  CohortSchoolFilter filter;
  filter.local_district_slug = std::string(request.Query("local_district").value_or(""));
  const auto type = request.Query("type").value_or("");
  if (!type.empty()) {
    filter.type = schools::ParseSchoolType(type);
    if (!filter.type) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "\"" + std::string(type) +
                            "\" is not a school type; use elementary, middle, high, span, "
                            "special_education or other.",
                        {}, "type");
    }
  }
  return filter;
}

core::Error CohortNotFound(std::string_view slug) {
  return core::Error{core::ErrorCode::kNotFound,
                     "There is no cohort \"" + std::string(slug) +
                         "\"; the cohorts are listed on the home page.",
                     {}, {}};
}

// Loads the cohort named in the path and its schools under the request's filter.
struct CohortView {
  Cohort cohort;
  CohortSchoolFilter filter;
  std::vector<CohortSchool> schools;
  std::vector<std::pair<std::string, std::string>> local_districts;
};

core::Result<CohortView> LoadCohort(const Deps& deps, const Request& request) {
  auto filter = ReadFilter(request);
  if (!filter) return std::unexpected(filter.error());
  auto db = deps.database.Acquire();
  // The cohort, its schools and their local districts in one snapshot: on SQLite one WAL read
  // lock for the three, and the filter's choices always match the schools listed.
  auto snapshot = db::ReadSnapshot::Begin(*db);
  if (!snapshot) return std::unexpected(snapshot.error());
  CohortsStore store(*db, deps.tenant.id);
  auto cohort = store.FindBySlug(request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return std::unexpected(CohortNotFound(request.Param("slug")));
  auto schools = store.Schools((*cohort)->id, *filter);
  if (!schools) return std::unexpected(schools.error());
  auto local_districts = store.LocalDistrictsIn((*cohort)->id);
  if (!local_districts) return std::unexpected(local_districts.error());
  return CohortView{std::move(**cohort), std::move(*filter), std::move(*schools),
                    std::move(*local_districts)};
}

Response CohortPage(const Deps& deps, const Request& request) {
  auto view = LoadCohort(deps, request);
  if (!view) return features::Failure(request, view.error(), deps.views);
  auto data = CohortJson(view->cohort, deps.clock.NowUtcSeconds(), deps.tenant.zone);
  data["has_goals"] = !view->cohort.goals.empty();
  data["has_timeline"] = !view->cohort.timeline.empty();
  data["schools"] = CohortSchoolsJson(view->schools);
  data["shown_count"] = static_cast<std::int64_t>(view->schools.size());
  data["filtered"] = !view->filter.local_district_slug.empty() || view->filter.type.has_value();
  json::array local_options;
  for (const auto& [slug, name] : view->local_districts) {
    local_options.emplace_back(json::object{
        {"value", slug}, {"label", name}, {"selected", slug == view->filter.local_district_slug}});
  }
  json::array type_options;
  for (auto type : schools::AllSchoolTypes()) {
    type_options.emplace_back(json::object{{"value", schools::SchoolTypeCode(type)},
                                           {"label", schools::SchoolTypeLabel(type)},
                                           {"selected", view->filter.type == type}});
  }
  data["local_district_options"] = std::move(local_options);
  data["type_options"] = std::move(type_options);
  // District staff and instructional directors watch the cohort's schools on its dashboard.
  data["may_see_dashboard"] =
      request.principal && features::Allows(deps, *request.principal, "dashboard.read", auth::Resource{0, 0, 0, true});
  const std::string title = "PS " + view->cohort.number + ": " + view->cohort.title;
  return deps.views.Page(request, "cohorts/cohort", title, std::move(data), "home");
}

Response ApiList(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  auto cohorts = CohortsStore(*db, deps.tenant.id).List();
  if (!cohorts) return features::Failure(request, cohorts.error(), deps.views);
  json::array items;
  for (const auto& cohort : *cohorts) {
    items.emplace_back(CohortSummaryJson(cohort, deps.clock.NowUtcSeconds(), deps.tenant.zone));
  }
  return features::Json(json::object{{"cohorts", std::move(items)}});
}

Response ApiOne(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  auto cohort = CohortsStore(*db, deps.tenant.id).FindBySlug(request.Param("slug"));
  if (!cohort) return features::Failure(request, cohort.error(), deps.views);
  if (!*cohort) return features::Failure(request, CohortNotFound(request.Param("slug")), deps.views);
  return features::Json(CohortJson(**cohort, deps.clock.NowUtcSeconds(), deps.tenant.zone));
}

Response ApiSchools(const Deps& deps, const Request& request) {
  auto view = LoadCohort(deps, request);
  if (!view) return features::Failure(request, view.error(), deps.views);
  return features::Json(json::object{{"cohort", view->cohort.slug},
                                     {"schools", CohortSchoolsJson(view->schools)}});
}

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  const auto bind = [&deps](features::RouteFunction fn) { return features::Bind(deps, fn); };
  if (auto plan = RegisterPlanRoutes(router, deps); !plan) return plan;
  auto added = features::AddRoutes(router, {
           http::Route{Method::kGet, "/", "program.read", Surface::kPage,
                       [&deps](const Request& r) { return HomePage(deps, r); }},
           http::Route{Method::kGet, "/cohorts/{slug}", "cohorts.read", Surface::kPage,
                       bind(CohortPage)},
           http::Route{Method::kGet, "/api/v1/cohorts", "cohorts.read", Surface::kApi,
                       bind(ApiList)},
           http::Route{Method::kGet, "/api/v1/cohorts/{slug}", "cohorts.read", Surface::kApi,
                       bind(ApiOne)},
           http::Route{Method::kGet, "/api/v1/cohorts/{slug}/schools", "cohorts.read",
                       Surface::kApi, bind(ApiSchools)},
  });
  if (!added) return added;
  return RegisterWindowNoticeRoutes(router, deps);
}

}  // namespace practica::cohorts
