// Each school's exemplars in a cohort, for the district's dashboard: how many are published and
// how many are on their way (being packaged, in review or sent back for changes). Declined and
// retired ones count in neither.
#pragma once

#include <cstdint>
#include <map>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::exemplars {

struct SchoolExemplars {
  int published = 0;
  int under_way = 0;
};

// By school id: the schools of the cohort with at least one exemplar of the cohort.
[[nodiscard]] core::Result<std::map<std::int64_t, SchoolExemplars>> CohortExemplars(db::Connection& db,
                                                                                   std::int64_t district_id,
                                                                                   std::int64_t cohort_id);

}  // namespace practica::exemplars
