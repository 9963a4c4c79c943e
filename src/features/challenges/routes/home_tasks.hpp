// What the home page says about design challenges: the action steps late or due soon at the
// schools where the person is principal, on the practitioner team, or coach.
#pragma once

#include "features/kit/home_tasks.hpp"

namespace practica::challenges {

[[nodiscard]] core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::challenges
