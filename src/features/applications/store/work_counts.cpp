#include "features/applications/store/work_counts.hpp"

namespace practica::applications {
namespace {

core::Result<std::vector<CohortCount>> Counts(db::Connection& connection, std::string_view sql,
                                              const db::Params& params) {
  std::vector<CohortCount> counts;
  auto ran = connection.Execute(sql, params, [&](const db::Row& row) {
    counts.push_back({row.String(0), row.String(1), row.Int(2)});
  });
  if (!ran) return std::unexpected(ran.error());
  return counts;
}

}  // namespace

core::Result<std::vector<CohortCount>> AwaitingDecision(db::Connection& connection, std::int64_t district_id) {
  return Counts(connection,
                "SELECT c.slug, c.number, COUNT(*) FROM applications a "
                "JOIN published_cohorts c ON c.district_id = a.district_id AND c.id = a.cohort_id "
                "WHERE a.district_id = $1 AND a.status = 'submitted' "
                "GROUP BY c.slug, c.number, c.announced_on ORDER BY c.announced_on DESC, c.slug",
                {district_id});
}

core::Result<std::vector<CohortCount>> AwaitingReview(db::Connection& connection, std::int64_t district_id,
                                                      std::int64_t reviewer) {
  return Counts(connection,
                "SELECT c.slug, c.number, COUNT(*) FROM application_reviewers r "
                "JOIN applications a ON a.district_id = r.district_id AND a.id = r.application_id "
                "JOIN published_cohorts c ON c.district_id = a.district_id AND c.id = a.cohort_id "
                "WHERE r.district_id = $1 AND r.person_id = $2 AND a.status = 'submitted' "
                "AND NOT EXISTS (SELECT 1 FROM review_scores s WHERE s.district_id = r.district_id "
                "AND s.application_id = r.application_id AND s.reviewer_id = r.person_id) "
                "GROUP BY c.slug, c.number, c.announced_on ORDER BY c.announced_on DESC, c.slug",
                {district_id, reviewer});
}

}  // namespace practica::applications
