// What a person's home page says about exemplars: reviews asked of them, their own exemplars
// in review or sent back, and for staff the exemplars in review across the district.
#pragma once

#include "features/kit/home_tasks.hpp"

namespace practica::exemplars {

[[nodiscard]] core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::exemplars
