// The cohort's agreement, published for everyone: /cohorts/{slug}/agreement. A school reads
// what it would sign (the school's commitments and the district's) before it applies.
#include <boost/json/object.hpp>

#include "features/applications/routes/context.hpp"
#include "features/applications/routes/register.hpp"
#include "features/applications/routes/setup_json.hpp"
#include "features/applications/store/setup_store.hpp"
#include "features/kit/paragraphs.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::applications {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

Response AgreementPage(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  auto cohort = LoadCohort(deps, *db, request.Param("slug"));
  if (!cohort) return features::Failure(request, cohort.error(), deps.views);
  auto setup = SetupStore(*db, deps.tenant.id).Load(*cohort);
  if (!setup) return features::Failure(request, setup.error(), deps.views);
  const std::string name = cohorts::ShortName(*cohort);
  json::object data{{"cohort", CohortRefJson(*cohort)}};
  if (setup->agreement) {
    const auto& agreement = *setup->agreement;
    data["agreement"] = json::object{
        {"title", agreement.title},
        {"version", agreement.version},
        {"published", core::FormatLongDate(deps.tenant.zone.ToLocal(agreement.published_at).date)},
        {"paragraphs", features::Paragraphs(agreement.text)}};
  }
  return deps.views.Page(request, "applications/agreement", name + " agreement", std::move(data), "home");
}

}  // namespace

core::Result<void> RegisterAgreementPage(http::Router& router, const Deps& deps) {
  return features::AddRoutes(router, {http::Route{http::Method::kGet, "/cohorts/{slug}/agreement", "cohorts.read",
                                                  http::Surface::kPage,
                                                  [&deps](const Request& r) { return AgreementPage(deps, r); }}});
}

}  // namespace practica::applications
