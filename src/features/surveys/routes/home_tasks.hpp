// The feedback forms a person's home page lists: the open forms sent to them not yet answered.
#pragma once

#include <vector>

#include "features/kit/home_tasks.hpp"

namespace practica::surveys {

[[nodiscard]] core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::surveys
