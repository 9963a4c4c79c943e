// The cohort grid: GET /cohorts/{slug}/commitments (page and API), schools × commitments with
// a status in each cell and counts for each row and column, filtered by local district and kept
// to the person's scopes in the query; exported as CSV and XLSX one row at a time.
#include <boost/json/array.hpp>

#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"
#include "features/commitments/domain/csv.hpp"
#include "features/commitments/routes/context.hpp"
#include "features/commitments/routes/register.hpp"
#include "features/commitments/routes/xlsx_sheet.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"

namespace practica::commitments {
namespace json = boost::json;
using features::Deps;
using http::Request;
using http::Response;

namespace {

struct GridFrame {
  CohortRef cohort;
  std::vector<GridColumn> columns;
  std::vector<std::pair<std::string, std::string>> local_districts;
  std::string local_district;  // the filter
  int schools = 0;
};

using RowFn = std::function<core::Result<void>(const GridRow&)>;

// Reads the grid, handing each school's row to `on_row` as soon as it is counted; the frame
// carries the column counts once every row is in.
core::Result<GridFrame> ReadGrid(const Deps& deps, const Request& request,
                                 const std::function<void(const GridFrame&)>& on_columns,
                                 const RowFn& on_row) {
  auto db = deps.database.Acquire();
  CommitmentsStore store(*db, deps.tenant.id);
  auto cohort = FindCohort(store, request);
  if (!cohort) return std::unexpected(cohort.error());
  auto columns = store.Template(cohort->id);
  if (!columns) return std::unexpected(columns.error());
  auto calendar = store.LoadCalendar(cohort->id);
  if (!calendar) return std::unexpected(calendar.error());
  auto local_districts = store.LocalDistrictsIn(cohort->id);
  if (!local_districts) return std::unexpected(local_districts.error());
  GridFrame frame{std::move(*cohort), {}, std::move(*local_districts),
                  std::string(request.Query("local_district").value_or("")), 0};
  GridTally tally(*columns);
  frame.columns = tally.columns();
  if (on_columns) on_columns(frame);
  const GridFilter filter{frame.local_district, ListingScope(deps, request)};
  const auto now = deps.clock.NowUtcSeconds();
  core::Result<void> written;
  auto read = store.ForEachSchool(frame.cohort.id, filter,
                                  [&](GridSchool school, std::vector<SchoolCommitment> items) {
                                    if (!written) return;  // the output failed: skip the rest
                                    written = on_row(tally.Add(std::move(school), items, *calendar,
                                                               deps.tenant.zone, now));
                                  });
  if (!read) return std::unexpected(read.error());
  if (!written) return std::unexpected(written.error());
  frame.columns = tally.columns();
  frame.schools = tally.schools();
  return frame;
}

std::string CellLabel(const std::optional<Status>& status) {
  return status ? std::string(StatusLabel(*status)) : "Not issued";
}

json::object GridJson(const Deps& deps, const Request& request, core::Result<GridFrame>& frame_out) {
  json::array rows;
  std::vector<GridColumn> columns;
  frame_out = ReadGrid(deps, request, [&](const GridFrame& f) { columns = f.columns; },
                       [&](const GridRow& row) -> core::Result<void> {
                         json::array cells;
                         for (std::size_t c = 0; c < row.cells.size(); ++c) {
                           const auto& status = row.cells[c];
                           cells.emplace_back(json::object{
                               {"code", columns[c].code},
                               {"label", columns[c].label},
                               {"status", status ? json::value(StatusCode(*status)) : json::value(nullptr)},
                               {"status_label", CellLabel(status)},
                               {"symbol", status ? StatusSymbol(*status) : "–"},
                           });
                         }
                         const std::string url = "/cohorts/" + std::string(request.Param("slug")) +
                                                 "/schools/" + row.school.slug + "/commitments";
                         rows.emplace_back(json::object{
                             {"slug", row.school.slug},
                             {"name", row.school.name},
                             {"local_district", row.school.local_district},
                             {"url", url},
                             {"issued", row.issued},
                             {"verified", row.verified},
                             {"total", row.total},
                             {"late", row.late},
                             {"cells", std::move(cells)},
                         });
                         return {};
                       });
  if (!frame_out) return {};
  const auto& frame = *frame_out;
  json::array column_list;
  for (const auto& column : frame.columns) {
    column_list.emplace_back(json::object{{"code", column.code}, {"label", column.label},
                                          {"title", column.title}, {"district", column.district},
                                          {"verified", column.verified}, {"late", column.late}});
  }
  json::array options;
  for (const auto& [slug, name] : frame.local_districts) {
    options.emplace_back(json::object{{"value", slug}, {"label", name},
                                      {"selected", slug == frame.local_district}});
  }
  const std::string base = "/cohorts/" + frame.cohort.slug + "/commitments";
  const std::string query =
      frame.local_district.empty() ? "" : "?local_district=" + core::UrlEncode(frame.local_district);
  return json::object{
      {"cohort", json::object{{"slug", frame.cohort.slug}, {"short_name", frame.cohort.ShortName()},
                              {"title", frame.cohort.title}, {"url", "/cohorts/" + frame.cohort.slug}}},
      {"columns", std::move(column_list)},
      {"schools", std::move(rows)},
      {"school_count", frame.schools},
      {"local_district", frame.local_district},
      {"local_district_options", std::move(options)},
      {"url", base},
      {"csv_url", base + ".csv" + query},
      {"xlsx_url", base + ".xlsx" + query},
      {"template_url", base + "/template"},
  };
}

Response GridPage(const Deps& deps, const Request& request) {
  core::Result<GridFrame> frame = core::Fail(core::ErrorCode::kInternal, "");
  auto data = GridJson(deps, request, frame);
  if (!frame) return features::Failure(request, frame.error(), deps.views);
  data["has_schools"] = frame->schools > 0;
  data["has_columns"] = !frame->columns.empty();
  data["filtered"] = !frame->local_district.empty();
  // The template link, for those who keep it.
  const auto* manage = auth::FindAction("commitments.manage");
  data["may_manage"] = request.principal && manage != nullptr &&
                       auth::Decide(&*request.principal, *manage, auth::Resource{},
                                    auth::Today(deps.clock, deps.tenant.zone)) == auth::Decision::kAllow;
  const std::string title = "Commitments of " + frame->cohort.ShortName();
  return deps.views.Page(request, "commitments/grid", title, std::move(data), "home");
}

Response GridApi(const Deps& deps, const Request& request) {
  core::Result<GridFrame> frame = core::Fail(core::ErrorCode::kInternal, "");
  auto data = GridJson(deps, request, frame);
  if (!frame) return features::Failure(request, frame.error(), deps.views);
  return features::Json(data);
}

std::vector<std::string> HeaderFields(const std::vector<GridColumn>& columns) {
  std::vector<std::string> fields{"School", "Local district"};
  for (const auto& column : columns) fields.push_back(column.label + ". " + column.title);
  fields.insert(fields.end(), {"Verified", "Of", "Late"});
  return fields;
}

std::string Filename(const Request& request, std::string_view extension) {
  return "attachment; filename=\"" + core::Slugify(request.Param("slug")) + "-commitments." +
         std::string(extension) + "\"";
}

Response Csv(const Deps& deps, const Request& request) {
  std::string body;
  auto frame = ReadGrid(deps, request,
                        [&](const GridFrame& f) { body = CsvLine(HeaderFields(f.columns)); },
                        [&](const GridRow& row) -> core::Result<void> {
                          std::vector<std::string> fields{row.school.name, row.school.local_district};
                          for (const auto& cell : row.cells) fields.push_back(CellLabel(cell));
                          fields.push_back(std::to_string(row.verified));
                          fields.push_back(std::to_string(row.total));
                          fields.push_back(std::to_string(row.late));
                          body += CsvLine(fields);
                          return {};
                        });
  if (!frame) return features::Failure(request, frame.error(), deps.views);
  Response response;
  response.content_type = "text/csv; charset=utf-8";
  response.body = std::move(body);
  response.Header("Content-Disposition", Filename(request, "csv"));
  return response;
}

Response Xlsx(const Deps& deps, const Request& request) {
  auto sheet = XlsxSheet::Create("Commitments");
  if (!sheet) return features::Failure(request, sheet.error(), deps.views);
  core::Result<void> header;
  auto frame = ReadGrid(
      deps, request,
      [&](const GridFrame& f) {
        std::vector<XlsxCell> cells;
        for (auto& field : HeaderFields(f.columns)) cells.emplace_back(std::move(field));
        header = (*sheet)->AddRow(cells);
      },
      [&](const GridRow& row) -> core::Result<void> {
        std::vector<XlsxCell> cells{row.school.name, row.school.local_district};
        for (const auto& cell : row.cells) cells.emplace_back(CellLabel(cell));
        cells.emplace_back(std::int64_t{row.verified});
        cells.emplace_back(std::int64_t{row.total});
        cells.emplace_back(std::int64_t{row.late});
        return (*sheet)->AddRow(cells);
      });
  if (!frame) return features::Failure(request, frame.error(), deps.views);
  if (!header) return features::Failure(request, header.error(), deps.views);
  auto bytes = (*sheet)->Finish();
  if (!bytes) return features::Failure(request, bytes.error(), deps.views);
  Response response;
  response.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  response.body = std::move(*bytes);
  response.Header("Content-Disposition", Filename(request, "xlsx"));
  return response;
}

}  // namespace

core::Result<void> RegisterGridRoutes(http::Router& router, const Deps& deps) {
  using http::Method;
  using http::Surface;
  std::vector<http::Route> routes = {
      {Method::kGet, "/cohorts/{slug}/commitments", "commitments.read", Surface::kPage,
       [&deps](const Request& r) { return GridPage(deps, r); }},
      {Method::kGet, "/cohorts/{slug}/commitments.csv", "commitments.read", Surface::kPage,
       [&deps](const Request& r) { return Csv(deps, r); }},
      {Method::kGet, "/cohorts/{slug}/commitments.xlsx", "commitments.read", Surface::kPage,
       [&deps](const Request& r) { return Xlsx(deps, r); }},
      {Method::kGet, "/api/v1/cohorts/{slug}/commitments", "commitments.read", Surface::kApi,
       [&deps](const Request& r) { return GridApi(deps, r); }},
  };
  for (auto& route : routes) route.resource = ListingResolver();
  return features::AddRoutes(router, std::move(routes));
}

}  // namespace practica::commitments
