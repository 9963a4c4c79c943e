// The demo's technology plans and digital citizenship certifications at PS 3.0 schools:
// Garvanza's approved plan (the one the commitments demo files as evidence for commitment 16)
// and Hope Street's waiting for review; certifications for four schools and the cohort's
// deadline. All illustrative: the program's records of these are not public.
#pragma once

#include <cstdint>

#include "core/time_zone.hpp"
#include "db/connection.hpp"

namespace practica::demo {

[[nodiscard]] core::Result<void> LoadTechPlansDemo(db::Connection& db, std::int64_t district_id,
                                                   const core::TimeZone& zone);

}  // namespace practica::demo
