// GET /cohorts/{slug}/dashboard (page), /cohorts/{slug}/dashboard.csv and .xlsx, and
// /api/v1/cohorts/{slug}/dashboard: district staff see every school, a local district's
// instructional director their own (the scope is applied where the rows are read).
#include "features/dashboard/routes/register.hpp"

#include "features/kit/csv.hpp"
#include "features/dashboard/routes/dashboard_model.hpp"
#include "features/kit/access.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "features/kit/xlsx_sheet.hpp"

namespace practica::dashboard {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

bool MayReadCoaching(const Deps& deps, const Request& request) {
  return request.principal && features::Allows(deps, *request.principal, "coaching.read", auth::Resource{0, 0, 0, true});
}

Response Page(const Deps& deps, const Request& request) {
  auto dashboard = LoadDashboard(deps, request);
  if (!dashboard) return features::Failure(request, dashboard.error(), deps.views);
  const bool coaching_link = MayReadCoaching(deps, request);
  auto model = DashboardJson(*dashboard, coaching_link, false);
  features::RowsHtml rows;
  WriteRows(*dashboard, coaching_link, rows);
  model["rows_html"] = features::RowsHtml::kMarker;
  const std::string title = dashboard->data.cohort.ShortName() + ": dashboard";
  auto response = deps.views.Page(request, "dashboard/dashboard", title, std::move(model), "cohorts");
  if (response.status == 200) response.body = rows.Splice(response.body);
  return response;
}

Response Api(const Deps& deps, const Request& request) {
  auto dashboard = LoadDashboard(deps, request);
  if (!dashboard) return features::Failure(request, dashboard.error(), deps.views);
  auto model = DashboardJson(*dashboard, MayReadCoaching(deps, request), true);
  for (const char* key : {"has_schools", "schools_text", "at_risk_text", "has_local_districts", "has_school_types", "has_at_risk",
                          "risk_sort_url"}) {
    model.erase(key);
  }
  return features::Json(model);
}

// The grid for a spreadsheet: a row per school in the page's order, each column's state in
// words and its heat, so the colours survive as text. The first row is the header.
std::vector<std::vector<std::string>> ExportRows(const Dashboard& dashboard) {
  std::vector<std::string> header{"School", "Local district", "School type", "At risk"};
  for (const auto& column : Columns()) {
    header.emplace_back(column.label);
    header.emplace_back(std::string(column.label) + " (state)");
  }
  std::vector<std::vector<std::string>> rows{std::move(header)};
  for (const auto& row : dashboard.rows) {
    std::vector<std::string> fields{row.school.name, row.school.local_district, row.school.school_type_label,
                                    row.at_risk ? "At risk" : ""};
    for (const auto& cell : row.cells) {
      fields.push_back(cell.text);
      fields.emplace_back(HeatLabel(cell.heat));
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

Response Csv(const Deps& deps, const Request& request) {
  auto dashboard = LoadDashboard(deps, request);
  if (!dashboard) return features::Failure(request, dashboard.error(), deps.views);
  std::string body;
  for (const auto& fields : ExportRows(*dashboard)) body += features::CsvLine(fields);
  Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = std::move(body);
  response.Header("Content-Disposition",
                  "attachment; filename=\"" + dashboard->data.cohort.slug + "-dashboard.csv\"");
  return response;
}

Response Xlsx(const Deps& deps, const Request& request) {
  auto dashboard = LoadDashboard(deps, request);
  if (!dashboard) return features::Failure(request, dashboard.error(), deps.views);
  auto workbook = features::XlsxOf("Dashboard", ExportRows(*dashboard));
  if (!workbook) return features::Failure(request, workbook.error(), deps.views);
  Response response;
  response.content_type = std::string(features::kXlsxType);
  response.body = std::move(*workbook);
  response.Header("Content-Disposition",
                  "attachment; filename=\"" + dashboard->data.cohort.slug + "-dashboard.xlsx\"");
  return response;
}

http::ResourceResolver Listing() {
  return [](const Request&) -> core::Result<auth::Resource> { return auth::Resource{0, 0, 0, true}; };
}

}  // namespace

core::Result<void> RegisterRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  std::vector<http::Route> routes{
      {Method::kGet, "/cohorts/{slug}/dashboard", "dashboard.read", Surface::kPage, features::Bind(deps, &Page)},
      {Method::kGet, "/cohorts/{slug}/dashboard.csv", "dashboard.read", Surface::kPage, features::Bind(deps, &Csv)},
      {Method::kGet, "/cohorts/{slug}/dashboard.xlsx", "dashboard.read", Surface::kPage, features::Bind(deps, &Xlsx)},
      {Method::kGet, "/api/v1/cohorts/{slug}/dashboard", "dashboard.read", Surface::kApi, features::Bind(deps, &Api)},
  };
  for (auto& route : routes) route.resource = Listing();
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::dashboard
