#include "features/applications/store/review_table.hpp"

#include "db/clause.hpp"

namespace practica::applications {
namespace {

// The person's schools, or the applications they review: " AND (…)", with its parameters.
std::string ScopeCondition(const TableScope& scope, db::Params& params) {
  if (scope.everything) return "";
  std::vector<std::string> parts;
  if (const auto schools = scope.Schools(); !schools.CoversNothing()) {
    parts.push_back(db::ScopeCondition(schools, "a.school_id", "s.local_district_id", params));
  }
  if (scope.reviewer_id != 0) {
    params.emplace_back(scope.reviewer_id);
    parts.push_back("EXISTS (SELECT 1 FROM application_reviewers r WHERE r.district_id = a.district_id"
                    " AND r.application_id = a.id AND r.person_id = $" + std::to_string(params.size()) + ")");
  }
  if (parts.empty()) return " AND 1 = 0";
  return " AND (" + parts[0] + (parts.size() > 1 ? " OR " + parts[1] : "") + ")";
}

}  // namespace

core::Result<std::vector<TableRow>> LoadReviewTable(db::Connection& db, std::int64_t district_id,
                                                    std::int64_t cohort_id, const TableFilter& filter,
                                                    const TableScope& scope, std::int64_t me) {
  db::Params params{district_id, cohort_id, filter.local_district_slug, me};
  const std::string condition = ScopeCondition(scope, params);
  std::vector<TableRow> rows;
  std::map<std::int64_t, std::size_t> index;
  auto done = db.Execute(
      "SELECT a.id, s.id, COALESCE(s.local_district_id, 0), s.slug, s.name, COALESCE(l.name, ''),"
      " COALESCE(l.slug, ''), a.status, a.submitted_at, v.visited_on,"
      " (SELECT COUNT(*) FROM application_reviewers r WHERE r.district_id = a.district_id"
      "  AND r.application_id = a.id),"
      " (SELECT COUNT(*) FROM application_reviewers r WHERE r.district_id = a.district_id"
      "  AND r.application_id = a.id AND r.person_id = $4),"
      " (SELECT COUNT(*) FROM review_scores r WHERE r.district_id = a.district_id"
      "  AND r.application_id = a.id AND r.reviewer_id = $4)"
      " FROM applications a JOIN published_schools s ON s.district_id = a.district_id AND s.id = a.school_id"
      " LEFT JOIN published_local_districts l ON l.district_id = s.district_id AND l.id = s.local_district_id"
      " LEFT JOIN site_visits v ON v.district_id = a.district_id AND v.application_id = a.id"
      " WHERE a.district_id = $1 AND a.cohort_id = $2 AND ($3 = '' OR l.slug = $3)" + condition +
          " ORDER BY s.name",
      params, [&](const db::Row& row) {
        TableRow r;
        r.application_id = row.Int(0);
        r.school = SchoolRef{row.Int(1), row.Int(2), row.String(3), row.String(4), row.String(5)};
        r.local_district_slug = row.String(6);
        r.status = ParseStatus(row.Text(7)).value_or(Status::kDraft);
        if (!row.IsNull(8)) r.submitted_at = row.Int(8);
        if (!row.IsNull(9)) {
          if (auto day = core::ParseLocalDate(row.Text(9))) r.visited_on = *day;
        }
        r.reviewer_count = static_cast<int>(row.Int(10));
        r.assigned_to_me = row.Int(11) > 0;
        r.scored_by_me = row.Int(12) > 0;
        index[r.application_id] = rows.size();
        rows.push_back(std::move(r));
      });
  if (!done) return std::unexpected(done.error());
  auto scores = db.Execute(
      "SELECT r.application_id, r.criterion_id, r.score FROM review_scores r"
      " JOIN applications a ON a.district_id = r.district_id AND a.id = r.application_id"
      " WHERE r.district_id = $1 AND a.cohort_id = $2",
      {district_id, cohort_id}, [&](const db::Row& row) {
        const auto at = index.find(row.Int(0));
        if (at != index.end()) rows[at->second].scores[row.Int(1)].push_back(static_cast<int>(row.Int(2)));
      });
  if (!scores) return std::unexpected(scores.error());
  return rows;
}

core::Result<std::vector<std::pair<std::string, std::string>>> LocalDistrictsApplying(
    db::Connection& db, std::int64_t district_id, std::int64_t cohort_id) {
  std::vector<std::pair<std::string, std::string>> rows;
  auto done = db.Execute(
      "SELECT DISTINCT l.slug, l.name FROM applications a"
      " JOIN published_schools s ON s.district_id = a.district_id AND s.id = a.school_id"
      " JOIN published_local_districts l ON l.district_id = s.district_id AND l.id = s.local_district_id"
      " WHERE a.district_id = $1 AND a.cohort_id = $2 ORDER BY l.name",
      {district_id, cohort_id}, [&](const db::Row& row) { rows.emplace_back(row.String(0), row.String(1)); });
  if (!done) return std::unexpected(done.error());
  return rows;
}

}  // namespace practica::applications
