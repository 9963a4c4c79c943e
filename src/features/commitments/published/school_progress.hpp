// Each school's progress on its commitments in a cohort, counted as the cohort's grid counts
// it (GridTally): what the district's dashboard shows beside the participation's state.
#pragma once

#include <cstdint>
#include <map>

#include "core/error.hpp"
#include "core/school_scope.hpp"
#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/commitments/domain/months.hpp"

namespace practica::commitments {

struct SchoolProgress {
  bool issued = false;  // the school has its copy of the commitments
  int verified = 0;     // the school's own commitments verified
  int total = 0;
  int late = 0;      // past due: late, or returned after the due day
  int due_soon = 0;  // nothing given yet and due within the due-soon days
  Months months;     // the school's own commitments by the month they are due (CountMonths)
};

// By school id, for the cohort's schools inside `scope`, at `now`.
[[nodiscard]] core::Result<std::map<std::int64_t, SchoolProgress>> CohortProgress(
    db::Connection& db, std::int64_t district_id, std::int64_t cohort_id, const core::SchoolScope& scope,
    const core::TimeZone& zone, std::int64_t now);

}  // namespace practica::commitments
