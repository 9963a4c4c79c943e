// The cohorts room's part of opening a cohort from another: its goals, in the new cohort's
// words. src/app/effects.cpp registers it.
#pragma once

#include <cstdint>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/kit/events.hpp"

namespace practica::cohorts {

// Appends the old cohort's goals, reworded, to the new cohort's; the store's error rolls the
// copy back.
[[nodiscard]] core::Result<void> CopyGoals(db::Connection& db, std::int64_t district_id,
                                           const features::CohortCopied& copied);

}  // namespace practica::cohorts
