// The demo's application setups: PS 3.0's real guiding questions, selection criteria, dates and
// Q&A sessions with its Intent to Participate summarized, and PS 4.0's copy of them.
#pragma once

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "db/connection.hpp"

namespace practica::demo {

// Needs the cohorts ps-3-0 and ps-4-0. Errors from the database pass through.
[[nodiscard]] core::Result<void> AddProgramSetup(db::Connection& db, std::int64_t district_id,
                                                 const core::TimeZone& zone);

}  // namespace practica::demo
