// One application as a school writes it, so the application pages have something to show:
// Hope Street ES's PS 4.0 application, answered, with a file attached, submitted and accepted.
// Illustrative: the seeds keep no school's application, only the list of schools selected
// (Hope Street ES is on PS 4.0's).
#pragma once

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::demo {

// Runs after the cohorts, their setups and the demo people exist.
[[nodiscard]] core::Result<void> AddApplicationDemo(db::Connection& db, std::int64_t district_id);

}  // namespace practica::demo
