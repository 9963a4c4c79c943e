// A school's checklist: GET /cohorts/{slug}/schools/{school}/commitments and its API twin, and
// the team's evidence, the verifier's verification or return of one commitment ({number}).
#include "features/commitments/routes/changes.hpp"
#include "features/commitments/routes/register.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::commitments {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

using Act = core::Result<json::object> (*)(const Deps&, const Request&, const Fields&);

Response ChecklistPage(const Deps& deps, const Request& request,
                       const std::optional<FormProblem>& problem = std::nullopt, int status = 200) {
  auto data = SchoolChecklistJson(deps, request, problem);
  if (!data) return features::Failure(request, data.error(), deps.views);
  (*data)["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  const std::string title = "Commitments of " + std::string((*data)["school"].at("name").as_string()) +
                            " · " + std::string((*data)["cohort"].at("short_name").as_string());
  return deps.views.Page(request, "commitments/checklist", title, std::move(*data), "schools", status);
}

// A form post: on success back to the item; on a refusal the person can act on, the checklist
// again with the message on the item and what was typed.
Response FormPost(const Deps& deps, const Request& request, Act act) {
  const auto fields = FormFields(request);
  auto done = act(deps, request, fields);
  const std::string code(request.Param("number"));
  if (done) {
    return http::Redirect("/cohorts/" + std::string(request.Param("slug")) + "/schools/" +
                          std::string(request.Param("school")) + "/commitments#commitment-" + code);
  }
  const auto error = done.error().code;
  if (error != core::ErrorCode::kInvalidInput && error != core::ErrorCode::kConflict &&
      error != core::ErrorCode::kForbidden) {
    return features::Failure(request, done.error(), deps.views);
  }
  FormProblem problem{code, done.error().message, done.error().field, {}};
  for (const auto& [key, value] : fields) {
    if (key != "csrf_token") problem.typed[key] = value;
  }
  return ChecklistPage(deps, request, problem, http::StatusOf(error));
}

Response ApiPost(const Deps& deps, const Request& request, Act act, int status) {
  auto fields = JsonFields(request);
  if (!fields) return features::Failure(request, fields.error(), deps.views);
  auto done = act(deps, request, *fields);
  if (!done) return features::Failure(request, done.error(), deps.views);
  return features::Json(*done, status);
}

}  // namespace

core::Result<void> RegisterSchoolRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  const std::string page = "/cohorts/{slug}/schools/{school}/commitments";
  const std::string api = "/api/v1" + page;
  const auto school = SchoolResolver(deps);
  std::vector<http::Route> routes = {
      {Method::kGet, page, "commitments.read", Surface::kPage,
       [&deps](const Request& r) { return ChecklistPage(deps, r); }},
      {Method::kPost, page + "/{number}/evidence", "commitments.submit", Surface::kPage,
       [&deps](const Request& r) { return FormPost(deps, r, &SubmitEvidence); }},
      {Method::kPost, page + "/{number}/verify", "commitments.verify", Surface::kPage,
       [&deps](const Request& r) { return FormPost(deps, r, &Verify); }},
      {Method::kPost, page + "/{number}/return", "commitments.verify", Surface::kPage,
       [&deps](const Request& r) { return FormPost(deps, r, &ReturnEvidence); }},
      {Method::kGet, api, "commitments.read", Surface::kApi,
       [&deps](const Request& r) {
         auto data = SchoolChecklistJson(deps, r);
         if (!data) return features::Failure(r, data.error(), deps.views);
         return features::Json(*data);
       }},
      {Method::kPost, api + "/{number}/evidence", "commitments.submit", Surface::kApi,
       [&deps](const Request& r) { return ApiPost(deps, r, &SubmitEvidence, 201); }},
      {Method::kPost, api + "/{number}/verify", "commitments.verify", Surface::kApi,
       [&deps](const Request& r) { return ApiPost(deps, r, &Verify, 200); }},
      {Method::kPost, api + "/{number}/return", "commitments.verify", Surface::kApi,
       [&deps](const Request& r) { return ApiPost(deps, r, &ReturnEvidence, 200); }},
  };
  for (auto& route : routes) route.resource = school;
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::commitments
