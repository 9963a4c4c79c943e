// The learning calendar of the demo: PS 3.0's sessions as the agreement dates them, Garvanza's
// team registered and its attendance taken, and the ISTE Standards Suite and Teacher Leader
// Network open to teachers in the coming months.
#pragma once

#include <cstdint>

#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/kit/effects.hpp"

namespace practica::demo {

[[nodiscard]] core::Result<void> LoadLearningDemo(db::Connection& db, std::int64_t district_id,
                                                  const core::TimeZone& zone, std::int64_t now,
                                                  const features::Effects& effects);

}  // namespace practica::demo
