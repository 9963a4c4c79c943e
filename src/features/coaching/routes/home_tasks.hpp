// The coaching log's line on a coach's home page: next steps due within a week, urgent when one
// is already late.
#pragma once

#include "features/kit/home_tasks.hpp"

namespace practica::coaching {

[[nodiscard]] core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::coaching
