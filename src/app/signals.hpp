// Connects what one feature announces to the feature that acts on it.
#pragma once

#include <cstdint>

#include "features/kit/deps.hpp"

namespace practica::app {

// Attendance that completes a commitment's sessions verifies the school's copy of that
// commitment, unless it is verified already.
features::Signals MakeSignals(std::int64_t district_id);

}  // namespace practica::app
