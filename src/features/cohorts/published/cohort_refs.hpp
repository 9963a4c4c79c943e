// How another room finds a cohort it names by address or id: the one query for a cohort
// reference.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/refs.hpp"
#include "db/connection.hpp"

namespace practica::cohorts {

// The cohort with that address ("ps-3-0"), or nullopt.
[[nodiscard]] core::Result<std::optional<core::CohortRef>> FindCohortRef(db::Connection& db,
                                                                         std::int64_t district_id,
                                                                         std::string_view slug);
// The cohort with that id, or nullopt.
[[nodiscard]] core::Result<std::optional<core::CohortRef>> CohortRefById(db::Connection& db,
                                                                         std::int64_t district_id,
                                                                         std::int64_t id);
// What a cohort set out to do: its focus standard's code ("1.4"), its summary and its goals in
// order. For the year's progress report. kNotFound when there is no such cohort.
struct CohortAims {
  std::string focus_standard_code;
  std::string summary;
  std::vector<std::string> goals;
};
[[nodiscard]] core::Result<CohortAims> AimsOf(db::Connection& db, std::int64_t district_id, std::int64_t cohort_id);

// Every cohort, the newest school year first.
[[nodiscard]] core::Result<std::vector<core::CohortRef>> AllCohortRefs(db::Connection& db,
                                                                       std::int64_t district_id);

}  // namespace practica::cohorts
