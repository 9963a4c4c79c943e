// Forms post urlencoded with the session's CSRF token; a refused form (422, 409) shows its page
// again with the message and what was typed; success goes on with a 303. The API takes JSON and
// answers the same changes.
#include "features/learning/routes/register.hpp"

#include "features/kit/form_posts.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "features/learning/routes/changes.hpp"
#include "features/learning/routes/pages.hpp"
#include "features/learning/routes/session_changes.hpp"
#include "features/learning/store/learning_store.hpp"

namespace practica::learning {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

using PageFn = Response (*)(const Deps&, const Request&, const json::object&, int);
using NextFn = std::string (*)(const Request&, const json::object&);
using ConfirmFn = std::optional<Response> (*)(const Deps&, const Request&, const features::Fields&);

std::string OfferingUrl(const Request& request, const json::object&) {
  return "/learning/" + std::string(request.Param("slug"));
}

std::string AttendanceSaved(const Request& request, const json::object&) {
  return "/learning/" + std::string(request.Param("slug")) + "/days/" +
         std::string(request.Param("day")) + "/attendance?saved=1";
}

std::string CreatedOffering(const Request&, const json::object& answer) {
  return "/learning/" + std::string(answer.at("slug").as_string());
}

Response FormPost(const Deps& deps, const Request& request, Change change, PageFn page,
                  NextFn next, ConfirmFn confirm) {
  const auto fields = features::FormFields(request);
  if (confirm != nullptr) {
    if (auto asked = confirm(deps, request, fields)) return std::move(*asked);
  }
  auto done = change(deps, request, fields);
  if (done) return http::Redirect(next(request, *done));
  const auto code = done.error().code;
  if (code != core::ErrorCode::kInvalidInput && code != core::ErrorCode::kConflict) {
    return features::Failure(request, done.error(), deps.views);
  }
  json::object typed{{"error", done.error().message}};
  if (!done.error().field.empty()) typed["error_on_" + done.error().field] = true;
  for (const auto& [key, value] : fields) typed["typed_" + key] = value;
  return page(deps, request, typed, http::StatusOf(code));
}

// The school of the path, for the policy: a team's registration is the school's business.
http::ResourceResolver SchoolResolver(const Deps& deps) {
  return [&deps](const Request& request) -> core::Result<auth::Resource> {
    auto db = deps.database.Acquire();
    auto school = LearningStore(*db, deps.tenant.id).FindSchool(request.Param("school"));
    if (!school) return std::unexpected(school.error());
    if (!*school) {
      return core::Fail(core::ErrorCode::kNotFound,
                        "There is no school \"" + std::string(request.Param("school")) + "\".");
    }
    return auth::Resource{(*school)->local_district_id, (*school)->id, 0, false};
  };
}

http::ResourceResolver Listing() {
  return [](const Request&) -> core::Result<auth::Resource> {
    return auth::Resource{0, 0, 0, true};
  };
}

struct Post {
  std::string pattern;  // after /learning (and /api/v1/learning)
  std::string action;
  Change change;
  PageFn page;
  NextFn next;
  int api_status;
  bool school_scoped;
  ConfirmFn confirm = nullptr;  // a form that asks before it changes anything
};

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  std::vector<http::Route> routes{
      {Method::kGet, "/learning", "learning.read", Surface::kPage, features::Bind(deps, &ListPage)},
      {Method::kGet, "/api/v1/learning", "learning.read", Surface::kApi,
       features::Bind(deps, &ListApi)},
      {Method::kGet, "/learning/new", "learning.manage", Surface::kPage,
       [&deps](const Request& r) { return NewPage(deps, r); }},
      {Method::kGet, "/learning/{slug}", "learning.read", Surface::kPage,
       [&deps](const Request& r) { return OfferingPage(deps, r); }},
      {Method::kGet, "/api/v1/learning/{slug}", "learning.read", Surface::kApi,
       features::Bind(deps, &OfferingApi)},
      {Method::kGet, "/learning/{slug}/edit", "learning.manage", Surface::kPage,
       [&deps](const Request& r) { return EditPage(deps, r); }},
      {Method::kGet, "/learning/{slug}/days/{day}/attendance", "learning.attendance",
       Surface::kPage, [&deps](const Request& r) { return AttendancePage(deps, r); }},
      {Method::kGet, "/cohorts/{slug}/learning", "learning.progress", Surface::kPage,
       features::Bind(deps, &ProgressPage)},
      {Method::kGet, "/api/v1/cohorts/{slug}/learning", "learning.progress", Surface::kApi,
       features::Bind(deps, &ProgressApi)},
  };
  for (auto& route : routes) {
    if (route.action != "learning.read") route.resource = Listing();
  }
  const std::vector<Post> posts{
      {"", "learning.manage", &CreateOffering, &NewPage, &CreatedOffering, 201, false},
      {"/{slug}/schools/{school}/registration", "learning.register", &RegisterTeam, &OfferingPage,
       &OfferingUrl, 201, true},
      {"/{slug}/schools/{school}/registration/swap", "learning.register", &SwapAttendee,
       &OfferingPage, &OfferingUrl, 200, true},
      {"/{slug}/schools/{school}/registration/cancel", "learning.register", &CancelTeam,
       &OfferingPage, &OfferingUrl, 200, true},
      {"/{slug}/enrolment", "learning.enrol", &Enrol, &OfferingPage, &OfferingUrl, 201, false},
      {"/{slug}/enrolment/cancel", "learning.enrol", &Unenrol, &OfferingPage, &OfferingUrl, 200,
       false},
      {"/{slug}/days/{day}/attendance", "learning.attendance", &TakeAttendance, &AttendancePage,
       &AttendanceSaved, 200, false},
      {"/{slug}/edit", "learning.manage", &EditSession, &EditPage, &OfferingUrl, 200, false},
      {"/{slug}/cancel", "learning.manage", &CancelSession, &OfferingPage, &OfferingUrl, 200, false,
       &ConfirmCancel},
  };
  for (const auto& post : posts) {
    http::Route page{Method::kPost, "/learning" + post.pattern, post.action, Surface::kPage,
                     [&deps, post](const Request& r) {
                       return FormPost(deps, r, post.change, post.page, post.next, post.confirm);
                     }};
    http::Route api{Method::kPost, "/api/v1/learning" + post.pattern, post.action, Surface::kApi,
                    [&deps, post](const Request& r) {
                      return features::ApiPost(deps, r, post.change, post.api_status);
                    }};
    for (auto* route : {&page, &api}) {
      if (post.school_scoped) {
        route->resource = SchoolResolver(deps);
      } else if (post.action != "learning.enrol") {
        route->resource = Listing();
      }
      routes.push_back(std::move(*route));
    }
  }
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::learning
