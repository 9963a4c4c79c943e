// Each school's record over a cohort's team sessions, for the district's dashboard: the same
// outcomes the cohort's attendance grid shows, counted per school (AttendanceRecord).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/learning/domain/attendance.hpp"

namespace practica::learning {

// One of the cohort's team sessions, for the dashboard's chart of attendance by session.
struct SessionRef {
  std::string title;
  std::int64_t starts_at = 0;  // UTC, its first day's start
};

// What each school did at each session, one letter per session in `sessions`' order: 'a'
// attended, 'p' in part, 'm' missed (as AttendanceRecord counts them), 'u' registered and still to
// come, '.' none of these (not expected, cancelled, or attendance not recorded).
inline constexpr char kMarkAttended = 'a', kMarkPartial = 'p', kMarkMissed = 'm', kMarkUpcoming = 'u', kMarkNone = '.';

struct CohortAttendanceRead {
  std::vector<SessionRef> sessions;                  // by first day
  std::map<std::int64_t, AttendanceRecord> records;  // by school id, over every session
  std::map<std::int64_t, std::string> marks;         // by school id: a letter per session
};

// For each of `school_ids`, its record and its marks; the sessions' registrations and marks are
// read once, whatever the number of schools.
[[nodiscard]] core::Result<CohortAttendanceRead> CohortAttendance(
    db::Connection& db, std::int64_t district_id, std::int64_t cohort_id, const std::vector<std::int64_t>& school_ids,
    std::int64_t now);

}  // namespace practica::learning
