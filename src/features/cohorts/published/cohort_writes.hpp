// What another room may ask the cohorts room to change, on the caller's connection and inside
// its transaction. The cohorts room owns the cohorts, goals and timeline tables: the applications
// feature opens next year's cohort and sets its window and school year through here, so the
// rules and the SQL for those rows stay in one room.
#pragma once

#include <cstdint>
#include <string>

#include "db/connection.hpp"
#include "features/cohorts/domain/cohort.hpp"

namespace practica::cohorts {

// Saves the cohort with its goals and timeline, and returns it with its ids. kInvalidInput when
// the cohort breaks a rule of CheckCohort; kConflict when its address (slug) is taken.
[[nodiscard]] core::Result<Cohort> CreateCohortFor(db::Connection& db, std::int64_t district_id,
                                                   Cohort cohort);

// When applications open and close (UTC seconds). kNotFound when the cohort does not exist.
[[nodiscard]] core::Result<void> SetApplicationWindow(db::Connection& db, std::int64_t district_id,
                                                      std::int64_t cohort_id, std::int64_t opens_at,
                                                      std::int64_t closes_at);

// "2019-2020". kNotFound when the cohort does not exist.
[[nodiscard]] core::Result<void> SetSchoolYear(db::Connection& db, std::int64_t district_id,
                                               std::int64_t cohort_id, const std::string& school_year);

}  // namespace practica::cohorts
