#include "features/commitments/store/work_counts.hpp"

namespace practica::commitments {

core::Result<std::vector<SchoolCount>> LatestEventCounts(db::Connection& connection, std::int64_t district_id,
                                                         std::string_view kind, std::int64_t now,
                                                         const std::string& today) {
  std::vector<SchoolCount> counts;
  auto ran = connection.Execute(
      "SELECT c.slug, c.number, s.id, s.slug, COUNT(*), c.school_year FROM commitment_events e "
      "JOIN school_commitments sc ON sc.district_id = e.district_id AND sc.id = e.school_commitment_id "
      "JOIN published_cohorts c ON c.district_id = sc.district_id AND c.id = sc.cohort_id "
      "JOIN published_schools s ON s.district_id = sc.district_id AND s.id = sc.school_id "
      "LEFT JOIN commitment_calendars cal ON cal.district_id = sc.district_id AND cal.cohort_id = sc.cohort_id "
      "WHERE e.district_id = $1 AND e.kind = $2 AND e.at <= $3 "
      "AND (cal.support_ends_on IS NULL OR cal.support_ends_on >= $4) AND NOT EXISTS ("
      "SELECT 1 FROM commitment_events later WHERE later.district_id = e.district_id "
      "AND later.school_commitment_id = e.school_commitment_id AND later.period = e.period AND later.at <= $3 "
      "AND (later.at > e.at OR (later.at = e.at AND later.id > e.id))) "
      "GROUP BY c.slug, c.number, c.school_year, c.announced_on, s.id, s.slug ORDER BY c.announced_on DESC, s.slug",
      {district_id, std::string(kind), now, today}, [&](const db::Row& row) {
        counts.push_back({row.String(0), row.String(1), row.Int(2), row.String(3), row.Int(4), row.String(5)});
      });
  if (!ran) return std::unexpected(ran.error());
  return counts;
}

core::Result<std::vector<IssuedCohort>> IssuedCohorts(db::Connection& connection, std::int64_t district_id) {
  std::vector<IssuedCohort> cohorts;
  auto ran = connection.Execute(
      "SELECT c.id, c.slug, c.number, c.school_year FROM published_cohorts c WHERE c.district_id = $1 AND EXISTS ("
      "SELECT 1 FROM school_commitments sc WHERE sc.district_id = c.district_id AND sc.cohort_id = c.id) "
      "ORDER BY c.announced_on DESC, c.id DESC",
      {district_id}, [&](const db::Row& row) {
        cohorts.push_back({row.Int(0), row.String(1), row.String(2), row.String(3)});
      });
  if (!ran) return std::unexpected(ran.error());
  return cohorts;
}

}  // namespace practica::commitments
