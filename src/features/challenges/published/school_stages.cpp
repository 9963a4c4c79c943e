#include "features/challenges/published/school_stages.hpp"

#include "features/challenges/store/challenges_store.hpp"

namespace practica::challenges {

core::Result<std::map<std::int64_t, SchoolStage>> CohortStages(db::Connection& db, std::int64_t district_id,
                                                             std::int64_t cohort_id) {
  auto rows = ChallengesStore(db, district_id).Gallery(cohort_id);
  if (!rows) return std::unexpected(rows.error());
  std::map<std::int64_t, SchoolStage> stages;
  for (const auto& row : *rows) {
    stages[row.school.id] = SchoolStage{StageOf(row.progress), row.challenge_id != 0, row.shared};
  }
  return stages;
}

}  // namespace practica::challenges
