// Forms post urlencoded with the session's CSRF token; a refused form (422, 409) shows its page
// again with the message and everything typed; success goes on with a 303. The API takes JSON
// and answers the same changes. The routes open to anyone signed in (or to the host roles, for
// offering and attendance); each change narrows it to the visit's host or visitors.
#include "features/visits/routes/register.hpp"

#include "features/kit/form_posts.hpp"
#include "features/kit/routes.hpp"
#include "features/visits/routes/visits.hpp"

namespace practica::visits {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

std::string Offered(const Request&, const json::object& done) {
  return std::string(done.at("url").as_string()) + "?saved=1";
}
std::string BackToVisit(const Request& request, const json::object&) {
  return "/visits/" + std::string(request.Param("id")) + "?saved=1";
}

Response PlainList(const Deps& deps, const Request& request) { return ListPage(deps, request, {}, 200); }
Response PlainVisit(const Deps& deps, const Request& request) { return VisitPage(deps, request, {}, 200); }

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  using features::Bind;
  using http::Method;
  using http::Surface;
  std::vector<http::Route> routes{
      {Method::kGet, "/visits", "visits.read", Surface::kPage, Bind(deps, &PlainList)},
      {Method::kGet, "/api/v1/visits", "visits.read", Surface::kApi, Bind(deps, &ListApi)},
      {Method::kGet, "/schools/{slug}/visits", "visits.read", Surface::kPage, Bind(deps, &SchoolPage)},
      {Method::kGet, "/api/v1/schools/{slug}/visits", "visits.read", Surface::kApi, Bind(deps, &SchoolApi)},
      {Method::kGet, "/visits/{id}", "visits.read", Surface::kPage, Bind(deps, &PlainVisit)},
      {Method::kGet, "/api/v1/visits/{id}", "visits.read", Surface::kApi, Bind(deps, &VisitApi)},
  };
  features::AddPostRoutes(routes, deps, {
      {"/visits", "visits.offer", &OfferVisit, &ListPage, &Offered, 201},
      {"/visits/{id}/sign-up", "visits.sign_up", &SignUp, &VisitPage, &BackToVisit, 201},
      {"/visits/{id}/cancel", "visits.sign_up", &CancelSignUp, &VisitPage, &BackToVisit, 200},
      {"/visits/{id}/attendance", "visits.host", &TakeAttendance, &VisitPage, &BackToVisit, 200},
      {"/visits/{id}/reflection", "visits.reflect", &Reflect, &VisitPage, &BackToVisit, 200},
  });
  for (auto& route : routes) {
    route.resource = [](const Request&) -> core::Result<auth::Resource> { return auth::Resource{0, 0, 0, true}; };
  }
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::visits
