// Where each school's design challenge stands in a cohort, for the district's dashboard: the
// stage (StageOf) and whether the team has shared it with the cohort. District staff and the
// local district's director read drafts too (ReadAccess), so the dashboard shows every stage.
#pragma once

#include <cstdint>
#include <map>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/challenges/domain/stage.hpp"

namespace practica::challenges {

struct SchoolStage {
  Stage stage;
  bool started = false;  // anything written yet
  bool shared = false;
};

// By school id, every school of the cohort.
[[nodiscard]] core::Result<std::map<std::int64_t, SchoolStage>> CohortStages(db::Connection& db,
                                                                           std::int64_t district_id,
                                                                           std::int64_t cohort_id);

}  // namespace practica::challenges
