// The district-scale demo's year in progress and its next intake: a cohort of every generated
// school holding the PS 3.0 commitments (the grid and exports at 1,000 schools), a coach with a
// caseload in it, and a cohort with 200 submitted applications to review.
#pragma once

#include <cstdint>
#include <vector>

#include "core/time_zone.hpp"
#include "db/connection.hpp"

namespace practica::demo {

inline constexpr int kScaleApplications = 200;
inline constexpr int kScaleCaseload = 25;

// Needs the demo people and the PS 3.0 template (LoadCommitmentsDemo) loaded first.
[[nodiscard]] core::Result<void> AddScaleYear(db::Connection& db, std::int64_t district_id,
                                              std::int64_t program_id, const core::TimeZone& zone,
                                              const std::vector<std::int64_t>& school_ids);

}  // namespace practica::demo
