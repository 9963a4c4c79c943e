// Each school's record over a cohort's team sessions, for the district's dashboard: the same
// outcomes the cohort's attendance grid shows, counted per school (AttendanceRecord).
#pragma once

#include <cstdint>
#include <map>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/learning/domain/attendance.hpp"

namespace practica::learning {

// By school id, every school with a registration or an expected session; a school absent from
// the map has no session held (AttendanceRecord{}).
[[nodiscard]] core::Result<std::map<std::int64_t, AttendanceRecord>> CohortAttendance(
    db::Connection& db, std::int64_t district_id, std::int64_t cohort_id, const std::vector<std::int64_t>& school_ids,
    std::int64_t now);

}  // namespace practica::learning
