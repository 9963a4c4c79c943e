// PS 4.0 under way, so the participation pages show something: Garvanza's principal has signed
// and its instructional director has not, its team is a draft of two, and Ramon Castillo
// coaches Garvanza, Hope Street ES and Telfair Avenue ES (already his caseload in people.cpp).
#pragma once

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::demo {

// Runs after the cohorts, their agreements and the demo people exist. The signature is left
// out when PS 4.0 has no published agreement.
[[nodiscard]] core::Result<void> AddParticipationDemo(db::Connection& db, std::int64_t district_id);

}  // namespace practica::demo
