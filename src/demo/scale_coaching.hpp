// The coaches' year at district scale, for `make bench`: 100 coaches (the demo's Ramon Castillo
// and 99 generated ones), each with ten schools, a school year of log entries (four a week for
// 40 weeks, 16,000 in all) and six observations at each of their schools (6,000). Generated,
// deterministic, and marked illustrative like the demo's own year.
#pragma once

#include <cstdint>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::demo {

inline constexpr int kScaleCoaches = 100;
inline constexpr int kScaleCoachSchools = 10;
inline constexpr int kScaleEntryWeeks = 40;
inline constexpr int kScaleEntriesPerWeek = 4;
inline constexpr int kScaleObservationsPerSchool = 6;

// `school_ids`: the district's schools, the demo's first (so Ramon's ten include them).
[[nodiscard]] core::Result<void> AddScaleCoaching(db::Connection& db, std::int64_t district_id,
                                                  const std::vector<std::int64_t>& school_ids, std::int64_t now);

}  // namespace practica::demo
