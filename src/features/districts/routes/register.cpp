#include "features/districts/routes/register.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "features/districts/store/districts_store.hpp"
#include "features/kit/respond.hpp"

namespace practica::districts {
namespace json = boost::json;

core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps) {
  return router.Add({http::Method::kGet, "/api/v1/local-districts", "districts.read",
                     http::Surface::kApi, [&deps](const http::Request& request) {
                       auto db = deps.database.Acquire();
                       auto locals = DistrictsStore(*db).LocalDistricts(deps.tenant.id);
                       if (!locals) return features::Failure(request, locals.error(), deps.views);
                       json::array items;
                       for (const auto& local : *locals) {
                         items.emplace_back(json::object{{"slug", local.slug}, {"name", local.name}});
                       }
                       return features::Json(json::object{
                           {"district", deps.tenant.name}, {"local_districts", std::move(items)}});
                     }});
}

}  // namespace practica::districts
