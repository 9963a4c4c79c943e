// What the home page says about design challenges: the action steps late or due soon at the
// schools where the person is principal, on the practitioner team, or coach; and the lesson
// rounds the person presents or facilitates on a 2+1 offering's third day still to come.
#pragma once

#include "features/kit/home_tasks.hpp"

namespace practica::challenges {

[[nodiscard]] core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::challenges
