#include "features/standards/routes/register.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "features/standards/store/standards_store.hpp"

namespace practica::standards {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

// The ISTE Standards as iste_students, iste_educators and iste_leaders, each in code order; a
// family the district has no rows of is an empty list. iste_students keeps its name and shape
// from when students were the only family: pages and clients read it.
json::object IsteByFamily(const std::vector<Standard>& standards) {
  const std::vector<std::pair<std::string, std::string>> keys = {
      {kStudentsFamily, "iste_students"}, {kEducatorsFamily, "iste_educators"}, {kLeadersFamily, "iste_leaders"}};
  json::object families;
  for (const auto& entry : keys) families[entry.second] = json::array{};
  for (const auto& standard : standards) {
    const auto key = std::ranges::find(keys, standard.family, &std::pair<std::string, std::string>::first);
    if (key == keys.end()) continue;
    json::array indicators;
    for (const auto& indicator : standard.indicators) {
      indicators.emplace_back(json::object{{"code", indicator.code}, {"text", indicator.text}});
    }
    families[key->second].as_array().emplace_back(json::object{{"code", standard.code},
                                                               {"family", standard.family},
                                                               {"name", standard.name},
                                                               {"summary", standard.summary},
                                                               {"indicators", std::move(indicators)}});
  }
  return families;
}

core::Result<json::object> Load(const Deps& deps) {
  auto db = deps.database.Acquire();
  StandardsStore store(*db, deps.tenant.id);
  auto standards = store.Standards();
  if (!standards) return std::unexpected(standards.error());
  auto samr = store.Samr();
  if (!samr) return std::unexpected(samr.error());
  json::array levels;
  for (const auto& level : *samr) {
    levels.emplace_back(
        json::object{{"code", level.code}, {"name", level.name}, {"summary", level.summary}});
  }
  auto terms = store.Terms();
  if (!terms) return std::unexpected(terms.error());
  json::object vocabularies;
  for (const auto& term : *terms) {
    auto& list = vocabularies[term.kind];
    if (!list.is_array()) list = json::array{};
    list.as_array().emplace_back(
        json::object{{"code", term.code}, {"name", term.name}, {"summary", term.summary}});
  }
  json::object data = IsteByFamily(*standards);
  data["samr"] = std::move(levels);
  for (const auto* kind : {"cs_concept", "cs_practice", "grade_band", "subject"}) {
    data[std::string(kind) + "s"] = vocabularies.contains(kind) ? vocabularies[kind] : json::array{};
  }
  return data;
}

Response Page(const Deps& deps, const Request& request) {
  auto data = Load(deps);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return deps.views.Page(request, "standards/standards", "Standards", std::move(*data), "standards");
}

Response Api(const Deps& deps, const Request& request) {
  auto data = Load(deps);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  const auto bind = [&deps](features::RouteFunction fn) { return features::Bind(deps, fn); };
  if (auto added = router.Add({http::Method::kGet, "/standards", "standards.read",
                               http::Surface::kPage, bind(Page)});
      !added) {
    return added;
  }
  return router.Add({http::Method::kGet, "/api/v1/standards", "standards.read",
                     http::Surface::kApi, bind(Api)});
}

}  // namespace practica::standards
