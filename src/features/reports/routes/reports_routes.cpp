// GET /cohorts/{slug}/reports lists the cohort's reports the person may read (a local
// district's director: their own local district's only) with the form that builds one; staff
// also choose the evidence under each core value and schedule the monthly e-mail. A report's
// snapshot is served as it was built, HTML at /reports/{id} and PDF at /reports/{id}/report.pdf.
#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>

#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"
#include "core/plural.hpp"
#include "core/text.hpp"
#include "features/cohorts/published/cohort_refs.hpp"
#include "features/kit/access.hpp"
#include "features/kit/change.hpp"
#include "features/kit/form_posts.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "features/reports/domain/report_scope.hpp"
#include "features/reports/routes/register.hpp"
#include "features/reports/routes/report_build.hpp"

namespace practica::reports {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;
using http::Request;
using http::Response;

namespace {

core::SchoolScope ScopeFor(const Deps& deps, const Request& request) {
  return features::ScopeOf(deps, *request.principal, "reports.read");
}

bool MayChoose(const Deps& deps, const Request& request) {
  return features::Allows(deps, *request.principal, "reports.manage", auth::Resource{0, 0, 0, true});
}

core::Result<core::CohortRef> CohortOf(db::Connection& db, const Deps& deps, const Request& request) {
  auto cohort = cohorts::FindCohortRef(db, deps.tenant.id, request.Param("slug"));
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) {
    return Fail(ErrorCode::kNotFound, "There is no cohort \"" + std::string(request.Param("slug")) + "\".");
  }
  return **cohort;
}

std::string When(const Deps& deps, std::optional<std::int64_t> at) {
  return at ? core::FormatLongDateTime(deps.tenant.zone.ToLocal(*at)) : "";
}

json::object ReportJson(const Deps& deps, const ReportRow& r) {
  const std::string url = "/reports/" + std::to_string(r.id);
  const bool ready = r.state == ReportState::kReady;
  json::object out{{"id", r.id},
                    {"scope", r.scope_label},
                    {"state", StateName(r.state)},
                    {"ready", ready},
                    {"building", r.state == ReportState::kBuilding},
                    {"failed", r.state == ReportState::kFailed},
                    {"error", r.error},
                    {"scheduled", r.notify_person_id.has_value()},
                    {"requested_at", deps.tenant.zone.FormatIso(r.requested_at)},
                    {"requested_label", When(deps, r.requested_at)},
                    {"built_at", r.built_at ? json::value(deps.tenant.zone.FormatIso(*r.built_at)) : json::value(nullptr)},
                    {"built_label", When(deps, r.built_at)},
                    {"schools", r.school_count ? json::value(*r.school_count) : json::value(nullptr)},
                    {"schools_text", r.school_count ? core::Counted(*r.school_count, "school", "schools") : ""}};
  if (ready) {
    out["html_url"] = url;
    out["pdf_url"] = url + "/report.pdf";
  }
  return out;
}

// The cohort's reports the person may read, and what the page's forms need.
core::Result<json::object> ListData(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  auto cohort = CohortOf(*db, deps, request);
  if (!cohort) return std::unexpected(cohort.error());
  ReportsStore store(*db, deps.tenant.id);
  auto rows = store.ForCohort(cohort->id);
  if (!rows) return std::unexpected(rows.error());
  const auto scope = ScopeFor(deps, request);
  json::array reports;
  for (const auto& row : *rows) {
    if (MayRead(scope, row.local_district_id)) reports.emplace_back(ReportJson(deps, row));
  }
  auto districts = store.LocalDistricts(cohort->id);
  if (!districts) return std::unexpected(districts.error());
  json::array choices;
  for (const auto& d : *districts) {
    if (scope.everything || MayRead(scope, d.id)) {
      choices.emplace_back(json::object{{"slug", d.slug}, {"name", d.name}});
    }
  }
  // Last year's reports are a click away: a director compares this year with the one before.
  auto all = cohorts::AllCohortRefs(*db, deps.tenant.id);
  if (!all) return std::unexpected(all.error());
  json::array others;
  for (const auto& c : *all) {
    if (c.id == cohort->id) continue;
    others.emplace_back(json::object{{"name", c.ShortName()}, {"url", "/cohorts/" + c.slug + "/reports"}});
  }
  const bool has_others = !others.empty();
  json::object out{{"cohort", json::object{{"slug", cohort->slug}, {"name", cohort->ShortName()}, {"label", cohort->Label()},
                                           {"url", "/cohorts/" + cohort->slug}}},
                   {"other_cohorts", std::move(others)},
                   {"has_other_cohorts", has_others},
                   {"has_reports", !reports.empty()},
                   {"reports", std::move(reports)},
                   {"whole_cohort", scope.everything},
                   {"local_districts", std::move(choices)}};
  if (MayChoose(deps, request)) {
    auto evidence = store.Evidence(cohort->id);
    auto monthly = evidence ? store.Monthly(cohort->id) : std::unexpected(evidence.error());
    if (!monthly) return std::unexpected(monthly.error());
    json::array values;
    for (const auto& value : CoreValues()) {
      const auto& chosen = evidence->at(std::string(value.key));
      json::array kinds;
      for (const auto& kind : EvidenceKinds()) {
        const bool on = std::find(chosen.begin(), chosen.end(), kind.key) != chosen.end();
        kinds.emplace_back(json::object{{"key", kind.key}, {"label", kind.label}, {"chosen", on},
                                        {"field", "evidence." + std::string(value.key) + "." + std::string(kind.key)}});
      }
      values.emplace_back(json::object{{"key", value.key}, {"number", value.number}, {"title", value.title},
                                       {"text", value.text}, {"kinds", std::move(kinds)}});
    }
    out["may_choose"] = true;
    out["values"] = std::move(values);
    out["monthly"] = *monthly;
  }
  return out;
}

Response ListPage(const Deps& deps, const Request& request, const json::object& typed, int status) {
  auto data = ListData(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  for (const auto& [key, value] : typed) (*data)[key] = value;
  if (const auto* field = typed.if_contains("error_field"); field && field->is_string()) {
    (*data)["error_on_" + std::string(field->as_string())] = true;
  }
  if (auto saved = request.Query("saved")) (*data)["saved_" + std::string(*saved)] = true;
  (*data)["csrf_token"] = request.principal->csrf_token;
  const std::string title = std::string((*data)["cohort"].as_object()["name"].as_string()) + ": progress reports";
  return deps.views.Page(request, "reports/reports", title, std::move(*data), "cohorts", status);
}

Response PlainList(const Deps& deps, const Request& request) { return ListPage(deps, request, {}, 200); }

// The build was committed: have this server's runner start it now rather than at its next poll.
void WakeRunner(const Deps& deps) {
  if (deps.wake_jobs != nullptr && *deps.wake_jobs) (*deps.wake_jobs)();
}

Response ListApi(const Deps& deps, const Request& request) {
  auto data = ListData(deps, request);
  if (!data) return features::Failure(request, data.error(), deps.views);
  for (const char* key : {"has_reports", "whole_cohort"}) data->erase(key);
  return features::Json(*data);
}

auth::AuditEntry Entry(std::string type, std::string id, json::object after, std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = std::move(type);
  entry.record_id = std::move(id);
  entry.after_json = json::serialize(after);
  entry.reason = std::move(reason);
  return entry;
}

core::Result<json::object> QueueBuild(const Deps& deps, const Request& request, const Fields& fields) {
  const auto scope = ScopeFor(deps, request);
  const auto now = deps.clock.NowUtcSeconds();
  return features::RunChange(deps, request, "reports.build", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    auto cohort = CohortOf(db, deps, request);
    if (!cohort) return std::unexpected(cohort.error());
    ReportsStore store(db, deps.tenant.id);
    auto districts = store.LocalDistricts(cohort->id);
    if (!districts) return std::unexpected(districts.error());
    const std::string wanted = features::Get(fields, "local_district");
    std::optional<std::int64_t> requested;
    std::string label = "Every school";
    if (!wanted.empty()) {
      auto found = std::ranges::find_if(*districts, [&](const LocalDistrictChoice& d) { return d.slug == wanted; });
      if (found == districts->end()) {
        return Fail(ErrorCode::kInvalidInput,
                    "No school of " + cohort->ShortName() + " is in a local district \"" + wanted +
                        "\"; choose one of the list.",
                    {}, "local_district");
      }
      requested = found->id;
    }
    auto covered = CoveredBy(scope, requested);
    if (!covered) return std::unexpected(covered.error());
    if (*covered) {
      auto found = std::ranges::find_if(*districts, [&](const LocalDistrictChoice& d) { return d.id == **covered; });
      if (found == districts->end()) {
        return Fail(ErrorCode::kInvalidInput, "No school of " + cohort->ShortName() + " is in your local district.", {},
                    "local_district");
      }
      label = found->name;
    }
    auto report = QueueReport(db, deps.tenant.id,
                              {cohort->id, *covered, label, request.principal->person_id, now, std::nullopt});
    if (!report) return std::unexpected(report.error());
    auto answer = ReportJson(deps, *report);
    answer["url"] = "/cohorts/" + cohort->slug + "/reports";
    return Changed<json::object>{answer,
                                 {Entry("progress_report", std::to_string(report->id), answer,
                                        "asked for " + cohort->ShortName() + "'s progress report: " + label)},
                                 {}};
  });
}

core::Result<json::object> BuildReport(const Deps& deps, const Request& request, const Fields& fields) {
  auto queued = QueueBuild(deps, request, fields);
  if (queued) WakeRunner(deps);
  return queued;
}

// The page sends one checkbox per value and kind ("evidence.creators.exemplars") with
// "evidence_form"; the API one comma-separated list per value it changes ("evidence.creators").
core::Result<EvidenceChoice> ChoiceFrom(const Fields& fields) {
  EvidenceChoice choice;
  const bool from_page = fields.contains("evidence_form");
  for (const auto& value : CoreValues()) {
    const std::string name = "evidence." + std::string(value.key);
    if (from_page) {
      auto& kinds = choice[std::string(value.key)];
      for (const auto& kind : EvidenceKinds()) {
        if (features::Yes(fields, name + "." + std::string(kind.key))) kinds.emplace_back(kind.key);
      }
    } else if (auto listed = fields.find(name); listed != fields.end()) {
      auto& kinds = choice[std::string(value.key)];
      std::string_view text = listed->second;
      while (!text.empty()) {
        const auto comma = text.find(',');
        auto key = core::Trim(text.substr(0, comma));
        if (!key.empty()) kinds.emplace_back(key);
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
      }
    }
  }
  for (const auto& [key, _] : fields) {
    if (key.starts_with("evidence.") && key.find('.', 9) == std::string::npos && !FindValue(key.substr(9))) {
      return Fail(ErrorCode::kInvalidInput, "\"" + key.substr(9) + "\" is not one of the Task Force's six core values.", {},
                  key);
    }
  }
  if (choice.empty()) {
    return Fail(ErrorCode::kInvalidInput,
                "Name the evidence under at least one value, e.g. \"evidence.creators\": \"challenges,exemplars\".", {},
                "evidence");
  }
  if (auto checked = CheckChoice(choice); !checked) return std::unexpected(checked.error());
  return choice;
}

core::Result<json::object> ChooseEvidence(const Deps& deps, const Request& request, const Fields& fields) {
  auto choice = ChoiceFrom(fields);
  if (!choice) return std::unexpected(choice.error());
  return features::RunChange(deps, request, "reports.manage", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    auto cohort = CohortOf(db, deps, request);
    if (!cohort) return std::unexpected(cohort.error());
    ReportsStore store(db, deps.tenant.id);
    auto before = store.Evidence(cohort->id);
    if (!before) return std::unexpected(before.error());
    if (auto set = store.SetEvidence(cohort->id, *choice); !set) return std::unexpected(set.error());
    auto after = store.Evidence(cohort->id);
    if (!after) return std::unexpected(after.error());
    json::object evidence;
    for (const auto& [value, kinds] : *after) {
      json::array list;
      for (const auto& kind : kinds) list.emplace_back(kind);
      evidence[value] = std::move(list);
    }
    json::object answer{{"cohort", cohort->slug}, {"evidence", evidence}, {"url", "/cohorts/" + cohort->slug + "/reports"}};
    if (*before == *after) return Changed<json::object>{answer, {}, {}};
    return Changed<json::object>{answer,
                                 {Entry("report_evidence", cohort->slug, json::object{{"evidence", evidence}},
                                        "chose the evidence under each core value for " + cohort->ShortName() + "'s reports")},
                                 {}};
  });
}

core::Result<json::object> Schedule(const Deps& deps, const Request& request, const Fields& fields) {
  const bool monthly = features::Yes(fields, "monthly");
  const auto now = deps.clock.NowUtcSeconds();
  return features::RunChange(deps, request, "reports.manage", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    auto cohort = CohortOf(db, deps, request);
    if (!cohort) return std::unexpected(cohort.error());
    ReportsStore store(db, deps.tenant.id);
    auto before = store.Monthly(cohort->id);
    if (!before) return std::unexpected(before.error());
    json::object answer{{"cohort", cohort->slug}, {"monthly", monthly}, {"url", "/cohorts/" + cohort->slug + "/reports"}};
    if (*before == monthly) return Changed<json::object>{answer, {}, {}};
    if (auto set = store.SetMonthly(cohort->id, monthly, request.principal->person_id, now); !set) {
      return std::unexpected(set.error());
    }
    return Changed<json::object>{answer,
                                 {Entry("report_schedule", cohort->slug, json::object{{"monthly", monthly}},
                                        monthly ? "scheduled " + cohort->ShortName() + "'s monthly reports to directors"
                                                : "stopped " + cohort->ShortName() + "'s monthly reports to directors")},
                                 {}};
  });
}

// The report, if the person may read it: kNotFound otherwise, so a director cannot tell another
// local district's report from one that does not exist.
core::Result<ReportRow> Readable(const Deps& deps, const Request& request, ReportsStore& store) {
  const auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
  std::optional<ReportRow> report;
  if (id) {
    auto found = store.Find(*id);
    if (!found) return std::unexpected(found.error());
    report = std::move(*found);
  }
  if (!report || !MayRead(ScopeFor(deps, request), report->local_district_id)) {
    return Fail(ErrorCode::kNotFound, "There is no report " + std::string(request.Param("id")) +
                                          " you can read; a cohort's reports are listed on its progress reports page.");
  }
  return std::move(*report);
}

Response Snapshot(const Deps& deps, const Request& request, bool pdf) {
  auto db = deps.database.Acquire();
  ReportsStore store(*db, deps.tenant.id);
  auto report = Readable(deps, request, store);
  if (!report) return features::Failure(request, report.error(), deps.views);
  auto bytes = pdf ? store.Pdf(report->id) : store.Html(report->id);
  if (!bytes) return features::Failure(request, bytes.error(), deps.views);
  if (!*bytes) {
    return features::Failure(request,
                             core::Error{ErrorCode::kConflict,
                                         report->state == ReportState::kFailed
                                             ? "This report could not be built: " + report->error + " Build it again."
                                             : "This report is still being built; the jobs page shows how far it is.",
                                         {}, {}},
                             deps.views);
  }
  Response response;
  response.body = std::move(**bytes);
  if (pdf) {
    response.content_type = "application/pdf";
    response.Header("Content-Disposition",
                    "attachment; filename=\"progress-report-" + std::to_string(report->id) + ".pdf\"");
  } else {
    response.content_type = "text/html; charset=utf-8";
    // The snapshot carries its own styles and nothing else: no script runs in it.
    response.Header("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none';"
                    " frame-ancestors 'none'");
  }
  response.Header("Cache-Control", "private, max-age=0");
  return response;
}

Response Html(const Deps& deps, const Request& request) { return Snapshot(deps, request, false); }
Response Pdf(const Deps& deps, const Request& request) { return Snapshot(deps, request, true); }

Response OneApi(const Deps& deps, const Request& request) {
  auto db = deps.database.Acquire();
  ReportsStore store(*db, deps.tenant.id);
  auto report = Readable(deps, request, store);
  if (!report) return features::Failure(request, report.error(), deps.views);
  return features::Json(ReportJson(deps, *report));
}

std::string BackToList(const Request& request, const json::object&) {
  return "/cohorts/" + std::string(request.Param("slug")) + "/reports?saved=1";
}

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  using features::Bind;
  using http::Method;
  using http::Surface;
  std::vector<http::Route> routes{
      {Method::kGet, "/cohorts/{slug}/reports", "reports.read", Surface::kPage, Bind(deps, &PlainList)},
      {Method::kGet, "/api/v1/cohorts/{slug}/reports", "reports.read", Surface::kApi, Bind(deps, &ListApi)},
      {Method::kGet, "/reports/{id}/report.pdf", "reports.read", Surface::kPage, Bind(deps, &Pdf)},
      {Method::kGet, "/reports/{id}", "reports.read", Surface::kPage, Bind(deps, &Html)},
      {Method::kGet, "/api/v1/reports/{id}", "reports.read", Surface::kApi, Bind(deps, &OneApi)},
  };
  features::AddPostRoutes(routes, deps, {
      {"/cohorts/{slug}/reports", "reports.build", &BuildReport, &ListPage, &BackToList, 202},
      {"/cohorts/{slug}/reports/evidence", "reports.manage", &ChooseEvidence, &ListPage, &BackToList, 200},
      {"/cohorts/{slug}/reports/schedule", "reports.manage", &Schedule, &ListPage, &BackToList, 200},
  });
  for (auto& route : routes) {
    route.resource = [](const Request&) -> core::Result<auth::Resource> { return auth::Resource{0, 0, 0, true}; };
  }
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::reports
