// What the home pages ask of the techplans room: each school's plan and certification.
#include "db/clause.hpp"
#include "features/techplans/store/techplans_store.hpp"

namespace practica::techplans {

core::Result<std::vector<TechPlansStore::Standing>> TechPlansStore::Standings(const std::vector<std::int64_t>& school_ids,
                                                                              bool every_school) {
  std::vector<Standing> rows;
  if (school_ids.empty() && !every_school) return rows;
  db::Params params{district_id_};
  const std::string only = every_school ? "" : " AND pp.school_id IN (" + db::IdPlaceholders(school_ids, params) + ")";
  auto done = db_.Execute(
      "SELECT co.slug, co.number, co.school_year, s.slug, s.name, tp.status, COALESCE(c.status, 'not_started'),"
      " c.verified_at FROM published_participations pp"
      " JOIN published_cohorts co ON co.district_id = pp.district_id AND co.id = pp.cohort_id"
      " JOIN published_schools s ON s.district_id = pp.district_id AND s.id = pp.school_id"
      " LEFT JOIN tech_plans tp ON tp.district_id = pp.district_id AND tp.cohort_id = pp.cohort_id"
      "  AND tp.school_id = pp.school_id"
      " LEFT JOIN certifications c ON c.district_id = pp.district_id AND c.cohort_id = pp.cohort_id"
      "  AND c.school_id = pp.school_id"
      " WHERE pp.district_id = $1" + only + " ORDER BY co.slug, s.name",
      params, [&](const db::Row& row) {
        Standing r;
        r.cohort_slug = row.String(0);
        r.cohort_number = row.String(1);
        r.school_year = row.String(2);
        r.school_slug = row.String(3);
        r.school_name = row.String(4);
        if (!row.IsNull(5)) r.plan = ParseStatus(row.Text(5));
        r.certification = ParseCertStatus(row.Text(6)).value_or(CertStatus::kNotStarted);
        r.verified = !row.IsNull(7);
        rows.push_back(std::move(r));
      });
  if (!done) return std::unexpected(done.error());
  return rows;
}

}  // namespace practica::techplans
