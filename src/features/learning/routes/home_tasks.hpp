// The learning feature's line on home pages: the session days coming up, all of them for staff
// and coaches, one's own for everyone registered to attend.
#pragma once

#include "features/kit/home_tasks.hpp"

namespace practica::learning {

[[nodiscard]] core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::learning
