// Reviewing one application: …/application/reviewers, /reviews, /site-visit and /decision, as
// page forms and as JSON. A decision from the page asks for confirmation first.
#include "features/applications/routes/application_page.hpp"
#include "features/applications/routes/decision_changes.hpp"
#include "features/applications/routes/page_kit.hpp"
#include "features/applications/routes/register.hpp"
#include "features/applications/routes/review_changes.hpp"
#include "features/kit/respond.hpp"

namespace practica::applications {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

std::string PageUrl(const Request& r) {
  return "/cohorts/" + std::string(r.Param("slug")) + "/schools/" + std::string(r.Param("school")) + "/application";
}

using FieldChange = core::Result<AuditNote> (*)(const Deps&, const Request&, const Fields&);

http::Handler PageForm(const Deps& deps, std::string form, FieldChange change) {
  return [&deps, form, change](const Request& r) {
    const auto fields = FormFields(r);
    return AfterForm(deps, r, change(deps, r, fields), PageUrl(r) + "#" + form, form, fields,
                     [&](json::object extra, int status) { return ApplicationPage(deps, r, std::move(extra), status); });
  };
}

http::Handler ApiForm(const Deps& deps, FieldChange change) {
  return [&deps, change](const Request& r) {
    auto body = JsonBody(r);
    if (!body) return features::Failure(r, body.error(), deps.views);
    return ApiAfterChange(deps, r, change(deps, r, FlatFields(*body)));
  };
}

core::Result<AuditNote> ReviewFromForm(const Deps& deps, const Request& r, const Fields& fields) {
  return SaveReview(deps, r, ScoresFromForm(fields));
}

// A decision from the page is recorded only after the person has seen it named, with anything
// else to confirm, and said yes: until then the page comes back with the confirmation and every
// value kept.
Response DecisionForm(const Deps& deps, const Request& r) {
  const auto fields = FormFields(r);
  auto preview = DecisionPreview(deps, r, fields);
  if (!preview) return features::Failure(r, preview.error(), deps.views);
  if (*preview) {
    const int status = (*preview)->contains("error") ? 422 : 200;
    json::object extra{{"confirm_decision", std::move(**preview)}};
    for (const auto& [key, value] : fields) {
      if (key != "csrf_token") extra["typed_" + key] = value;
    }
    return ApplicationPage(deps, r, std::move(extra), status);
  }
  return AfterForm(deps, r, Decide(deps, r, fields), PageUrl(r) + "#decision", "decision", fields,
                   [&](json::object extra, int status) { return ApplicationPage(deps, r, std::move(extra), status); });
}


}  // namespace

core::Result<void> RegisterReviewRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  const std::string page = "/cohorts/{slug}/schools/{school}/application";
  const std::string api = "/api/v1/cohorts/{slug}/schools/{school}/application";
  std::vector<http::Route> routes = {
      ScopedRoute(Method::kPost, page + "/reviewers", "applications.manage", Surface::kPage,
             PageForm(deps, "reviewers", AssignReviewer), deps),
      ScopedRoute(Method::kPost, page + "/reviewers/{id}/remove", "applications.manage", Surface::kPage,
             [&deps](const Request& r) {
               return AfterForm(deps, r, RemoveReviewer(deps, r, IdParam(r, "id")), PageUrl(r) + "#reviewers",
                                "reviewers", {}, [&](json::object extra, int status) {
                                  return ApplicationPage(deps, r, std::move(extra), status);
                                });
             }, deps),
      ScopedRoute(Method::kPost, page + "/reviews", "applications.review", Surface::kPage,
             PageForm(deps, "review", ReviewFromForm), deps),
      ScopedRoute(Method::kPost, page + "/site-visit", "applications.manage", Surface::kPage,
             PageForm(deps, "site-visit", RecordSiteVisit), deps),
      ScopedRoute(Method::kPost, page + "/decision", "applications.decide", Surface::kPage,
             [&deps](const Request& r) { return DecisionForm(deps, r); }, deps),
      ScopedRoute(Method::kPost, api + "/reviewers", "applications.manage", Surface::kApi,
             ApiForm(deps, AssignReviewer), deps),
      ScopedRoute(Method::kPost, api + "/reviewers/{id}/remove", "applications.manage", Surface::kApi,
             [&deps](const Request& r) { return ApiAfterChange(deps, r, RemoveReviewer(deps, r, IdParam(r, "id"))); },
             deps),
      ScopedRoute(Method::kPost, api + "/reviews", "applications.review", Surface::kApi,
             [&deps](const Request& r) {
               auto body = JsonBody(r);
               if (!body) return features::Failure(r, body.error(), deps.views);
               return ApiAfterChange(deps, r, SaveReview(deps, r, ScoresFromJson(*body)));
             }, deps),
      ScopedRoute(Method::kPost, api + "/site-visit", "applications.manage", Surface::kApi,
             ApiForm(deps, RecordSiteVisit), deps),
      ScopedRoute(Method::kPost, api + "/decision", "applications.decide", Surface::kApi, ApiForm(deps, Decide), deps),
  };
  for (auto& route : routes) {
    if (auto added = router.Add(std::move(route)); !added) return added;
  }
  return {};
}

}  // namespace practica::applications
