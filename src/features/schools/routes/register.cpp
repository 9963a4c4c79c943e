#include "features/schools/routes/register.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "core/time_zone.hpp"
#include "features/kit/access.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "features/schools/routes/directory_routes.hpp"
#include "features/schools/store/schools_store.hpp"

namespace practica::schools {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

constexpr int kPageSize = 50;

json::object SchoolJson(const School& school) {
  json::object object{
      {"slug", school.slug},
      {"name", school.name},
      {"type", SchoolTypeCode(school.type)},
      {"type_label", SchoolTypeLabel(school.type)},
      {"grade_span", school.grade_span},
      {"cds_code", school.cds_code},
      {"local_district", school.local_district_name},
      {"url", "/schools/" + school.slug},
      {"inactive", school.inactive_since.has_value()},
  };
  return object;
}

core::Result<SchoolFilter> ReadFilter(const Request& request) {
  SchoolFilter filter;
  filter.text = std::string(core::Trim(request.Query("q").value_or("")));
  filter.local_district_slug = std::string(request.Query("local_district").value_or(""));
  const auto type = request.Query("type").value_or("");
  if (!type.empty()) {
    filter.type = ParseSchoolType(type);
    if (!filter.type) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "\"" + std::string(type) +
                            "\" is not a school type; use elementary, middle, high, span, "
                            "special_education or other.",
                        {}, "type");
    }
  }
  auto limit = features::IntParam(request, "limit", 1, 500);
  if (!limit) return std::unexpected(limit.error());
  auto offset = features::IntParam(request, "offset", 0, 10'000'000);
  if (!offset) return std::unexpected(offset.error());
  filter.limit = static_cast<int>(limit->value_or(kPageSize));
  filter.offset = static_cast<int>(offset->value_or(0));
  return filter;
}

core::Error SchoolNotFound(std::string_view slug) {
  return core::Error{core::ErrorCode::kNotFound,
                     "There is no school \"" + std::string(slug) +
                         "\"; search for it on the schools page.",
                     {}, {}};
}

// A school with its history, as the API and the page both show it. With `who`, each cohort of
// the history links the school's agreement and team and its commitments in that cohort, when
// the person may read them there (the school's own people, its coach, its local district, staff).
core::Result<json::object> LoadSchool(const Deps& deps, std::string_view slug, const auth::Principal* who = nullptr) {
  auto db = deps.database.Acquire();
  SchoolsStore store(*db, deps.tenant.id);
  auto school = store.FindBySlug(slug);
  if (!school) return std::unexpected(school.error());
  if (!*school) return std::unexpected(SchoolNotFound(slug));
  auto history = store.History((*school)->id);
  if (!history) return std::unexpected(history.error());
  auto object = SchoolJson(**school);
  if ((*school)->inactive_since) {
    object["inactive_label"] = core::FormatLongDate(deps.tenant.zone.ToLocal(*(*school)->inactive_since).date);
  }
  json::array aliases;
  for (const auto& alias : (*school)->aliases) aliases.emplace_back(alias);
  const auth::Resource here{(*school)->local_district_id, (*school)->id, 0, false};
  const bool sees_participation = who != nullptr && features::Allows(deps, *who, "participations.read", here);
  const bool sees_commitments = who != nullptr && features::Allows(deps, *who, "commitments.read", here);
  json::array cohorts;
  for (const auto& membership : *history) {
    json::object row{
        {"slug", membership.cohort_slug},
        {"short_name", "PS " + membership.cohort_number},
        {"title", membership.cohort_title},
        {"school_year", membership.school_year},
        {"listed_name", membership.listed_name},
        {"url", "/cohorts/" + membership.cohort_slug},
    };
    const std::string base = "/cohorts/" + membership.cohort_slug + "/schools/" + (*school)->slug;
    if (sees_participation) row["participation_url"] = base + "/participation";
    if (sees_commitments) row["commitments_url"] = base + "/commitments";
    if (sees_commitments) row["challenge_url"] = base + "/challenge";
    if (sees_commitments) row["plan_url"] = base + "/technology-plan";
    if (sees_commitments) row["certification_url"] = base + "/certification";
    if (sees_commitments) row["pd_plan_url"] = base + "/pd-plan";
    cohorts.emplace_back(std::move(row));
  }
  object["aliases"] = std::move(aliases);
  object["cohorts"] = std::move(cohorts);
  return object;
}

Response Page(const Deps& deps, const Request& request) {
  auto object = LoadSchool(deps, request.Param("slug"), request.principal ? &*request.principal : nullptr);
  if (!object) return features::Failure(request, object.error(), deps.views);
  (*object)["has_aliases"] = !(*object)["aliases"].as_array().empty();
  (*object)["has_cohorts"] = !(*object)["cohorts"].as_array().empty();
  (*object)["cohort_count"] = (*object)["cohorts"].as_array().size();
  bool shows_work = false;
  for (const auto& cohort : (*object)["cohorts"].as_array()) shows_work |= cohort.as_object().contains("commitments_url") || cohort.as_object().contains("participation_url");
  (*object)["shows_work"] = shows_work;
  const std::string title((*object)["name"].as_string());
  return deps.views.Page(request, "schools/school", title, std::move(*object), "schools");
}

core::Result<json::object> LoadList(const Deps& deps, const Request& request) {
  auto filter = ReadFilter(request);
  if (!filter) return std::unexpected(filter.error());
  auto db = deps.database.Acquire();
  auto page = SchoolsStore(*db, deps.tenant.id).List(*filter);
  if (!page) return std::unexpected(page.error());
  json::array items;
  for (const auto& school : page->schools) items.emplace_back(SchoolJson(school));
  return json::object{{"schools", std::move(items)},
                      {"total", page->total},
                      {"limit", filter->limit},
                      {"offset", filter->offset}};
}

Response ListPage(const Deps& deps, const Request& request) {
  auto list = LoadList(deps, request);
  if (!list) return features::Failure(request, list.error(), deps.views);
  auto& data = *list;
  const auto total = data["total"].as_int64();
  const auto limit = data["limit"].as_int64();
  const auto offset = data["offset"].as_int64();
  const std::string q(core::Trim(request.Query("q").value_or("")));
  data["q"] = q;
  data["q_param"] = q.empty() ? std::string() : "q=" + core::UrlEncode(q) + "&";
  data["has_results"] = total > 0;
  data["first"] = total == 0 ? 0 : offset + 1;
  data["last"] = std::min<std::int64_t>(offset + limit, total);
  if (offset > 0) data["previous_offset"] = std::max<std::int64_t>(0, offset - limit);
  if (offset + limit < total) data["next_offset"] = offset + limit;
  data["has_previous"] = offset > 0;
  data["has_next"] = offset + limit < total;
  data["may_import"] = request.principal &&
                       features::Allows(deps, *request.principal, "schools.import", auth::Resource{0, 0, 0, true});
  return deps.views.Page(request, "schools/list", "Schools", std::move(data), "schools");
}

Response ApiList(const Deps& deps, const Request& request) {
  auto list = LoadList(deps, request);
  if (!list) return features::Failure(request, list.error(), deps.views);
  return features::Json(*list);
}

Response ApiOne(const Deps& deps, const Request& request) {
  auto object = LoadSchool(deps, request.Param("slug"));
  if (!object) return features::Failure(request, object.error(), deps.views);
  return features::Json(*object);
}

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  const auto bind = [&deps](features::RouteFunction fn) { return features::Bind(deps, fn); };
  // The import's literal paths first: /schools/import is not a school's address.
  std::vector<http::Route> routes;
  AddDirectoryRoutes(routes, deps);
  routes.insert(routes.end(), {
           http::Route{Method::kGet, "/schools", "schools.read", Surface::kPage, bind(ListPage)},
           http::Route{Method::kGet, "/schools/{slug}", "schools.read", Surface::kPage, bind(Page)},
           http::Route{Method::kGet, "/api/v1/schools", "schools.read", Surface::kApi,
                       bind(ApiList)},
           http::Route{Method::kGet, "/api/v1/schools/{slug}", "schools.read", Surface::kApi,
                       bind(ApiOne)},
  });
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::schools
