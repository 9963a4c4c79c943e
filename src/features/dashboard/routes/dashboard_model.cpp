#include "features/dashboard/routes/dashboard_model.hpp"

#include <boost/json/array.hpp>

#include "auth/guard.hpp"
#include "core/plural.hpp"
#include "core/text.hpp"
#include "features/cohorts/domain/cohort.hpp"
#include "features/kit/access.hpp"
#include "features/kit/rows_html.hpp"

namespace practica::dashboard {
namespace json = boost::json;

core::Result<Dashboard> LoadDashboard(const features::Deps& deps, const http::Request& request) {
  Dashboard dashboard;
  dashboard.filter.local_district = std::string(request.Query("local_district").value_or(""));
  dashboard.filter.school_type = std::string(request.Query("school_type").value_or(""));
  const auto sort = request.Query("sort").value_or("");
  if (!sort.empty() && sort != "risk") {
    dashboard.sort.column = ParseColumn(sort);
    if (!dashboard.sort.column) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "The dashboard cannot sort by \"" + std::string(sort) +
                            "\"; sort by risk, agreement, team, coach, commitments, sessions, coaching, challenge, plan"
                            " or certification.",
                        {}, "sort");
    }
  }
  dashboard.sort.ascending = request.Query("order").value_or("") == "asc";
  const auto scope = features::ScopeOf(deps, *request.principal, "dashboard.read");
  dashboard.today = auth::Today(deps.clock, deps.tenant.zone);
  auto db = deps.database.Acquire();
  auto data = ReadDashboard(*db, deps.tenant.id, request.Param("slug"), scope,
                            ReadAt{deps.tenant.zone, deps.clock.NowUtcSeconds(), dashboard.today});
  if (!data) return std::unexpected(data.error());
  dashboard.data = std::move(*data);
  for (const auto& school : dashboard.data.schools) {
    if (Matches(dashboard.filter, school)) dashboard.rows.push_back(RowOf(school));
  }
  SortRows(dashboard.rows, dashboard.sort);
  return dashboard;
}

std::string CellUrl(const core::CohortRef& cohort, const SchoolSignals& school, ColumnKey key) {
  const std::string at = "/cohorts/" + cohort.slug + "/schools/" + school.slug;
  switch (key) {
    case ColumnKey::kAgreement:
    case ColumnKey::kTeam:
    case ColumnKey::kCoach: return at + "/participation";
    case ColumnKey::kCommitments: return at + "/commitments";
    case ColumnKey::kSessions: return "/cohorts/" + cohort.slug + "/learning";
    case ColumnKey::kCoaching: return "/coaching";
    case ColumnKey::kChallenge: return at + "/challenge";
    // The library narrowed to the school's published exemplars of the cohort.
    case ColumnKey::kExemplars: return "/exemplars?cohort=" + core::UrlEncode(cohort.slug) + "&school=" + core::UrlEncode(school.slug);
    case ColumnKey::kFeedback: return "/surveys";
    case ColumnKey::kPlan: return at + "/technology-plan";
    case ColumnKey::kCertification: return at + "/certification";
  }
  return at;
}

namespace {

// The query a link keeps: the filters, and the sort unless `sort` replaces it.
std::string QueryOf(const Dashboard& d, std::string_view sort, bool ascending) {
  std::string query;
  auto add = [&](std::string_view name, std::string_view value) {
    if (value.empty()) return;
    query.append(query.empty() ? "?" : "&").append(name).append("=").append(core::UrlEncode(value));
  };
  add("local_district", d.filter.local_district);
  add("school_type", d.filter.school_type);
  add("sort", sort);
  if (ascending) add("order", "asc");
  return query;
}

}  // namespace

void WriteRows(const Dashboard& d, bool coaching_link, features::RowsHtml& out) {
  const auto& cohort = d.data.cohort;
  for (const auto& row : d.rows) {
    out.Raw(row.at_risk ? "<tr class=\"at-risk\">" : "<tr>");
    out.Raw("<th scope=\"row\"><a href=\"/schools/").Text(row.school.slug).Raw("\">").Text(row.school.name).Raw("</a>");
    if (row.at_risk) out.Raw(" <span class=\"tag risk\">At risk</span>");
    out.Raw("<span class=\"muted small\">").Text(row.school.local_district);
    if (!row.school.school_type_label.empty()) out.Raw(" · ").Text(row.school.school_type_label);
    out.Raw("</span></th>");
    for (const auto& cell : row.cells) {
      out.Raw("<td data-heat=\"").Raw(HeatCode(cell.heat)).Raw("\" data-column=\"");
      out.Raw(Columns()[static_cast<std::size_t>(cell.key)].code).Raw("\">");
      if (cell.key != ColumnKey::kCoaching || coaching_link) {
        out.Raw("<a href=\"").Text(CellUrl(cohort, row.school, cell.key)).Raw("\">").Text(cell.text).Raw("</a>");
      } else {
        out.Text(cell.text);
      }
      out.Raw("<span class=\"sr-only\"> (").Raw(HeatLabel(cell.heat)).Raw(")</span></td>");
    }
    out.Raw("</tr>\n");
    out.EndRow();
  }
}

json::object DashboardJson(const Dashboard& d, bool coaching_link, bool rows_as_json) {
  const auto& cohort = d.data.cohort;
  const std::string base = "/cohorts/" + cohort.slug + "/dashboard";
  json::array columns;
  std::string current_sort;
  std::string sort_text = "Sorted by risk: schools at risk first, then by name";
  for (const auto& column : Columns()) {
    const bool sorted = d.sort.column == column.key;
    if (sorted) {
      current_sort = std::string(column.code);
      sort_text = "Sorted by " + std::string(column.label) + (d.sort.ascending ? ", best first" : ", worst first");
    }
    // A sorted column's link turns the order round; another's sorts worst first.
    columns.push_back(json::object{
        {"code", column.code},
        {"label", column.label},
        {"sorted", sorted},
        {"aria_sort", sorted ? (d.sort.ascending ? "ascending" : "descending") : "none"},
        {"sort_url", base + QueryOf(d, column.code, sorted && !d.sort.ascending)}});
  }
  json::array rows;
  int at_risk = 0;
  for (const auto& row : d.rows) {
    if (row.at_risk) ++at_risk;
    if (!rows_as_json) continue;
    json::array cells;
    for (const auto& cell : row.cells) {
      const bool linked = cell.key != ColumnKey::kCoaching || coaching_link;
      cells.push_back(json::object{{"column", Columns()[static_cast<std::size_t>(cell.key)].code},
                                   {"heat", HeatCode(cell.heat)},
                                   {"heat_label", HeatLabel(cell.heat)},
                                   {"text", cell.text},
                                   {"url", linked ? CellUrl(cohort, row.school, cell.key) : ""}});
    }
    rows.push_back(json::object{{"slug", row.school.slug},
                                {"name", row.school.name},
                                {"local_district", row.school.local_district},
                                {"school_type", row.school.school_type_label},
                                {"at_risk", row.at_risk},
                                {"late", row.school.late},
                                {"missed", row.school.sessions_missed},
                                {"url", "/schools/" + row.school.slug},
                                {"cells", std::move(cells)}});
  }
  json::array summary;
  for (const auto& s : Summarize(d.rows)) {
    summary.push_back(json::object{{"label", Columns()[static_cast<std::size_t>(s.key)].label},
                                   {"good", s.good},
                                   {"watch", s.watch},
                                   {"risk", s.risk},
                                   {"none", s.none}});
  }
  json::array local_districts;
  for (const auto& [slug, name] : d.data.local_districts) {
    local_districts.push_back(
        json::object{{"slug", slug}, {"name", name}, {"selected", slug == d.filter.local_district}});
  }
  json::array types;
  for (const auto& [code, label] : d.data.school_types) {
    types.push_back(json::object{{"code", code}, {"name", label}, {"selected", code == d.filter.school_type}});
  }
  const auto shown = static_cast<std::int64_t>(d.rows.size());
  // The charts count the schools the grid shows, after its filters.
  std::vector<const SchoolSignals*> shown_schools;
  for (const auto& row : d.rows) shown_schools.push_back(&row.school);
  json::array months;
  for (const auto& m : YearByMonth(shown_schools)) {
    months.push_back(json::object{{"month", m.month}, {"label", m.label}, {"verified", m.verified},
                                  {"late", m.late}, {"open", m.open}});
  }
  json::array sessions;
  for (const auto& bar : BySession(d.data.sessions, shown_schools)) {
    sessions.push_back(json::object{{"label", bar.label}, {"day", bar.day}, {"attended", bar.attended}, {"partial", bar.partial},
                                    {"missed", bar.missed}, {"upcoming", bar.upcoming}});
  }
  const bool has_months = !months.empty();
  // Once the cohort's school year is over, what was not verified is not done rather than late,
  // as the commitments grid says it.
  const auto last_day = cohorts::SchoolYearLastDay(cohort.school_year);
  const bool year_over = last_day && *last_day < d.today;
  const bool has_sessions = !sessions.empty();
  return json::object{
      {"months", std::move(months)},
      {"has_months", has_months},
      {"late_label", year_over ? "Not done (the year is over)" : "Late"},
      {"sessions", std::move(sessions)},
      {"has_sessions", has_sessions},
      {"cohort", json::object{{"slug", cohort.slug}, {"name", cohort.ShortName()}, {"label", cohort.Label()},
                              {"url", "/cohorts/" + cohort.slug}}},
      {"columns", std::move(columns)},
      {"schools", std::move(rows)},
      {"has_schools", shown > 0},
      {"schools_text", core::Counted(shown, "school", "schools")},
      {"in_scope", static_cast<std::int64_t>(d.data.schools.size())},
      {"at_risk", at_risk},
      {"has_at_risk", at_risk > 0},
      {"at_risk_text", core::Counted(at_risk, "school", "schools")},
      {"summary", std::move(summary)},
      {"local_districts", std::move(local_districts)},
      {"has_local_districts", d.data.local_districts.size() > 1},
      {"school_types", std::move(types)},
      {"has_school_types", d.data.school_types.size() > 1},
      {"filter", json::object{{"local_district", d.filter.local_district}, {"school_type", d.filter.school_type}}},
      {"sort", current_sort.empty() ? "risk" : current_sort},
      {"order", d.sort.ascending ? "asc" : "desc"},
      {"sort_text", sort_text},
      {"sorted_by_risk", !d.sort.column},
      {"csv_url", base + ".csv" + QueryOf(d, current_sort, d.sort.ascending)},
      {"xlsx_url", base + ".xlsx" + QueryOf(d, current_sort, d.sort.ascending)},
      {"risk_sort_url", base + QueryOf(d, "", false)},
  };
}

}  // namespace practica::dashboard
