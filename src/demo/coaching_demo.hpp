// The demo coach's year at the school: Ramon Castillo's coaching log at Garvanza and Hope Street
// ES through PS 3.0's 2018-2019, and non-evaluative observations. All of it is illustrative
// (the program's coaching records are not public) and marked so on every page that shows it.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/kit/effects.hpp"

namespace practica::demo {

// Each entry is announced as the coach's log announces it, so the commitments it is evidence of
// (10, 11, 14) are verified through `effects` as they would have been.
[[nodiscard]] core::Result<void> LoadCoachingDemo(db::Connection& db, std::int64_t district_id,
                                                  const std::map<std::string, std::int64_t>& school_ids,
                                                  const core::TimeZone& zone, std::int64_t now,
                                                  const features::Effects& effects);

// Entries whose focus is a step of the school's design challenge; after the challenges demo.
[[nodiscard]] core::Result<void> LoadCoachingStepsDemo(db::Connection& db, std::int64_t district_id,
                                                       const std::map<std::string, std::int64_t>& school_ids,
                                                       const core::TimeZone& zone, std::int64_t now,
                                                       const features::Effects& effects);

}  // namespace practica::demo
