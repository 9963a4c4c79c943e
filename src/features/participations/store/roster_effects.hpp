// The participations room's effects of an application's decision: an acceptance puts the school
// on the cohort's roster, and undoing it takes the school off, in the decision's transaction.
// src/app/effects.cpp registers these. Each returns the store's error, which rolls the decision
// back.
#pragma once

#include <cstdint>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/kit/events.hpp"

namespace practica::participations {

// Accepting again leaves the school where it is, under its first listed name.
[[nodiscard]] core::Result<void> PutOnRoster(db::Connection& db, std::int64_t district_id,
                                             const features::ApplicationAccepted& accepted);
// The applications room refuses the correction first when the participation holds anything.
[[nodiscard]] core::Result<void> TakeOffRoster(db::Connection& db, std::int64_t district_id,
                                               const features::AcceptanceUndone& undone);

}  // namespace practica::participations
