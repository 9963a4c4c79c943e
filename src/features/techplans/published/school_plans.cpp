#include "features/techplans/published/school_plans.hpp"

#include "features/techplans/store/techplans_store.hpp"

namespace practica::techplans {

core::Result<std::map<std::int64_t, SchoolPlan>> CohortPlans(db::Connection& db, std::int64_t district_id,
                                                           std::int64_t cohort_id, const core::LocalDate& today) {
  auto rows = TechPlansStore(db, district_id).Overview(cohort_id);
  if (!rows) return std::unexpected(rows.error());
  std::map<std::int64_t, SchoolPlan> plans;
  for (const auto& row : *rows) {
    SchoolPlan plan{row.plan, std::nullopt, row.verified};
    if (row.certification) plan.certification = StatusOn(*row.certification, today);
    plans[row.school.id] = plan;
  }
  return plans;
}

}  // namespace practica::techplans
