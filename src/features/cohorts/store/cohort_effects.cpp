#include "features/cohorts/store/cohort_effects.hpp"

#include "features/cohorts/store/cohorts_store.hpp"

namespace practica::cohorts {

core::Result<void> CopyGoals(db::Connection& db, std::int64_t district_id, const features::CohortCopied& copied) {
  CohortsStore store(db, district_id);
  auto goals = store.Goals(copied.from_cohort_id);
  if (!goals) return std::unexpected(goals.error());
  for (auto& goal : *goals) goal = copied.reword(goal);
  return store.AddGoals(copied.to_cohort_id, *goals);
}

}  // namespace practica::cohorts
