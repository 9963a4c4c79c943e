// Pages and API of the technology plan and the certification. Forms post urlencoded with the
// session's CSRF token; a refused form comes back on its page with the message and everything
// typed; success goes back to the page (post/redirect/get). The API takes JSON and answers the
// same changes.
#include "features/techplans/routes/register.hpp"

#include "features/kit/form_answer.hpp"
#include "features/kit/form_posts.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "features/techplans/routes/certification_changes.hpp"
#include "features/kit/form_with_file.hpp"
#include "features/techplans/routes/plan_changes.hpp"
#include "features/techplans/routes/plan_files.hpp"
#include "features/techplans/routes/plan_json.hpp"

namespace practica::techplans {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

enum class View { kPlan, kCertification };

// What was typed after a refusal ("typed_<field>") goes back into the form's values.
void Typed(json::object& data, const json::object& extra) {
  for (const auto& [key, value] : extra) {
    if (key.starts_with("typed_")) data["v"].as_object()[key.substr(6)] = value;
    data[key] = value;
  }
  if (const auto* field = extra.if_contains("error_field"); field && field->is_string()) {
    data["error_on_" + std::string(field->as_string())] = true;
  }
}

// The plan form's values: the latest version, or what was typed.
void PlanValues(json::object& data, const json::object& extra) {
  json::object v;
  if (const auto* plan = data.if_contains("plan"); plan && plan->is_object()) {
    for (const auto& [key, value] : plan->as_object()) {
      if (value.is_string()) v[key] = value;
    }
  }
  data["v"] = v;
  Typed(data, extra);
  if (extra.contains("typed_vision")) {  // a refused save: the goal rows as typed
    json::array rows;
    for (std::size_t n = 1; n <= kMaxGoals; ++n) {
      const auto i = std::to_string(n);
      const auto typed = [&](const std::string& name) -> json::value {
        const auto* value = extra.if_contains("typed_" + name + "_" + i);
        return value ? *value : json::value("");
      };
      rows.push_back(json::object{{"n", n}, {"goal", typed("goal")}, {"strategies", typed("strategies")},
                                  {"indicators", typed("indicators")}, {"tools", typed("tools")}});
    }
    data["goal_rows"] = rows;
  }
}

Response Show(const Deps& deps, const Request& request, View view, json::object extra = {}, int status = 200) {
  auto db = deps.database.Acquire();
  TechPlansStore store(*db, deps.tenant.id);
  auto place = FindPlace(deps, store, request);
  if (!place) return features::Failure(request, place.error(), deps.views);
  auto data = view == View::kPlan ? PlanJson(deps, store, *place) : CertificationJson(deps, store, *place);
  if (!data) return features::Failure(request, data.error(), deps.views);
  if (view == View::kPlan) {
    PlanValues(*data, extra);
  } else {
    (*data)["v"] = (*data)["certification"];
    Typed(*data, extra);
  }
  if (auto saved = request.Query("saved")) (*data)["saved_" + std::string(*saved)] = true;
  // The policy a refused file was for stays chosen.
  if (const auto* slot = extra.if_contains("typed_slot"); slot && slot->is_string()) {
    if (auto* slots = data->if_contains("file_slots"); slots && slots->is_array()) {
      for (auto& s : slots->as_array()) s.as_object()["selected"] = s.as_object().at("code") == *slot;
    }
  }
  (*data)["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  const bool plan = view == View::kPlan;
  const std::string title = std::string(plan ? "Technology plan of " : "Digital citizenship certification of ") +
                            place->school.name + " · " + place->cohort.ShortName();
  return deps.views.Page(request, plan ? "techplans/plan" : "techplans/certification", title, std::move(*data),
                         "schools", status);
}

Response Api(const Deps& deps, const Request& request, View view) {
  auto db = deps.database.Acquire();
  TechPlansStore store(*db, deps.tenant.id);
  auto place = FindPlace(deps, store, request);
  if (!place) return features::Failure(request, place.error(), deps.views);
  auto data = view == View::kPlan ? PlanJson(deps, store, *place) : CertificationJson(deps, store, *place);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

core::Result<json::object> Compared(const Deps& deps, const Request& request) {
  auto from = features::IntParam(request, "from", 1, 100000);
  if (!from) return std::unexpected(from.error());
  auto to = features::IntParam(request, "to", 1, 100000);
  if (!to) return std::unexpected(to.error());
  auto db = deps.database.Acquire();
  TechPlansStore store(*db, deps.tenant.id);
  auto place = FindPlace(deps, store, request);
  if (!place) return std::unexpected(place.error());
  return CompareJson(deps, store, *place, static_cast<int>(from->value_or(1)), static_cast<int>(to->value_or(1)));
}

Response ComparePage(const Deps& deps, const Request& request) {
  auto data = Compared(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  const std::string title = "Technology plan of " + std::string((*data)["school"].at("name").as_string()) +
                            ": versions compared";
  return deps.views.Page(request, "techplans/compare", title, std::move(*data), "schools");
}

Response CompareApi(const Deps& deps, const Request& request) {
  auto data = Compared(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

core::Result<json::object> Overview(const Deps& deps, const Request& request,
                                    features::RowsHtml* rows_html = nullptr) {
  auto db = deps.database.Acquire();
  TechPlansStore store(*db, deps.tenant.id);
  return OverviewJson(deps, store, request, rows_html);
}

Response OverviewPage(const Deps& deps, const Request& request, json::object extra = {}, int status = 200) {
  features::RowsHtml rows;
  auto data = Overview(deps, request, &rows);
  if (!data) return features::Failure(request, data.error(), deps.views);
  (*data)["rows_html"] = features::RowsHtml::kMarker;
  for (auto& [key, value] : extra) (*data)[key] = value;
  if (auto saved = request.Query("saved")) (*data)["saved_" + std::string(*saved)] = true;
  (*data)["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  const std::string title = "Technology plans and certifications of " +
                            std::string((*data)["cohort"].at("short_name").as_string());
  auto response = deps.views.Page(request, "techplans/overview", title, std::move(*data), "cohorts", status);
  if (response.status == status) response.body = rows.Splice(response.body);
  return response;
}

Response OverviewApi(const Deps& deps, const Request& request) {
  auto data = Overview(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  return features::Json(*data);
}

// A file posted as multipart/form-data from the page: back to the page with it listed, or the
// page again with the message and the slot chosen.
Response FilePost(const Deps& deps, const Request& request, bool certificate) {
  auto sent = features::ReadFormWithFile(request, false);
  if (!sent) return features::Failure(request, sent.error(), deps.views);
  auto done = AttachPlanFile(deps, request, *sent, certificate);
  const core::Result<void> outcome = done ? core::Result<void>{} : core::Result<void>{std::unexpected(done.error())};
  const auto page = "/cohorts/" + std::string(request.Param("slug")) + "/schools/" + std::string(request.Param("school")) +
                    (certificate ? "/certification" : "/technology-plan");
  return features::AfterForm(deps, request, outcome, page + "?saved=files#files", "files", sent->fields,
                             [&](json::object extra, int status) {
                               return Show(deps, request, certificate ? View::kCertification : View::kPlan,
                                           std::move(extra), status);
                             });
}

Response FileApiPost(const Deps& deps, const Request& request, bool certificate) {
  auto sent = features::ReadFormWithFile(request, true);
  if (!sent) return features::Failure(request, sent.error(), deps.views);
  auto done = AttachPlanFile(deps, request, *sent, certificate);
  if (!done) return features::Failure(request, done.error(), deps.views);
  return features::Json(*done, 201);
}

struct Post {
  std::string path;  // the full pattern
  std::string action;
  Change change;
  std::string form;
  std::string back;  // the page a success lands on, after the cohort/school part
  int api_status;
};

std::string Back(const Request& request, const Post& post) {
  if (post.back == "overview") return "/cohorts/" + std::string(request.Param("slug")) + "/certifications";
  return "/cohorts/" + std::string(request.Param("slug")) + "/schools/" + std::string(request.Param("school")) + "/" +
         post.back;
}

Response FormPost(const Deps& deps, const Request& request, const Post& post) {
  const auto fields = features::FormFields(request);
  auto done = post.change(deps, request, fields);
  const core::Result<void> outcome = done ? core::Result<void>{} : core::Result<void>{std::unexpected(done.error())};
  return features::AfterForm(deps, request, outcome, Back(request, post) + "?saved=" + post.form + "#" + post.form,
                             post.form, fields, [&](json::object extra, int status) {
                               if (post.back == "overview") return OverviewPage(deps, request, std::move(extra), status);
                               const auto view = post.back == "certification" ? View::kCertification : View::kPlan;
                               return Show(deps, request, view, std::move(extra), status);
                             });
}

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  const std::string school = "/cohorts/{slug}/schools/{school}";
  const std::string plan = school + "/technology-plan";
  const std::string cert = school + "/certification";
  std::vector<http::Route> routes{
      {Method::kGet, plan, "techplans.read", Surface::kPage, [&deps](const Request& r) { return Show(deps, r, View::kPlan); }},
      {Method::kGet, "/api/v1" + plan, "techplans.read", Surface::kApi,
       [&deps](const Request& r) { return Api(deps, r, View::kPlan); }},
      {Method::kGet, plan + "/compare", "techplans.read", Surface::kPage, features::Bind(deps, &ComparePage)},
      {Method::kGet, "/api/v1" + plan + "/compare", "techplans.read", Surface::kApi, features::Bind(deps, &CompareApi)},
      {Method::kGet, cert, "techplans.read", Surface::kPage,
       [&deps](const Request& r) { return Show(deps, r, View::kCertification); }},
      {Method::kGet, "/api/v1" + cert, "techplans.read", Surface::kApi,
       [&deps](const Request& r) { return Api(deps, r, View::kCertification); }},
      {Method::kGet, plan + "/files/{file}", "techplans.read", Surface::kPage, features::Bind(deps, &PlanFileDownload)},
      {Method::kGet, cert + "/files/{file}", "techplans.read", Surface::kPage, features::Bind(deps, &PlanFileDownload)},
      // A file comes as multipart/form-data, so these read their own body.
      {Method::kPost, plan + "/files", "techplans.write", Surface::kPage,
       [&deps](const Request& r) { return FilePost(deps, r, false); }},
      {Method::kPost, "/api/v1" + plan + "/files", "techplans.write", Surface::kApi,
       [&deps](const Request& r) { return FileApiPost(deps, r, false); }},
      {Method::kPost, cert + "/files", "certification.record", Surface::kPage,
       [&deps](const Request& r) { return FilePost(deps, r, true); }},
      {Method::kPost, "/api/v1" + cert + "/files", "certification.record", Surface::kApi,
       [&deps](const Request& r) { return FileApiPost(deps, r, true); }},
  };
  for (auto& route : routes) route.resource = SchoolResolver(deps);
  routes.push_back({Method::kGet, "/cohorts/{slug}/certifications", "techplans.overview", Surface::kPage,
                    [&deps](const Request& r) { return OverviewPage(deps, r); }});
  routes.push_back({Method::kGet, "/api/v1/cohorts/{slug}/certifications", "techplans.overview", Surface::kApi,
                    features::Bind(deps, &OverviewApi)});
  routes[routes.size() - 2].resource = ListingResolver();
  routes.back().resource = ListingResolver();
  const std::vector<Post> posts{
      {plan, "techplans.write", &SavePlan, "plan", "technology-plan", 200},
      {plan + "/submit", "techplans.write", &SubmitPlan, "submit", "technology-plan", 200},
      {plan + "/comments", "techplans.comment", &CommentOnPlan, "comments", "technology-plan", 201},
      {plan + "/return", "techplans.review", &ReturnPlan, "review", "technology-plan", 200},
      {plan + "/approve", "techplans.review", &ApprovePlan, "review", "technology-plan", 200},
      {cert, "certification.record", &RecordCertification, "record", "certification", 200},
      {cert + "/verify", "certification.verify", &VerifyCertification, "verify", "certification", 200},
      {"/cohorts/{slug}/certifications/deadline", "certification.manage", &SetDeadline, "deadline", "overview", 200},
  };
  for (const auto& post : posts) {
    http::Route page{Method::kPost, post.path, post.action, Surface::kPage,
                     [&deps, post](const Request& r) { return FormPost(deps, r, post); }};
    http::Route api{Method::kPost, "/api/v1" + post.path, post.action, Surface::kApi,
                    [&deps, post](const Request& r) { return features::ApiPost(deps, r, post.change, post.api_status); }};
    for (auto* route : {&page, &api}) {
      route->resource = post.back == "overview" ? ListingResolver() : SchoolResolver(deps);
      routes.push_back(std::move(*route));
    }
  }
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::techplans
