// The cohort grid: GET /cohorts/{slug}/commitments (page and API), schools × commitments with
// a status in each cell and counts for each row and column, filtered by local district and kept
// to the person's scopes in the query; exported as CSV and XLSX, streamed one row at a time.
#include <boost/json/array.hpp>
#include <memory>

#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"
#include "db/database.hpp"
#include "features/kit/csv.hpp"
#include "features/commitments/routes/context.hpp"
#include "features/commitments/routes/register.hpp"
#include "features/kit/xlsx_sheet.hpp"
#include "features/kit/respond.hpp"
#include "features/kit/routes.hpp"
#include "features/kit/rows_html.hpp"

namespace practica::commitments {
namespace json = boost::json;
using features::CsvLine;
using features::Deps;
using features::XlsxCell;
using features::XlsxSheet;
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

// Everything the grid needs before its rows, read on a lease that stays held while the rows
// are read (an export takes a new one for its rows, held until the last byte is handed on).
struct GridSource {
  std::shared_ptr<db::Lease> lease;
  GridFrame frame;
  std::vector<Commitment> template_items;
  Calendar calendar;
  GridFilter filter;
};

core::Result<GridSource> OpenGrid(const Deps& deps, const Request& request) {
  auto lease = std::make_shared<db::Lease>(deps.database.Acquire());
  CommitmentsStore store(**lease, deps.tenant.id);
  auto cohort = FindCohort(store, request);
  if (!cohort) return std::unexpected(cohort.error());
  auto columns = store.Template(cohort->id);
  if (!columns) return std::unexpected(columns.error());
  auto calendar = store.LoadCalendar(cohort->id);
  if (!calendar) return std::unexpected(calendar.error());
  auto local_districts = store.LocalDistrictsIn(cohort->id);
  if (!local_districts) return std::unexpected(local_districts.error());
  GridSource source{std::move(lease),
                    GridFrame{std::move(*cohort), {}, std::move(*local_districts),
                              std::string(request.Query("local_district").value_or("")), 0},
                    std::move(*columns), std::move(*calendar), {}};
  source.frame.columns = GridTally(source.template_items).columns();
  source.filter = GridFilter{source.frame.local_district, ListingScope(deps, request)};
  return source;
}

// Hands each school's row to `on_row` as soon as it is counted; the frame then carries the
// column counts. Stops at the first failure of `on_row`.
core::Result<void> ReadRows(const Deps& deps, GridSource& source, std::int64_t now, const RowFn& on_row) {
  CommitmentsStore store(**source.lease, deps.tenant.id);
  GridTally tally(source.template_items);
  core::Result<void> written;
  auto read = store.ForEachSchool(source.frame.cohort.id, source.filter,
                                  [&](const GridSchool& school, const std::vector<SchoolCommitment>& items) {
                                    if (!written) return;  // the output failed: skip the rest
                                    written = on_row(tally.Add(school, items, source.calendar, deps.tenant.zone, now));
                                  });
  if (!read) return std::unexpected(read.error());
  if (!written) return std::unexpected(written.error());
  source.frame.columns = tally.columns();
  source.frame.schools = tally.schools();
  return {};
}

core::Result<GridFrame> ReadGrid(const Deps& deps, const Request& request,
                                 const std::function<void(const GridFrame&)>& on_columns,
                                 const RowFn& on_row) {
  auto source = OpenGrid(deps, request);
  if (!source) return std::unexpected(source.error());
  if (on_columns) on_columns(source->frame);
  if (auto read = ReadRows(deps, *source, deps.clock.NowUtcSeconds(), on_row); !read) {
    return std::unexpected(read.error());
  }
  return std::move(source->frame);
}

std::string CellLabel(const std::optional<Standing>& cell) {
  return cell ? StandingLabel(*cell) : "Not issued";
}

json::object FrameJson(const GridFrame& frame);

json::object GridJson(const Deps& deps, const Request& request, core::Result<GridFrame>& frame_out) {
  json::array rows;
  std::vector<GridColumn> columns;
  frame_out = ReadGrid(deps, request, [&](const GridFrame& f) { columns = f.columns; },
                       [&](const GridRow& row) -> core::Result<void> {
                         json::array cells;
                         for (std::size_t c = 0; c < row.cells.size(); ++c) {
                           const auto& cell = row.cells[c];
                           cells.emplace_back(json::object{
                               {"code", columns[c].code},
                               {"label", columns[c].label},
                               {"status", cell ? json::value(StatusCode(cell->status)) : json::value(nullptr)},
                               {"status_label", CellLabel(cell)},
                               {"symbol", cell ? StatusSymbol(cell->status) : "–"},
                               {"past_due", cell && cell->past_due},
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
  auto data = FrameJson(*frame_out);
  data["schools"] = std::move(rows);
  return data;
}

// The grid's body rows written straight to HTML: at 1,000 schools × 24 commitments a view
// model of 24,000 cells for the template engine costs several times the queries.
class GridRowsHtml {
 public:
  explicit GridRowsHtml(std::string base_url) : base_url_(std::move(base_url)) {}

  void Columns(const std::vector<GridColumn>& columns) {
    for (const auto& column : columns) {
      std::string cell = "<td data-code=\"";
      features::AppendEscaped(cell, column.code);
      cell += '"';
      std::string label;
      features::AppendEscaped(label, column.label);
      cells_.emplace_back(std::move(cell), std::move(label));
    }
  }

  void Add(const GridRow& row) {
    html_ += "<tr data-school=\"";
    features::AppendEscaped(html_, row.school.slug);
    html_ += "\"><th scope=\"row\"><a href=\"";
    features::AppendEscaped(html_, base_url_);
    features::AppendEscaped(html_, row.school.slug);
    html_ += "/commitments";
    html_ += "\">";
    features::AppendEscaped(html_, row.school.name);
    html_ += "</a></th>\n";
    for (std::size_t c = 0; c < row.cells.size() && c < cells_.size(); ++c) {
      const auto& cell = row.cells[c];
      html_ += cells_[c].first;
      if (cell) {
        html_ += " data-status=\"";
        html_ += StatusCode(cell->status);
        html_ += '"';
        if (cell->past_due) html_ += " data-past-due=\"true\"";
      }
      html_ += "><span aria-hidden=\"true\">";
      html_ += cell ? StatusSymbol(cell->status) : "–";
      // A returned cell past due carries both marks, as its label reads.
      if (cell && cell->status == Status::kReturned && cell->past_due) html_ += "!";
      html_ += "</span><span class=\"sr-only\">";
      html_ += cells_[c].second;
      html_ += ": ";
      html_ += CellLabel(cell);
      html_ += "</span></td>";
    }
    html_ += "\n<td>" + std::to_string(row.verified) + " of " + std::to_string(row.total) + "</td><td>" +
             std::to_string(row.late) + "</td></tr>\n";
    rows_.EndRow();
  }

  // `page` with the rows in place of the marker.
  std::string Splice(std::string_view page) { return rows_.Splice(page); }

 private:
  std::string base_url_;
  std::vector<std::pair<std::string, std::string>> cells_;  // {opening of the cell, its label}
  features::RowsHtml rows_;
  std::string& html_ = rows_.html();
};

json::object FrameJson(const GridFrame& frame) {
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
  GridRowsHtml rows("/cohorts/" + std::string(request.Param("slug")) + "/schools/");
  auto frame = ReadGrid(deps, request, [&](const GridFrame& f) { rows.Columns(f.columns); },
                        [&](const GridRow& row) -> core::Result<void> {
                          rows.Add(row);
                          return {};
                        });
  if (!frame) return features::Failure(request, frame.error(), deps.views);
  auto data = FrameJson(*frame);
  // The rows go into the finished page in one copy rather than through the template engine
  // and the layout, which would copy the megabytes of a district-wide grid several times.
  data["rows_html"] = features::RowsHtml::kMarker;
  data["has_schools"] = frame->schools > 0;
  data["has_columns"] = !frame->columns.empty();
  data["filtered"] = !frame->local_district.empty();
  // The template link, for those who keep it.
  const auto* manage = auth::FindAction("commitments.manage");
  data["may_manage"] = request.principal && manage != nullptr &&
                       auth::Decide(&*request.principal, *manage, auth::Resource{},
                                    auth::Today(deps.clock, deps.tenant.zone)) == auth::Decision::kAllow;
  const std::string title = "Commitments of " + frame->cohort.ShortName();
  auto response = deps.views.Page(request, "commitments/grid", title, std::move(data), "home");
  if (response.status == 200) response.body = rows.Splice(response.body);
  return response;
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

std::vector<std::string> RowFields(const GridRow& row) {
  std::vector<std::string> fields{row.school.name, row.school.local_district};
  for (const auto& cell : row.cells) fields.push_back(CellLabel(cell));
  fields.push_back(std::to_string(row.verified));
  fields.push_back(std::to_string(row.total));
  fields.push_back(std::to_string(row.late));
  return fields;
}

// An export: the cohort is looked up before answering (an unknown one is a plain 404), then the
// rows stream out as the store yields them, on a connection the producer takes for itself.
using ExportWriter = std::function<core::Result<void>(GridSource&, std::int64_t now, http::BodyWriter&)>;
Response Export(const Deps& deps, const Request& request, std::string content_type,
                std::string_view extension, ExportWriter write) {
  auto source = OpenGrid(deps, request);
  if (!source) return features::Failure(request, source.error(), deps.views);
  // The connection goes back to the pool until the producer runs: held from here, it would wait
  // for a worker thread while every worker could be waiting for a connection (as many exports
  // at once as there are workers wedged the server).
  source->lease.reset();
  auto shared = std::make_shared<GridSource>(std::move(*source));
  const auto now = deps.clock.NowUtcSeconds();
  auto response = http::StreamResponse(
      std::move(content_type), [&deps, shared, now, write = std::move(write)](http::BodyWriter& out) {
        shared->lease = std::make_shared<db::Lease>(deps.database.Acquire());
        return write(*shared, now, out);
      });
  response.Header("Content-Disposition", Filename(request, extension));
  return response;
}

Response Csv(const Deps& deps, const Request& request) {
  return Export(deps, request, "text/csv; charset=utf-8", "csv",
                [&deps](GridSource& source, std::int64_t now, http::BodyWriter& out) -> core::Result<void> {
                  if (auto header = out.Write(CsvLine(HeaderFields(source.frame.columns))); !header) return header;
                  return ReadRows(deps, source, now, [&](const GridRow& row) { return out.Write(CsvLine(RowFields(row))); });
                });
}

// libxlsxwriter's constant-memory mode writes each row through to a temporary file; the
// finished workbook is then read from disk in chunks. Nothing goes out until the workbook is
// closed (a zip's directory comes last), but memory stays flat whatever the number of rows.
Response Xlsx(const Deps& deps, const Request& request) {
  return Export(deps, request, std::string(features::kXlsxType), "xlsx",
                [&deps](GridSource& source, std::int64_t now, http::BodyWriter& out) -> core::Result<void> {
                  auto sheet = XlsxSheet::Create("Commitments");
                  if (!sheet) return std::unexpected(sheet.error());
                  std::vector<XlsxCell> header;
                  for (auto& field : HeaderFields(source.frame.columns)) header.emplace_back(std::move(field));
                  if (auto added = (*sheet)->AddRow(header); !added) return added;
                  auto read = ReadRows(deps, source, now, [&](const GridRow& row) -> core::Result<void> {
                    std::vector<XlsxCell> cells;
                    for (auto& field : RowFields(row)) cells.emplace_back(std::move(field));
                    // The counts as numbers, so the sheet can sum them.
                    cells.end()[-3] = std::int64_t{row.verified};
                    cells.end()[-2] = std::int64_t{row.total};
                    cells.end()[-1] = std::int64_t{row.late};
                    return (*sheet)->AddRow(cells);
                  });
                  if (!read) return read;
                  return (*sheet)->Finish([&out](std::string_view bytes) { return out.Write(bytes); });
                });
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
