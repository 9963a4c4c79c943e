#include "features/reports/routes/report_build.hpp"

#include <functional>

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "features/cohorts/published/cohort_refs.hpp"
#include "features/dashboard/published/dashboard_reads.hpp"
#include "features/reports/domain/report_scope.hpp"
#include "features/reports/routes/report_model.hpp"
#include "jobs/payload.hpp"
#include "jobs/queue.hpp"
#include "jobs/schedule.hpp"

namespace practica::reports {
namespace json = boost::json;
namespace {

// A build is tried this many times (Chromium busy, the database away) before the report is
// marked failed with the last error, for staff to build again.
constexpr int kBuildAttempts = 3;

struct Built {
  std::string html;
  std::int64_t schools = 0;
  core::CohortRef cohort;
};

// Reads what the report shows, as it stands now, and writes its HTML.
core::Result<Built> Write(const http::Views& views, const features::Tenant& tenant, ReportsStore& store,
                          db::Connection& db, const ReportRow& report, std::int64_t now) {
  auto cohort = cohorts::CohortRefById(db, tenant.id, report.cohort_id);
  if (!cohort) return std::unexpected(cohort.error());
  if (!*cohort) return core::Fail(core::ErrorCode::kInvalidInput, "The report's cohort no longer exists.");
  auto aims = cohorts::AimsOf(db, tenant.id, report.cohort_id);
  if (!aims) return std::unexpected(aims.error());
  const auto local = tenant.zone.ToLocal(now);
  auto data = dashboard::ReadDashboard(db, tenant.id, (*cohort)->slug, ReadScope(report.local_district_id),
                                       dashboard::ReadAt{tenant.zone, now, local.date});
  if (!data) return std::unexpected(data.error());
  auto evidence = store.Evidence(report.cohort_id);
  if (!evidence) return std::unexpected(evidence.error());
  std::string built_by;
  if (report.requested_by) {
    auto person = store.PersonOf(*report.requested_by);
    if (!person) return std::unexpected(person.error());
    if (*person) built_by = (*person)->name;
  }
  const auto model = ReportModel({report.id, tenant.name, report.scope_label, core::FormatLongDateTime(local), built_by,
                                  &*aims, &*data, &*evidence});
  auto html = views.Render("reports/report", model);
  if (!html) return std::unexpected(html.error());
  return Built{std::move(*html), static_cast<std::int64_t>(data->schools.size()), **cohort};
}

mail::Message ReadyMail(const core::PersonRef& to, const ReportRow& report, const core::CohortRef& cohort,
                        const std::string& public_url, const std::string& built_label) {
  const std::string link = public_url + "/reports/" + std::to_string(report.id);
  mail::Message message;
  message.to = to.email;
  message.to_name = to.name;
  message.subject = cohort.ShortName() + " progress report: " + report.scope_label + "'s schools";
  message.text = "Hello " + to.name + ",\n\nThis month's progress report of " + report.scope_label + "'s schools in " +
                 cohort.Label() + " is ready. It shows the program as it stood on " + built_label + ".\n\n" +
                 "Read it: " + link + "\nIts PDF: " + link + ".pdf\n\n" +
                 "You receive it because district staff scheduled the cohort's reports for each local district's "
                 "instructional director.\n";
  return message;
}

// The build's three steps (written, printed, kept), told as they are done: the job's progress.
using Progress = std::function<void(std::int64_t done, std::int64_t of)>;

core::Result<void> Build(const http::Views& views, const features::Tenant& tenant, const BuildSettings& settings,
                         db::Connection& db, std::int64_t now, const Progress& progress, ReportsStore& store,
                         const ReportRow& report) {
  progress(0, 3);
  auto built = Write(views, tenant, store, db, report, now);
  if (!built) return std::unexpected(built.error());
  progress(1, 3);
  auto pdf = features::PrintPdf(built->html, settings.print);
  if (!pdf) return std::unexpected(pdf.error());
  progress(2, 3);
  auto transaction = db::Transaction::Begin(db);
  if (!transaction) return std::unexpected(transaction.error());
  if (auto kept = store.Keep(report.id, now, built->schools, built->html, *pdf); !kept) return kept;
  if (report.notify_person_id) {
    auto person = store.PersonOf(*report.notify_person_id);
    if (!person) return std::unexpected(person.error());
    if (*person && (*person)->active) {
      auto queued = jobs::EnqueueMail(
          db, tenant.id,
          ReadyMail(**person, report, built->cohort, settings.public_url, core::FormatLongDateTime(tenant.zone.ToLocal(now))),
          "reports.ready:" + std::to_string(report.id), now, {(*person)->id, ""});
      if (!queued) return std::unexpected(queued.error());
    }
  }
  if (auto committed = transaction->Commit(); !committed) return committed;
  progress(3, 3);
  spdlog::info("progress report {} built: {} schools, {} bytes of HTML, {} of PDF", report.id, built->schools,
               built->html.size(), pdf->size());
  return {};
}

}  // namespace

core::Result<ReportRow> QueueReport(db::Connection& db, std::int64_t district_id, const NewReport& report) {
  ReportsStore store(db, district_id);
  auto row = store.Add(report);
  if (!row) return std::unexpected(row.error());
  auto queued = jobs::Enqueue(db, district_id,
                              {std::string(kBuildJob), json::serialize(json::object{{"report_id", row->id}}),
                               std::string(kBuildJob) + ":" + std::to_string(row->id), report.requested_at,
                               kBuildAttempts, report.requested_at});
  if (!queued) return std::unexpected(queued.error());
  return row;
}

core::Result<void> BuildNow(db::Connection& db, const http::Views& views, const features::Tenant& tenant,
                            const BuildSettings& settings, std::int64_t report_id, std::int64_t now) {
  ReportsStore store(db, tenant.id);
  auto report = store.Find(report_id);
  if (!report) return std::unexpected(report.error());
  if (!*report) return core::Fail(core::ErrorCode::kNotFound, "There is no report " + std::to_string(report_id) + ".");
  if ((*report)->state == ReportState::kReady) return {};
  return Build(views, tenant, settings, db, now, [](std::int64_t, std::int64_t) {}, store, **report);
}

jobs::Handler BuildHandler(const http::Views& views, const features::Tenant& tenant, BuildSettings settings) {
  return [&views, &tenant, settings](jobs::JobContext& job) -> core::Result<void> {
    auto id = jobs::PayloadInt(job.payload(), "report_id", "report build");
    if (!id) return std::unexpected(id.error());
    ReportsStore store(job.connection(), tenant.id);
    auto report = store.Find(*id);
    if (!report) return std::unexpected(report.error());
    if (!*report) return core::Fail(core::ErrorCode::kInvalidInput, "There is no report " + std::to_string(*id) + ".");
    if ((*report)->state == ReportState::kReady) return {};  // built already: the snapshot stays
    auto built = Build(views, tenant, settings, job.connection(), job.clock().NowUtcSeconds(),
                       [&job](std::int64_t done, std::int64_t of) { job.Progress(done, of); }, store, **report);
    if (!built && (job.attempt() >= kBuildAttempts || built.error().code == core::ErrorCode::kInvalidInput)) {
      // The last try: the report says why, for whoever asked for it.
      if (auto marked = store.MarkFailed(*id, built.error().message); !marked) {
        spdlog::warn("report {} could not be marked failed: {}", *id, marked.error().message);
      }
    }
    return built;
  };
}

jobs::Handler MonthlyHandler(const features::Tenant& tenant) {
  return [&tenant](jobs::JobContext& job) -> core::Result<void> {
    auto month = jobs::PayloadText(job.payload(), "month", "monthly report");
    if (!month) return std::unexpected(month.error());
    auto& db = job.connection();
    const auto now = job.clock().NowUtcSeconds();
    const auto today = core::FormatIsoDate(tenant.zone.ToLocal(now).date);
    auto transaction = db::Transaction::Begin(db);
    if (!transaction) return std::unexpected(transaction.error());
    ReportsStore store(db, tenant.id);
    auto cohorts = store.MonthlyCohorts();
    if (!cohorts) return std::unexpected(cohorts.error());
    int queued = 0;
    for (const auto cohort_id : *cohorts) {
      auto directors = store.Directors(cohort_id, today);
      if (!directors) return std::unexpected(directors.error());
      for (const auto& director : *directors) {
        auto report = QueueReport(db, tenant.id,
                                  {cohort_id, director.local_district_id, director.local_district, std::nullopt, now,
                                   director.person_id});
        if (!report) return std::unexpected(report.error());
        ++queued;
      }
    }
    if (auto committed = transaction->Commit(); !committed) return committed;
    spdlog::info("monthly progress reports for {}: {} queued", *month, queued);
    return {};
  };
}

core::Result<void> PlanMonth(db::Connection& db, const features::Tenant& tenant, std::int64_t now, int planning_hour) {
  const auto month = jobs::MonthlySlot(now, tenant.zone, planning_hour);
  auto added = jobs::Enqueue(db, tenant.id,
                             {std::string(kMonthlyPlanJob), json::serialize(json::object{{"month", month.key}}),
                              std::string(kMonthlyPlanJob) + ":" + month.key, month.run_after, 3, now});
  if (!added) return std::unexpected(added.error());
  return {};
}

}  // namespace practica::reports
