// A generated district the size of the country's second-largest (~1,000 schools, ~25,000
// teachers) with several more cohorts of history, for benchmarks. Deterministic: same seed,
// same district.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/time_zone.hpp"
#include "db/connection.hpp"

namespace practica::demo {

struct Growth {
  int schools = 0;
  int cohorts = 0;
  int people = 0;
};

inline constexpr int kDistrictSchools = 1000;
inline constexpr int kDistrictTeachers = 25000;

// Adds schools up to kDistrictSchools, a principal per school, kDistrictTeachers teachers,
// three generated cohorts of 250 schools each, the scale year (scale_year.hpp): a cohort of
// every school with its commitments and a cohort of 200 applications, 100 coaches' year of
// coaching (scale_coaching.hpp), and a staff survey of 20,000 answers and the certifications of
// the every-school cohort (scale_surveys.hpp).
[[nodiscard]] core::Result<Growth> GrowToDistrictScale(
    db::Connection& db, std::int64_t district_id, std::int64_t program_id,
    const std::map<std::string, std::int64_t>& local_ids, const core::TimeZone& zone,
    std::vector<std::int64_t> school_ids);

// A generated cohort ("5.0" → ps-5-0) with its application window in March of `year`; its id.
[[nodiscard]] core::Result<std::int64_t> CreateGeneratedCohort(
    db::Connection& db, std::int64_t district_id, std::int64_t program_id,
    const core::TimeZone& zone, std::string_view number, std::string_view title,
    std::string_view standard, int year);

}  // namespace practica::demo
