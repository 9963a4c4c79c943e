// The dashboard's rows for the person asking: the cohort's schools inside their scope (a local
// district's director sees their own schools only), filtered and sorted as the query says.
#pragma once

#include <boost/json/object.hpp>

#include <vector>

#include "core/error.hpp"
#include "features/dashboard/domain/heatmap.hpp"
#include "features/dashboard/published/dashboard_reads.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/rows_html.hpp"
#include "http/request.hpp"

namespace practica::dashboard {

struct Dashboard {
  DashboardData data;
  Filter filter;
  Sort sort;
  std::vector<Row> rows;  // filtered and sorted
  core::LocalDate today;  // in the district's zone
};

// kInvalidInput naming "sort" for an unknown column; kNotFound for an unknown cohort.
[[nodiscard]] core::Result<Dashboard> LoadDashboard(const features::Deps& deps, const http::Request& request);

// Where each cell's evidence is: the participation, the school's commitments, the cohort's
// attendance grid, the coaching log, the design challenge, the technology plan, the certification.
std::string CellUrl(const core::CohortRef& cohort, const SchoolSignals& school, ColumnKey key);

// The page's and the API's model. `coaching_link`: the person may read the coaching log (a
// local district's director may not), so the coaching cell links there. Without
// `rows_as_json` the schools are left out: the page writes them with WriteRows.
boost::json::object DashboardJson(const Dashboard& dashboard, bool coaching_link, bool rows_as_json);

// The grid's body rows as HTML, as the page shows them: 1,000 schools × 9 cells through the
// template engine took a second; written here they take milliseconds.
void WriteRows(const Dashboard& dashboard, bool coaching_link, features::RowsHtml& out);

}  // namespace practica::dashboard
