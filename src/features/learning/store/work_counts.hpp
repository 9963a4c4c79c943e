// How many learning-session days are coming up: what home pages count.
#pragma once

#include <cstdint>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::learning {

// Days of any offering that start in [from, to).
[[nodiscard]] core::Result<std::int64_t> DaysStarting(db::Connection& connection, std::int64_t district_id,
                                                      std::int64_t from, std::int64_t to);
// Days in [from, to) of offerings where `person` is an attendee of a registered (not waiting,
// not cancelled) registration.
[[nodiscard]] core::Result<std::int64_t> DaysOfAttendee(db::Connection& connection, std::int64_t district_id,
                                                        std::int64_t person, std::int64_t from, std::int64_t to);

}  // namespace practica::learning
