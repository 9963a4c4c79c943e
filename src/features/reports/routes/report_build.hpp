// Building a progress report: queued with its row in the request's transaction, then built by
// the job runner ("reports.build"): the cohort's figures read as the dashboard reads them, under
// the report's scope, written into the report's HTML, printed to PDF by Chromium, and both kept
// as the report's snapshot. A scheduled report then e-mails its director the link, in the same
// transaction as the snapshot.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/print_pdf.hpp"
#include "features/reports/store/reports_store.hpp"
#include "http/views.hpp"
#include "jobs/runner.hpp"

namespace practica::reports {

inline constexpr std::string_view kBuildJob = "reports.build";
inline constexpr std::string_view kMonthlyPlanJob = "reports.monthly";

struct BuildSettings {
  features::PrintSettings print;
  std::string public_url;  // the link in a scheduled report's e-mail
};

// Adds the report's row and its build job on `db` (the caller's transaction).
[[nodiscard]] core::Result<ReportRow> QueueReport(db::Connection& db, std::int64_t district_id,
                                                  const NewReport& report);

// Builds a queued report now, outside the job runner (`practica demo` builds the demo's); its job
// then finds it built. A report built already is left as it is.
[[nodiscard]] core::Result<void> BuildNow(db::Connection& db, const http::Views& views, const features::Tenant& tenant,
                                          const BuildSettings& settings, std::int64_t report_id, std::int64_t now);

jobs::Handler BuildHandler(const http::Views& views, const features::Tenant& tenant, BuildSettings settings);

// Once a month (the 1st, at the planning hour), for each cohort staff scheduled: a report of
// each local district's schools for each of its directors, e-mailed when built.
jobs::Handler MonthlyHandler(const features::Tenant& tenant);
// The runner's wake-up: queues the month's plan once, under a key naming the month.
[[nodiscard]] core::Result<void> PlanMonth(db::Connection& db, const features::Tenant& tenant, std::int64_t now,
                                           int planning_hour);

}  // namespace practica::reports
