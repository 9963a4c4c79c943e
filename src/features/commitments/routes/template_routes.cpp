// A cohort's commitment template for district staff: GET /cohorts/{slug}/commitments/template
// with forms for the cohort's dates, each commitment and a new one, and issuing the template to
// the roster; the API reads it (anyone in the program) and changes it (directors, coordinators).
#include <boost/json/array.hpp>

#include "features/commitments/routes/register.hpp"
#include "features/commitments/routes/template_changes.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::commitments {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

struct TemplateProblem {
  std::string form;  // "dates", "issue", an item's code, or "new"
  std::string message;
  std::string field;
  Fields typed;
};

template <typename Enum>
json::array Options(const std::vector<Enum>& values, std::string_view (*code)(Enum),
                    std::string_view (*label)(Enum), const std::string& selected) {
  json::array options;
  for (auto value : values) {
    options.emplace_back(json::object{{"value", code(value)}, {"label", label(value)},
                                      {"selected", code(value) == selected}});
  }
  return options;
}

std::string_view VerifierOptionLabel(Verifier verifier) { return VerifierLabel(verifier); }

// The fields of one item's form, from what is saved or what was typed.
json::object FormModel(const Fields& fields) {
  static const std::vector<Verifier> kVerifiers = {Verifier::kCoach, Verifier::kDistrict};
  const std::string majority = Get(fields, "majority");
  return json::object{
      {"number", Get(fields, "number")},
      {"title", Get(fields, "title")},
      {"description", Get(fields, "description")},
      {"due_on", Get(fields, "due_on")},
      {"due_months", Get(fields, "due_months")},
      {"evidence_label", Get(fields, "evidence_label")},
      {"majority", !majority.empty() && majority != "0"},
      {"phase_options", Options(AllPhases(), &PhaseCode, &PhaseTitle, Get(fields, "phase"))},
      {"due_kind_options", Options(AllDueKinds(), &DueKindCode, &DueKindLabel, Get(fields, "due_kind"))},
      {"evidence_options",
       Options(AllEvidenceKinds(), &EvidenceKindCode, &EvidenceKindLabel, Get(fields, "evidence_kind"))},
      {"verifier_options", Options(kVerifiers, &VerifierCode, &VerifierOptionLabel, Get(fields, "verifier"))},
      {"verified_by_options",
       Options(AllVerifiedBy(), &VerifiedByCode, &VerifiedByLabel, Get(fields, "verified_by"))},
  };
}

Fields SavedFields(const json::object& item) {
  Fields fields;
  for (const char* name : {"phase", "title", "description", "due_kind", "evidence_kind", "evidence_label",
                           "verifier", "verified_by"}) {
    fields[name] = std::string(item.at(name).as_string());
  }
  fields["number"] = std::to_string(item.at("number").as_int64());
  fields["due_on"] = item.at("due_on").is_string() ? std::string(item.at("due_on").as_string()) : "";
  const auto months = item.at("due_months").as_int64();
  fields["due_months"] = months > 0 ? std::to_string(months) : "";
  fields["majority"] = item.at("majority").as_bool() ? "1" : "";
  return fields;
}

json::object Notice(const Request& request) {
  const auto saved = request.Query("saved").value_or("");
  if (saved == "dates") return json::object{{"notice", "The dates are saved."}};
  if (saved == "item") return json::object{{"notice", "The commitment is saved."}};
  if (saved == "issued") {
    return json::object{{"notice", "Issued: " + std::string(request.Query("copies").value_or("0")) +
                                       " copies made for the schools of the roster."}};
  }
  return {};
}

Response TemplatePage(const Deps& deps, const Request& request,
                      const std::optional<TemplateProblem>& problem = std::nullopt, int status = 200) {
  auto data = TemplateJson(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  bool matched = false;
  json::array items;
  for (auto& value : (*data)["items"].as_array()) {
    auto item = value.as_object();
    const std::string code(item.at("code").as_string());
    const bool here = problem && problem->form == code;
    matched |= here;
    item["form"] = FormModel(here ? problem->typed : SavedFields(item));
    item["item_problem"] = here;
    item["verified_automatically"] = !item.at("verified_by").as_string().empty();
    if (here) {
      item["item_error"] = problem->message;
      item["item_error_field"] = problem->field;
    }
    items.emplace_back(std::move(item));
  }
  (*data)["items"] = std::move(items);
  const bool new_problem = problem && !matched && problem->form != "dates" && problem->form != "issue";
  Fields blank{{"phase", "ongoing"}, {"due_kind", "fixed"}, {"evidence_kind", "document"}, {"verifier", "coach"}};
  (*data)["new_form"] = FormModel(new_problem ? problem->typed : blank);
  if (new_problem) (*data)["new_error"] = problem->message;
  auto& calendar = (*data)["calendar"].as_object();
  json::object dates;
  for (const char* name : {"coach_starts_on", "instruction_starts_on", "support_ends_on"}) {
    const bool typed = problem && problem->form == "dates";
    dates[name] = typed ? json::value(Get(problem->typed, name))
                        : (calendar.at(name).is_string() ? calendar.at(name) : json::value(""));
  }
  (*data)["dates"] = std::move(dates);
  if (problem && problem->form == "dates") (*data)["dates_error"] = problem->message;
  if (problem && problem->form == "issue") (*data)["issue_error"] = problem->message;
  (*data)["has_not_issued"] = (*data)["schools_not_issued"].as_int64() > 0;
  for (auto& [key, value] : Notice(request)) (*data)[key] = value;
  (*data)["csrf_token"] = request.principal ? request.principal->csrf_token : "";
  const std::string title = "Commitment template of " + std::string((*data)["cohort"].at("short_name").as_string());
  return deps.views.Page(request, "commitments/template", title, std::move(*data), "home", status);
}

std::string ProblemForm(const std::string& kind, const Fields& fields) {
  if (kind != "item") return kind;
  const auto phase = ParsePhase(Get(fields, "phase"));
  const auto number = core::ParseInt(core::Trim(Get(fields, "number")), 1, 99);
  return phase && number ? Code(*phase, static_cast<int>(*number)) : "new";
}

Response FormPost(const Deps& deps, const Request& request, const std::string& kind) {
  const auto fields = FormFields(request);
  core::Result<json::object> done = kind == "dates" ? SaveDates(deps, request, fields)
                                    : kind == "item" ? SaveItem(deps, request, fields)
                                                     : IssueTemplate(deps, request);
  const std::string base = "/cohorts/" + std::string(request.Param("slug")) + "/commitments/template";
  if (done) {
    if (kind == "issue") {
      return http::Redirect(base + "?saved=issued&copies=" + std::to_string(done->at("copies").as_int64()));
    }
    return http::Redirect(base + "?saved=" + kind);
  }
  const auto code = done.error().code;
  if (code != core::ErrorCode::kInvalidInput && code != core::ErrorCode::kConflict) {
    return features::Failure(request, done.error(), deps.views);
  }
  TemplateProblem problem{ProblemForm(kind, fields), done.error().message, done.error().field, {}};
  for (const auto& [key, value] : fields) {
    if (key != "csrf_token") problem.typed[key] = value;
  }
  return TemplatePage(deps, request, problem, http::StatusOf(code));
}

Response ApiPost(const Deps& deps, const Request& request, const std::string& kind) {
  auto fields = JsonFields(request);
  if (!fields) return features::Failure(request, fields.error(), deps.views);
  auto done = kind == "dates" ? SaveDates(deps, request, *fields)
              : kind == "item" ? SaveItem(deps, request, *fields)
                               : IssueTemplate(deps, request);
  if (!done) return features::Failure(request, done.error(), deps.views);
  return features::Json(*done);
}

}  // namespace

core::Result<void> RegisterTemplateRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  const std::string page = "/cohorts/{slug}/commitments";
  const std::string api = "/api/v1/cohorts/{slug}/commitments";
  std::vector<http::Route> routes = {
      {Method::kGet, page + "/template", "commitments.manage", Surface::kPage,
       [&deps](const Request& r) { return TemplatePage(deps, r); }},
      {Method::kPost, page + "/template/dates", "commitments.manage", Surface::kPage,
       [&deps](const Request& r) { return FormPost(deps, r, "dates"); }},
      {Method::kPost, page + "/template/items", "commitments.manage", Surface::kPage,
       [&deps](const Request& r) { return FormPost(deps, r, "item"); }},
      {Method::kPost, page + "/issue", "commitments.manage", Surface::kPage,
       [&deps](const Request& r) { return FormPost(deps, r, "issue"); }},
      {Method::kPost, api + "/template/dates", "commitments.manage", Surface::kApi,
       [&deps](const Request& r) { return ApiPost(deps, r, "dates"); }},
      {Method::kPost, api + "/template/items", "commitments.manage", Surface::kApi,
       [&deps](const Request& r) { return ApiPost(deps, r, "item"); }},
      {Method::kPost, api + "/issue", "commitments.manage", Surface::kApi,
       [&deps](const Request& r) { return ApiPost(deps, r, "issue"); }},
  };
  if (auto added = features::AddRoutes(router, std::move(routes)); !added) return added;
  // The template is the agreement's own text: anyone with a role in the program may read it.
  http::Route read{Method::kGet, api + "/template", "commitments.read", Surface::kApi,
                   [&deps](const Request& r) {
                     auto data = TemplateJson(deps, r);
                     if (!data) return features::Failure(r, data.error(), deps.views);
                     return features::Json(*data);
                   }};
  read.resource = ListingResolver();
  return router.Add(std::move(read));
}

}  // namespace practica::commitments
