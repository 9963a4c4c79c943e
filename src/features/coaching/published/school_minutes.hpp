// Minutes of coaching logged at each school between two days, for the district's dashboard.
// Only the sums leave the room: who was coached and the notes stay in the coaching log.
#pragma once

#include <cstdint>
#include <map>

#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "db/connection.hpp"

namespace practica::coaching {

// By school id, the minutes held on days from `first` to `last`, both included.
[[nodiscard]] core::Result<std::map<std::int64_t, std::int64_t>> MinutesBySchool(db::Connection& db,
                                                                               std::int64_t district_id,
                                                                               const core::LocalDate& first,
                                                                               const core::LocalDate& last);

}  // namespace practica::coaching
