// One participation's page, its forms and its API. Forms post urlencoded with the session's
// CSRF token; a refused form (422, 409) shows the page again with the message and what was
// typed; success goes back to the page (303).
#include "core/text.hpp"
#include "features/kit/form_answer.hpp"
#include "features/kit/form_posts.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "features/participations/routes/access.hpp"
#include "features/participations/routes/changes.hpp"
#include "features/participations/routes/page_model.hpp"
#include "features/participations/routes/register.hpp"

namespace practica::participations {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

constexpr std::string_view kBase = "/cohorts/{slug}/schools/{school}/participation";

std::string Path(const Request& request) {
  return "/cohorts/" + std::string(request.Param("slug")) + "/schools/" + std::string(request.Param("school")) +
         "/participation";
}

Response Page(const Deps& deps, const Request& request, const json::object& typed = {}, int status = 200) {
  auto db = deps.database.Acquire();
  auto view = LoadParticipation(*db, deps, request.Param("slug"), request.Param("school"));
  if (!view) return features::Failure(request, view.error(), deps.views);
  auto data = PageModel(*db, deps, request, *view, typed);
  if (!data) return features::Failure(request, data.error(), deps.views);
  const std::string title = view->listed.school.name + " in " + view->listed.cohort.ShortName();
  return deps.views.Page(request, "participations/participation", title, std::move(*data), "home", status);
}

// Where a successful form goes: back to the page, or to the cohort overview it came from.
std::string AfterSuccess(const Request& request, const Fields& fields) {
  const std::string overview = "/cohorts/" + std::string(request.Param("slug")) + "/participations";
  return Get(fields, "next") == overview ? overview : Path(request);
}

Response FormPost(const Deps& deps, const Request& request, Change change) {
  const auto fields = FormFields(request);
  auto done = change(deps, request, fields);
  if (done) return http::Redirect(AfterSuccess(request, fields));
  if (!features::ShownOnTheForm(done.error())) return features::Failure(request, done.error(), deps.views);
  auto typed = features::FormProblem(done.error(), "", fields);
  if (!done.error().field.empty()) typed["error_on_" + done.error().field] = true;
  return Page(deps, request, typed, http::StatusOf(done.error().code));
}

Response ApiGet(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  auto view = LoadParticipation(*db, deps, request.Param("slug"), request.Param("school"));
  if (!view) return features::Failure(request, view.error(), deps.views);
  return features::Json(ParticipationJson(*view, deps.tenant.zone));
}

struct Action {
  std::string_view suffix;  // after …/participation
  std::string_view action;  // the policy's action
  Change change;
  int api_status;
};

const std::vector<Action>& Actions() {
  static const std::vector<Action> kActions = {
      {"/sign", "agreements.sign", &Sign, 201},
      {"/signature-requests", "participations.manage", &RequestSignatures, 200},
      {"/retract", "participations.manage", &Retract, 200},
      {"/team", "teams.manage", &AddMember, 201},
      {"/team/{number}/remove", "teams.manage", &RemoveMember, 200},
      {"/team/{number}/attendance", "teams.manage", &SetAttendance, 200},
      {"/team/confirm", "teams.manage", &ConfirmTeam, 200},
      {"/leads", "teams.manage", &SetLeads, 200},
      {"/coach", "participations.manage", &AssignCoach, 201},
      {"/coach/end", "participations.manage", &EndCoach, 200},
  };
  return kActions;
}

}  // namespace

core::Result<void> RegisterParticipationRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  const auto school = SchoolResolver(deps);
  std::vector<http::Route> routes;
  routes.push_back({Method::kGet, std::string(kBase), "participations.read", Surface::kPage,
                    [&deps](const Request& r) { return Page(deps, r); }});
  routes.push_back({Method::kGet, "/api/v1" + std::string(kBase), "participations.read", Surface::kApi,
                    [&deps](const Request& r) { return ApiGet(deps, r); }});
  for (const auto& a : Actions()) {
    const std::string pattern = std::string(kBase) + std::string(a.suffix);
    routes.push_back({Method::kPost, pattern, std::string(a.action), Surface::kPage,
                      [&deps, change = a.change](const Request& r) { return FormPost(deps, r, change); }});
    routes.push_back({Method::kPost, "/api/v1" + pattern, std::string(a.action), Surface::kApi,
                      [&deps, change = a.change, status = a.api_status](const Request& r) {
                        return features::ApiPost(deps, r, change, status);
                      }});
  }
  for (auto& route : routes) route.resource = school;
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::participations
