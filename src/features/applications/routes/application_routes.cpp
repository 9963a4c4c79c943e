// One school's application: /cohorts/{slug}/schools/{school}/application… (page and forms) and
// /api/v1/cohorts/{slug}/schools/{school}/application… (JSON).
#include <boost/json/object.hpp>

#include "core/text.hpp"
#include "features/applications/routes/application_changes.hpp"
#include "features/kit/uploads.hpp"
#include "features/applications/routes/application_page.hpp"
#include "features/applications/routes/application_view.hpp"
#include "features/applications/routes/page_kit.hpp"
#include "features/applications/routes/register.hpp"
#include "features/kit/respond.hpp"

namespace practica::applications {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

constexpr std::string_view kPage = "/cohorts/{slug}/schools/{school}/application";
constexpr std::string_view kApi = "/api/v1/cohorts/{slug}/schools/{school}/application";

std::string PageUrl(const Request& r) {
  return "/cohorts/" + std::string(r.Param("slug")) + "/schools/" + std::string(r.Param("school")) + "/application";
}

// A page form: the change, then the application page (at `anchor`), or the page again with
// the message and everything typed.
Response PageAnswer(const Deps& deps, const Request& r, const core::Result<AuditNote>& done, std::string_view form,
                    const Fields& typed) {
  return AfterForm(deps, r, done, PageUrl(r) + "#" + std::string(form), form, typed,
                   [&](json::object extra, int status) { return ApplicationPage(deps, r, std::move(extra), status); });
}

// The attachments section's forms: with JavaScript, htmx swaps only that section from the
// page the server answers, so answers typed but not yet saved above it stay as they are, and
// the list or the message appears where the person is. Without it, a redirect back to it.
Response AttachmentsAnswer(const Deps& deps, const Request& r, const core::Result<AuditNote>& done,
                           std::string notice) {
  if (done && r.IsHtmx()) return ApplicationPage(deps, r, json::object{{"notice_attachments", std::move(notice)}}, 200);
  return PageAnswer(deps, r, done, "attachments", {});
}

core::Result<std::vector<http::Part>> Upload(const Request& r) {
  return http::ParseMultipart(r.Header("content-type").value_or(""), r.body);
}

core::Result<AuditNote> AttachFrom(const Deps& deps, const Request& r) {
  auto parts = Upload(r);
  if (!parts) return std::unexpected(parts.error());
  return Attach(deps, r, http::FindPart(*parts, "file"));
}

// The file itself, for download: never shown inline, so a document cannot run in the page.
Response Download(const Deps& deps, const Request& r) {
  auto db = deps.database.Acquire();
  auto view = LoadView(deps, *db, r.Param("slug"), r.Param("school"));
  if (!view) return features::Failure(r, view.error(), deps.views);
  if (auto may = CheckMayRead(*view, StandingAt(deps, *r.principal, view->school)); !may) {
    return features::Failure(r, may.error(), deps.views);
  }
  if (!view->application) return features::Failure(r, NoApplication(view->school, view->setup.cohort), deps.views);
  auto file = ApplicationsStore(*db, deps.tenant.id).ReadAttachment(view->application->id, IdParam(r, "id"));
  if (!file) return features::Failure(r, file.error(), deps.views);
  if (!*file) {
    return features::Failure(r, core::Error{core::ErrorCode::kNotFound,
                                            view->school.name + "'s application has no such attachment; reload its page.",
                                            {}, {}},
                             deps.views);
  }
  return features::FileDownload((*file)->info.file_name, (*file)->info.content_type, std::move((*file)->bytes));
}


// A page form whose fields are the change's input, and are shown again when it is refused.
using FormChange = core::Result<AuditNote> (*)(const Deps&, const Request&, const Fields&);

http::Handler FormPost(const Deps& deps, FormChange change, std::string_view form) {
  return [&deps, change, form = std::string(form)](const Request& r) {
    const auto fields = FormFields(r);
    return PageAnswer(deps, r, change(deps, r, fields), form, fields);
  };
}

core::Result<AuditNote> SaveDraftForm(const Deps& deps, const Request& r, const Fields& fields) {
  return SaveDraft(deps, r, DraftFromForm(fields));
}

std::vector<http::Route> PageRoutes(const Deps& deps) {
  using http::Method;
  using http::Surface;
  const std::string page(kPage);
  return {
      ScopedRoute(Method::kGet, page, "applications.read", Surface::kPage,
             [&deps](const Request& r) { return ApplicationPage(deps, r); }, deps),
      ScopedRoute(Method::kPost, page, "applications.apply", Surface::kPage,
             [&deps](const Request& r) { return PageAnswer(deps, r, StartApplication(deps, r), "application", {}); }, deps),
      ScopedRoute(Method::kPost, page + "/draft", "applications.apply", Surface::kPage,
             FormPost(deps, &SaveDraftForm, "draft"), deps),
      ScopedRoute(Method::kPost, page + "/submit", "applications.apply", Surface::kPage,
             [&deps](const Request& r) { return PageAnswer(deps, r, Submit(deps, r), "submit", {}); }, deps),
      ScopedRoute(Method::kPost, page + "/withdraw", "applications.apply", Surface::kPage,
             FormPost(deps, &Withdraw, "withdraw"), deps),
      ScopedRoute(Method::kPost, page + "/attachments", "applications.apply", Surface::kPage,
             [&deps](const Request& r) { return AttachmentsAnswer(deps, r, AttachFrom(deps, r), "Attached."); }, deps),
      ScopedRoute(Method::kGet, page + "/attachments/{id}", "applications.read", Surface::kPage,
             [&deps](const Request& r) { return Download(deps, r); }, deps),
      ScopedRoute(Method::kPost, page + "/attachments/{id}/delete", "applications.apply", Surface::kPage,
             [&deps](const Request& r) {
               return AttachmentsAnswer(deps, r, RemoveAttachment(deps, r, IdParam(r, "id")), "Removed.");
             }, deps),
      ScopedRoute(Method::kPost, page + "/extension", "applications.manage", Surface::kPage,
             FormPost(deps, &GrantExtension, "extension"), deps),
  };
}

// A JSON change: the body, read as an object, is the change's input.
template <typename ChangeOf>
http::Handler JsonPost(const Deps& deps, ChangeOf change) {
  return [&deps, change](const Request& r) {
    auto body = JsonBody(r);
    if (!body) return features::Failure(r, body.error(), deps.views);
    return ApiAfterChange(deps, r, change(r, *body));
  };
}

Response ApplicationApi(const Deps& deps, const Request& r) {
  auto answer = ApplicationAnswer(deps, r);
  if (!answer) return features::Failure(r, answer.error(), deps.views);
  return features::Json(*answer);
}

// An extension's deadline comes as one local "deadline_at" (2018-04-13T16:00), the form's as a
// date and a time.
Response ExtensionApi(const Deps& deps, const Request& r) {
  auto body = JsonBody(r);
  if (!body) return features::Failure(r, body.error(), deps.views);
  auto fields = FlatFields(*body);
  if (fields.contains("deadline_at")) {
    const auto& at = fields["deadline_at"];
    fields["deadline_on"] = at.substr(0, at.find('T'));
    fields["deadline_time"] = at.find('T') == std::string::npos ? "" : at.substr(at.find('T') + 1, 5);
  }
  auto done = GrantExtension(deps, r, fields);
  if (!done) return features::Failure(r, done.error(), deps.views);
  return features::Json(done->after, 201);
}

std::vector<http::Route> ApiRoutes(const Deps& deps) {
  using http::Method;
  using http::Surface;
  const std::string api(kApi);
  return {
      ScopedRoute(Method::kGet, api, "applications.read", Surface::kApi,
             [&deps](const Request& r) { return ApplicationApi(deps, r); }, deps),
      ScopedRoute(Method::kPost, api, "applications.apply", Surface::kApi,
             [&deps](const Request& r) { return ApiAfterChange(deps, r, StartApplication(deps, r), 201); }, deps),
      ScopedRoute(Method::kPost, api + "/draft", "applications.apply", Surface::kApi,
             JsonPost(deps, [&deps](const Request& r, const json::object& b) { return SaveDraft(deps, r, DraftFromJson(b)); }),
             deps),
      ScopedRoute(Method::kPost, api + "/submit", "applications.apply", Surface::kApi,
             [&deps](const Request& r) { return ApiAfterChange(deps, r, Submit(deps, r)); }, deps),
      ScopedRoute(Method::kPost, api + "/withdraw", "applications.apply", Surface::kApi,
             JsonPost(deps, [&deps](const Request& r, const json::object& b) { return Withdraw(deps, r, FlatFields(b)); }),
             deps),
      ScopedRoute(Method::kPost, api + "/attachments", "applications.apply", Surface::kApi,
             [&deps](const Request& r) { return ApiAfterChange(deps, r, AttachFrom(deps, r), 201); }, deps),
      ScopedRoute(Method::kGet, api + "/attachments/{id}", "applications.read", Surface::kApi,
             [&deps](const Request& r) { return Download(deps, r); }, deps),
      ScopedRoute(Method::kPost, api + "/attachments/{id}/delete", "applications.apply", Surface::kApi,
             [&deps](const Request& r) { return ApiAfterChange(deps, r, RemoveAttachment(deps, r, IdParam(r, "id"))); },
             deps),
      ScopedRoute(Method::kPost, api + "/extension", "applications.manage", Surface::kApi,
             [&deps](const Request& r) { return ExtensionApi(deps, r); }, deps),
  };
}

}  // namespace

core::Result<void> RegisterApplicationRoutes(http::Router& router, const Deps& deps) {
  for (auto& routes : {PageRoutes(deps), ApiRoutes(deps)}) {
    for (auto route : routes) {
      if (auto added = router.Add(std::move(route)); !added) return added;
    }
  }
  return {};
}

}  // namespace practica::applications
