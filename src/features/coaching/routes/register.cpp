// Forms post urlencoded with the session's CSRF token; a refused form (422, 409) shows its page
// again with the message and everything typed; success goes on with a 303. The API takes JSON
// and answers the same changes. One observation is read only through ObservationsStore::Read,
// whoever asks, so a route's action never opens one to a principal.
#include "features/coaching/routes/register.hpp"

#include "features/coaching/routes/pages.hpp"
#include "features/coaching/routes/pd.hpp"
#include "features/kit/form_posts.hpp"
#include "features/kit/routes.hpp"

namespace practica::coaching {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

// A school's professional learning plan in a cohort.
constexpr std::string_view kPdPlan = "/cohorts/{slug}/schools/{school}/pd-plan";

std::string LogSaved(const Request&, const json::object&) { return "/coaching?saved=1"; }
std::string ObservationsSaved(const Request&, const json::object&) { return "/coaching/observations?saved=1"; }
std::string ObservationSaved(const Request& request, const json::object&) {
  return "/observations/" + std::string(request.Param("id")) + "?saved=1";
}

http::ResourceResolver Listing() {
  return [](const Request&) -> core::Result<auth::Resource> { return auth::Resource{0, 0, 0, true}; };
}

Response PlainLog(const Deps& deps, const Request& request) { return LogPage(deps, request, {}, 200); }
Response PlainObservations(const Deps& deps, const Request& request) {
  return ObservationsPage(deps, request, {}, 200);
}
Response PlainObservation(const Deps& deps, const Request& request) { return ObservationPage(deps, request, {}, 200); }
Response PlainCycles(const Deps& deps, const Request& request) { return CyclesPage(deps, request, {}, 200); }
Response PlainCycle(const Deps& deps, const Request& request) { return CyclePage(deps, request, {}, 200); }
Response PlainPdPlan(const Deps& deps, const Request& request) { return PdPlanPage(deps, request, {}, 200); }
Response PlainPdSession(const Deps& deps, const Request& request) { return PdSessionPage(deps, request, {}, 200); }

std::string CycleStarted(const Request&, const json::object& answer) {
  return std::string(answer.at("url").as_string()) + "?saved=1";
}
std::string CycleSaved(const Request& request, const json::object&) {
  return "/cycles/" + std::string(request.Param("id")) + "?saved=1";
}
std::string PdPlanSaved(const Request& request, const json::object&) {
  return "/cohorts/" + std::string(request.Param("slug")) + "/schools/" + std::string(request.Param("school")) +
         "/pd-plan?saved=1";
}
std::string PdSessionSaved(const Request& request, const json::object&) {
  return "/pd-sessions/" + std::string(request.Param("id")) + "?saved=1";
}

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  using features::Bind;
  std::vector<http::Route> routes{
      {Method::kGet, "/coaching", "coaching.read", Surface::kPage, Bind(deps, &PlainLog)},
      {Method::kGet, "/api/v1/coaching", "coaching.read", Surface::kApi, Bind(deps, &LogApi)},
      {Method::kGet, "/coaching/mine", "coaching.shared", Surface::kPage, Bind(deps, &MinePage)},
      {Method::kGet, "/api/v1/coaching/mine", "coaching.shared", Surface::kApi, Bind(deps, &MineApi)},
      {Method::kGet, "/coaching/observations", "observations.record", Surface::kPage, Bind(deps, &PlainObservations)},
      {Method::kGet, "/coaching/counts", "observations.aggregate", Surface::kPage, Bind(deps, &CountsPage)},
      {Method::kGet, "/api/v1/coaching/counts", "observations.aggregate", Surface::kApi, Bind(deps, &CountsApi)},
      {Method::kGet, "/observations/{id}", "observations.read", Surface::kPage, Bind(deps, &PlainObservation)},
      {Method::kGet, "/api/v1/observations/{id}", "observations.read", Surface::kApi, Bind(deps, &ObservationApi)},
      {Method::kGet, "/coaching/cycles", "cycles.read", Surface::kPage, Bind(deps, &PlainCycles)},
      {Method::kGet, "/api/v1/coaching/cycles", "cycles.read", Surface::kApi, Bind(deps, &CyclesApi)},
      {Method::kGet, "/cycles/{id}", "cycles.read", Surface::kPage, Bind(deps, &PlainCycle)},
      {Method::kGet, "/api/v1/cycles/{id}", "cycles.read", Surface::kApi, Bind(deps, &CycleApi)},
      {Method::kGet, std::string(kPdPlan), "pd.read", Surface::kPage, Bind(deps, &PlainPdPlan)},
      {Method::kGet, "/api/v1" + std::string(kPdPlan), "pd.read", Surface::kApi, Bind(deps, &PdPlanApi)},
      {Method::kGet, "/pd-sessions/{id}", "pd.read", Surface::kPage, Bind(deps, &PlainPdSession)},
      {Method::kGet, "/api/v1/pd-sessions/{id}", "pd.read", Surface::kApi, Bind(deps, &PdSessionApi)},
  };
  features::AddPostRoutes(routes, deps, {
      {"/coaching/entries", "coaching.log", &LogEntry, &LogPage, &LogSaved, 201},
      {"/coaching/entries/{id}/done", "coaching.log", &MarkFollowUpDone, &LogPage, &LogSaved, 200},
      {"/coaching/observations", "observations.record", &RecordObservation, &ObservationsPage, &ObservationsSaved, 201},
      {"/observations/{id}/reflection", "observations.reflect", &AddReflection, &ObservationPage, &ObservationSaved, 200},
      {"/coaching/cycles", "cycles.start", &StartCycle, &CyclesPage, &CycleStarted, 201},
      {"/cycles/{id}/steps", "cycles.step", &RecordCycleStep, &CyclePage, &CycleSaved, 200},
      {"/cycles/{id}/note", "cycles.note", &WriteCycleNote, &CyclePage, &CycleSaved, 200},
      {std::string(kPdPlan) + "/sessions", "pd.plan", &AddPdSession, &PdPlanPage, &PdPlanSaved, 201},
      {std::string(kPdPlan) + "/agree", "pd.agree", &AgreePdPlan, &PdPlanPage, &PdPlanSaved, 200},
      {"/pd-sessions/{id}/attendance", "pd.plan", &TakePdAttendance, &PdSessionPage, &PdSessionSaved, 200},
      {"/pd-sessions/{id}/shares", "pd.share", &SharePdBack, &PdSessionPage, &PdSessionSaved, 201},
  });
  for (auto& route : routes) route.resource = Listing();
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::coaching
