// The demo's visits between schools: Garvanza's release-day visit of February 2019 that Hope
// Street's principal and a teacher attended and reflected on (its attendance verifies Garvanza's
// commitments 20 and 21 through the effects), and a visit to come, open for sign-ups.
#pragma once

#include <cstdint>

#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/kit/effects.hpp"

namespace practica::demo {

[[nodiscard]] core::Result<void> LoadVisitsDemo(db::Connection& db, std::int64_t district_id,
                                                const core::TimeZone& zone, const features::Effects& effects);

}  // namespace practica::demo
