#include "app/routes.hpp"

#include "features/accounts/routes/register.hpp"
#include "features/applications/routes/register.hpp"
#include "features/audit/routes/register.hpp"
#include "features/calendar/routes/register.hpp"
#include "features/challenges/routes/register.hpp"
#include "features/techplans/routes/register.hpp"
#include "features/coaching/routes/register.hpp"
#include "features/dashboard/routes/register.hpp"
#include "features/reports/routes/register.hpp"
#include "features/cohorts/routes/register.hpp"
#include "features/commitments/routes/register.hpp"
#include "features/districts/routes/register.hpp"
#include "features/exemplars/routes/register.hpp"
#include "features/learning/routes/register.hpp"
#include "features/jobs/routes/register.hpp"
#include "features/participations/routes/register.hpp"
#include "features/people/routes/register.hpp"
#include "features/schools/routes/register.hpp"
#include "features/standards/routes/register.hpp"
#include "features/surveys/routes/register.hpp"
#include "features/visits/routes/register.hpp"

namespace practica::app {

namespace {

core::Result<void> RegisterOperations(http::Router& router, const features::Deps& deps,
                                      const http::StaticFiles& static_files) {
  using http::Method;
  using http::Surface;
  http::Route healthz{Method::kGet, "/healthz", "public.health", Surface::kAsset,
                      [](const http::Request&) {
                        http::Response response;
                        response.content_type = "text/plain; charset=utf-8";
                        response.body = "ok\n";
                        return response;
                      }};
  healthz.runs_inline = true;
  // Ready means the database answers: a load balancer sends no traffic before that.
  http::Route readyz{Method::kGet, "/readyz", "public.health", Surface::kAsset,
                     [&deps](const http::Request&) {
                       http::Response response;
                       response.content_type = "text/plain; charset=utf-8";
                       auto db = deps.database.Acquire();
                       auto answer = db->QueryInt("SELECT 1");
                       response.status = answer ? 200 : 503;
                       response.body = answer ? "ready\n" : "database unavailable\n";
                       return response;
                     }};
  http::Route assets{Method::kGet, "/static/{name}", "public.static", Surface::kAsset,
                     [&static_files](const http::Request& request) {
                       return static_files.Serve(request);
                     }};
  assets.runs_inline = true;
  http::Route openapi{Method::kGet, "/api/v1/openapi.json", "public.api_description",
                      Surface::kApi, [&static_files](const http::Request& request) {
                        http::Request named = request;
                        named.path_params = {{"name", "openapi.json"}};
                        return static_files.Serve(named);
                      }};
  openapi.runs_inline = true;
  for (auto* route : {&healthz, &readyz, &assets, &openapi}) {
    if (auto added = router.Add(std::move(*route)); !added) return added;
  }
  return {};
}

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps,
                                  const http::StaticFiles& static_files) {
  for (auto* registrar : {&cohorts::RegisterRoutes, &schools::RegisterRoutes,
                          &standards::RegisterRoutes, &districts::RegisterRoutes,
                          &accounts::RegisterRoutes, &people::RegisterRoutes,
                          &audit::RegisterRoutes, &participations::RegisterRoutes,
                          &commitments::RegisterRoutes, &applications::RegisterRoutes,
                          &calendar::RegisterRoutes, &learning::RegisterRoutes,
                          &challenges::RegisterRoutes, &coaching::RegisterRoutes,
                          &dashboard::RegisterRoutes, &surveys::RegisterRoutes, &exemplars::RegisterRoutes,
                          &techplans::RegisterRoutes, &visits::RegisterRoutes, &reports::RegisterRoutes}) {
    if (auto added = registrar(router, deps); !added) return added;
  }
  if (auto added = jobs_page::RegisterRoutes(router, deps); !added) return added;
  return RegisterOperations(router, deps, static_files);
}

}  // namespace practica::app
