// The one list of cross-room effects: which room's handler answers which event.
#pragma once

#include <cstdint>

#include "features/kit/effects.hpp"

namespace practica::app {

// Every handler of the district, registered for its event in the order it runs.
features::Effects MakeEffects(std::int64_t district_id);

}  // namespace practica::app
