// A generated district the size of the country's second-largest (~1,000 schools, ~25,000
// teachers) with several more cohorts of history, for benchmarks. Deterministic: same seed,
// same district.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "db/connection.hpp"

namespace practica::app::demo {

struct Growth {
  int schools = 0;
  int cohorts = 0;
  int people = 0;
};

inline constexpr int kDistrictSchools = 1000;
inline constexpr int kDistrictTeachers = 25000;

// Adds schools up to kDistrictSchools, a principal per school, kDistrictTeachers teachers,
// and three generated cohorts of about 250 schools each.
[[nodiscard]] core::Result<Growth> GrowToDistrictScale(
    db::Connection& db, std::int64_t district_id, std::int64_t program_id,
    const std::map<std::string, std::int64_t>& local_ids, const core::TimeZone& zone,
    std::vector<std::int64_t> school_ids);

}  // namespace practica::app::demo
