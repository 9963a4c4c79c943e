// The commitments room's part of opening a cohort from another: the template (with each item's
// verified_by) and the calendar, in the new cohort's words, each fixed date a year later. Staff
// edit them on the new cohort's pages before its window opens. src/app/effects.cpp registers it.
#pragma once

#include <cstdint>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/kit/events.hpp"

namespace practica::commitments {

// The store's error, which rolls the copy back; a cohort with no template or dates copies none.
[[nodiscard]] core::Result<void> CopyTemplateAndCalendar(db::Connection& db, std::int64_t district_id,
                                                         const features::CohortCopied& copied);

}  // namespace practica::commitments
