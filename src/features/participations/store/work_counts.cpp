#include "features/participations/store/work_counts.hpp"

#include "auth/domain/active_grant.hpp"

namespace practica::participations {
namespace {

// "A current holder of `role` at the school (or its local district) signed the newest version."
// $2 is today; the grant's window is the one Grant::ActiveOn reads.
std::string SignedBy(std::string_view slot, std::string_view scope_kind, std::string_view scope_id) {
  return "CASE WHEN EXISTS (SELECT 1 FROM agreement_signatures a JOIN published_grants g ON g.district_id = a.district_id"
         " AND g.person_id = a.person_id AND g.role = '" + std::string(slot) + "' AND g.scope_kind = '" +
         std::string(scope_kind) + "' AND g.scope_id = " + std::string(scope_id) +
         " AND " + auth::GrantHoldsOn("g", "$2") +
         " JOIN published_people pe ON pe.district_id = g.district_id AND pe.id = g.person_id AND pe.active = 1"
         " WHERE a.district_id = p.district_id AND a.cohort_id = p.cohort_id AND a.school_id = p.school_id"
         " AND a.role = '" + std::string(slot) + "' AND a.version = (SELECT MAX(v.version) FROM published_agreement_versions v"
         " WHERE v.district_id = p.district_id AND v.cohort_id = p.cohort_id)) THEN 1 ELSE 0 END";
}

}  // namespace

core::Result<std::vector<UnsignedAgreement>> UnsignedAgreements(db::Connection& connection,
                                                                std::int64_t district_id,
                                                                const core::LocalDate& today) {
  static const std::string kSql =
      "SELECT c.slug, c.number, c.school_year, s.id, COALESCE(s.local_district_id, 0), s.slug, s.name, "
      "principal_signed, director_signed FROM (SELECT p.district_id, p.cohort_id, p.school_id, " +
      SignedBy("principal", "school", "p.school_id") + " AS principal_signed, " +
      SignedBy("instructional_director", "local_district",
               "(SELECT sc.local_district_id FROM published_schools sc WHERE sc.district_id = p.district_id"
               " AND sc.id = p.school_id)") +
      " AS director_signed FROM participations p WHERE p.district_id = $1"
      " AND EXISTS (SELECT 1 FROM published_agreement_versions v WHERE v.district_id = p.district_id"
      " AND v.cohort_id = p.cohort_id)"
      " AND NOT EXISTS (SELECT 1 FROM participation_details d WHERE d.district_id = p.district_id"
      " AND d.cohort_id = p.cohort_id AND d.school_id = p.school_id AND d.retracted_at IS NOT NULL)) w"
      " JOIN published_cohorts c ON c.district_id = w.district_id AND c.id = w.cohort_id"
      " JOIN published_schools s ON s.district_id = w.district_id AND s.id = w.school_id"
      " WHERE principal_signed = 0 OR director_signed = 0"
      " ORDER BY c.announced_on DESC, c.slug, s.name, s.id";
  std::vector<UnsignedAgreement> rows;
  auto ran = connection.Execute(kSql, {district_id, core::FormatIsoDate(today)}, [&](const db::Row& row) {
    rows.push_back({row.String(0), row.String(1), row.String(2), row.Int(3), row.Int(4), row.String(5),
                    row.String(6), row.Int(7) != 0, row.Int(8) != 0});
  });
  if (!ran) return std::unexpected(ran.error());
  return rows;
}

}  // namespace practica::participations
