// The progress report's page model: what the "reports/report" template writes. Built from the
// cohort's aims, the dashboard's signals under the report's scope, and the evidence staff set
// under each core value.
#pragma once

#include <boost/json/object.hpp>

#include <string>

#include "features/cohorts/published/cohort_refs.hpp"
#include "features/dashboard/published/dashboard_reads.hpp"
#include "features/reports/domain/core_values.hpp"

namespace practica::reports {

struct ReportInputs {
  std::int64_t report_id = 0;
  std::string district_name;
  std::string scope_label;   // "Every school", "Northeast"
  std::string built_label;   // "Saturday, December 1, 2018 at 7:00 AM"
  std::string built_by;      // "" for a scheduled report
  const cohorts::CohortAims* aims = nullptr;
  const dashboard::DashboardData* data = nullptr;
  const EvidenceChoice* evidence = nullptr;
};

boost::json::object ReportModel(const ReportInputs& in);

}  // namespace practica::reports
