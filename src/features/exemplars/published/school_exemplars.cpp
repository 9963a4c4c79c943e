#include "features/exemplars/published/school_exemplars.hpp"

namespace practica::exemplars {

core::Result<std::map<std::int64_t, SchoolExemplars>> CohortExemplars(db::Connection& db, std::int64_t district_id,
                                                                     std::int64_t cohort_id) {
  std::map<std::int64_t, SchoolExemplars> found;
  auto read = db.Execute(
      "SELECT school_id,"
      " SUM(CASE WHEN status = 'published' THEN 1 ELSE 0 END),"
      " SUM(CASE WHEN status IN ('draft', 'in_review', 'changes_requested') THEN 1 ELSE 0 END)"
      " FROM exemplars WHERE district_id = $1 AND cohort_id = $2 GROUP BY school_id",
      {district_id, cohort_id}, [&](const db::Row& row) {
        found[row.Int(0)] = SchoolExemplars{static_cast<int>(row.Int(1)), static_cast<int>(row.Int(2))};
      });
  if (!read) return std::unexpected(read.error());
  return found;
}

}  // namespace practica::exemplars
