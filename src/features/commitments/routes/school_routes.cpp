// A school's checklist: GET /cohorts/{slug}/schools/{school}/commitments and its API twin, the
// team's evidence (a file, too, downloaded from …/{number}/files/{id}), the verifier's
// verification or return of one commitment ({number}).
#include <array>

#include "core/text.hpp"
#include "features/commitments/routes/changes.hpp"
#include "features/commitments/routes/checklist_reads.hpp"
#include "features/commitments/routes/checklist_view.hpp"
#include "features/kit/uploads.hpp"
#include "features/commitments/store/evidence_files_store.hpp"
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

// What a form post did, said on its item after the redirect (?submitted=4 and the like).
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kDone = {{
    {"submitted", "Evidence submitted; it waits for verification."},
    {"verified", "Verified."},
    {"returned", "Returned to the team with your note, which they are e-mailed."},
}};

void NoteWhatWasDone(const Request& request, ChecklistModel& model) {
  for (const auto& [done, text] : kDone) {
    const auto code = request.Query(done);
    if (!code) continue;
    for (auto& item : model.items) {
      if (item.code == *code) item.notice = text;
    }
  }
}

// Drawn from a view of the checklist's facts; the JSON twin only for the renderer-comparison
// test.
Response ChecklistPage(const Deps& deps, const Request& request,
                       const std::optional<FormProblem>& problem = std::nullopt, int status = 200) {
  const auto reads = ReadChecklist(deps, request);
  if (!reads) return features::Failure(request, reads.error(), deps.views);
  auto model = ModelOf(reads->AsChecklist(), problem);
  if (!problem) NoteWhatWasDone(request, model);
  model.page["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  const std::string title = "Commitments of " + reads->place.school.name + " · " + reads->place.cohort.ShortName();
  const ChecklistView view(model);
  return deps.views.Page(
      request, "commitments/checklist", title, view, [&] { return json::value(ChecklistJson(model)); },
      "schools", status);
}

// A form post: on success back to the item, at an address that differs from the checklist's
// by more than its #fragment (?submitted=4#commitment-4), so the browser loads the page afresh
// and says what was done where the person is; on a refusal the person can act on, the
// checklist again with the message on the item and what was typed.
Response FormAnswer(const Deps& deps, const Request& request, const core::Result<json::object>& done,
                    std::string_view what, const Fields& fields) {
  const std::string code(request.Param("number"));
  if (done) {
    return http::Redirect("/cohorts/" + std::string(request.Param("slug")) + "/schools/" +
                          std::string(request.Param("school")) + "/commitments?" + std::string(what) + "=" +
                          core::UrlEncode(code) + "#commitment-" + core::UrlEncode(code));
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

Response FormPost(const Deps& deps, const Request& request, Act act, std::string_view what) {
  const auto fields = FormFields(request);
  return FormAnswer(deps, request, act(deps, request, fields), what, fields);
}

// The evidence form: a plain form, or multipart/form-data when it carries a file.
Response EvidenceFormPost(const Deps& deps, const Request& request) {
  auto sent = ReadEvidenceRequest(request, false);
  if (!sent) return features::Failure(request, sent.error(), deps.views);
  return FormAnswer(deps, request, SubmitEvidence(deps, request, *sent), "submitted", sent->fields);
}

Response EvidenceApiPost(const Deps& deps, const Request& request) {
  auto sent = ReadEvidenceRequest(request, true);
  if (!sent) return features::Failure(request, sent.error(), deps.views);
  auto done = SubmitEvidence(deps, request, *sent);
  if (!done) return features::Failure(request, done.error(), deps.views);
  return features::Json(*done, 201);
}

// A file given as evidence, for whoever may read the checklist: always as a download with the
// type it was stored as, never shown inline, so a document cannot run in the page.
Response DownloadFile(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  CommitmentsStore store(*db, deps.tenant.id);
  auto place = FindPlace(store, request);
  if (!place) return features::Failure(request, place.error(), deps.views);
  auto items = store.ForSchool(place->cohort.id, place->school.id);
  if (!items) return features::Failure(request, items.error(), deps.views);
  const auto code = ParseCode(request.Param("number"));
  const auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
  std::optional<StoredEvidenceFile> file;
  for (const auto& item : *items) {
    if (!code || !id || !Matches(item.commitment, *code)) continue;
    auto read = EvidenceFilesStore(*db, deps.tenant.id).Read(item.commitment.id, *id);
    if (!read) return features::Failure(request, read.error(), deps.views);
    file = std::move(*read);
  }
  if (!file) {
    return features::Failure(request,
                             core::Error{core::ErrorCode::kNotFound,
                                         "Commitment " + std::string(request.Param("number")) + " of " +
                                             place->school.name + " has no such file; its checklist lists the "
                                             "files given.",
                                         {}, {}},
                             deps.views);
  }
  return features::FileDownload(file->info.name, file->info.content_type, std::move(file->bytes));
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
       [&deps](const Request& r) { return EvidenceFormPost(deps, r); }},
      {Method::kGet, page + "/{number}/files/{id}", "commitments.read", Surface::kPage,
       [&deps](const Request& r) { return DownloadFile(deps, r); }},
      {Method::kPost, page + "/{number}/verify", "commitments.verify", Surface::kPage,
       [&deps](const Request& r) { return FormPost(deps, r, &Verify, "verified"); }},
      {Method::kPost, page + "/{number}/return", "commitments.verify", Surface::kPage,
       [&deps](const Request& r) { return FormPost(deps, r, &ReturnEvidence, "returned"); }},
      {Method::kGet, api, "commitments.read", Surface::kApi,
       [&deps](const Request& r) {
         const auto reads = ReadChecklist(deps, r);
         if (!reads) return features::Failure(r, reads.error(), deps.views);
         return features::Json(ChecklistJson(reads->AsChecklist()));
       }},
      {Method::kPost, api + "/{number}/evidence", "commitments.submit", Surface::kApi,
       [&deps](const Request& r) { return EvidenceApiPost(deps, r); }},
      {Method::kGet, api + "/{number}/files/{id}", "commitments.read", Surface::kApi,
       [&deps](const Request& r) { return DownloadFile(deps, r); }},
      {Method::kPost, api + "/{number}/verify", "commitments.verify", Surface::kApi,
       [&deps](const Request& r) { return ApiPost(deps, r, &Verify, 200); }},
      {Method::kPost, api + "/{number}/return", "commitments.verify", Surface::kApi,
       [&deps](const Request& r) { return ApiPost(deps, r, &ReturnEvidence, 200); }},
  };
  for (auto& route : routes) route.resource = school;
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::commitments
