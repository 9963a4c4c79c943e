#include "features/techplans/store/techplans_store.hpp"

#include <algorithm>

#include "auth/domain/active_grant.hpp"
#include "features/cohorts/published/cohort_refs.hpp"
#include "features/schools/published/school_refs.hpp"

namespace practica::techplans {

std::vector<std::int64_t> PlanRecord::Authors() const {
  std::vector<std::int64_t> authors;
  for (const auto& v : versions) authors.push_back(v.saved_by);
  for (const auto& n : notes) {
    if (n.kind == "submitted") authors.push_back(n.person_id);
  }
  return authors;
}

core::Result<std::optional<CohortRef>> TechPlansStore::FindCohort(std::string_view slug) {
  return cohorts::FindCohortRef(db_, district_id_, slug);
}

core::Result<std::optional<SchoolRef>> TechPlansStore::FindSchool(std::string_view slug) {
  return schools::FindSchoolRef(db_, district_id_, slug);
}

core::Result<bool> TechPlansStore::InCohort(std::int64_t cohort_id, std::int64_t school_id) {
  auto found = db_.QueryInt(
      "SELECT 1 FROM published_participations WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort_id, school_id});
  if (!found) return std::unexpected(found.error());
  return found->has_value();
}

core::Result<bool> TechPlansStore::OnTeam(std::int64_t cohort_id, std::int64_t school_id, std::int64_t person_id,
                                          const core::LocalDate& today) {
  auto found = db_.QueryInt(
      "SELECT 1 FROM published_team_members t WHERE t.district_id = $1 AND t.cohort_id = $2 AND t.school_id = $3"
      " AND t.person_id = $4 AND t.removed_at IS NULL"
      " UNION ALL SELECT 1 FROM published_grants g WHERE g.district_id = $1 AND g.person_id = $4"
      " AND g.role = 'principal' AND g.scope_kind = 'school' AND g.scope_id = $3 AND " +
          auth::GrantHoldsOn("g", "$5"),
      {district_id_, cohort_id, school_id, person_id, core::FormatIsoDate(today)});
  if (!found) return std::unexpected(found.error());
  return found->has_value();
}

core::Result<std::vector<SchoolRow>> TechPlansStore::Overview(std::int64_t cohort_id) {
  std::vector<SchoolRow> rows;
  auto done = db_.Execute(
      "SELECT s.id, s.local_district_id, s.slug, s.name, tp.status, c.status, c.educators_certified, c.certificate,"
      " c.certified_on, c.verified_at, COALESCE(c.illustrative, 0) + COALESCE(tp.illustrative, 0)"
      " FROM published_participations pp"
      " JOIN published_schools s ON s.district_id = pp.district_id AND s.id = pp.school_id"
      " LEFT JOIN tech_plans tp ON tp.district_id = pp.district_id AND tp.cohort_id = pp.cohort_id"
      "  AND tp.school_id = pp.school_id"
      " LEFT JOIN certifications c ON c.district_id = pp.district_id AND c.cohort_id = pp.cohort_id"
      "  AND c.school_id = pp.school_id"
      " WHERE pp.district_id = $1 AND pp.cohort_id = $2 ORDER BY s.name, s.id",
      {district_id_, cohort_id}, [&](const db::Row& row) {
        SchoolRow r;
        r.school = SchoolRef{row.Int(0), row.Int(1), row.String(2), row.String(3), {}};
        if (!row.IsNull(4)) r.plan = ParseStatus(row.Text(4));
        if (!row.IsNull(5)) {
          CertRecord c;
          c.status = ParseCertStatus(row.Text(5)).value_or(CertStatus::kNotStarted);
          c.educators_certified = static_cast<int>(row.Int(6));
          c.certificate = row.String(7);
          c.certified_on = row.OptionalDate(8);
          r.certification = c;
          r.verified = !row.IsNull(9);
        }
        r.illustrative = row.Int(10) > 0;
        rows.push_back(std::move(r));
      });
  if (!done) return std::unexpected(done.error());
  return rows;
}

}  // namespace practica::techplans
