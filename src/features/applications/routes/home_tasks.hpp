// The applications feature's lines on home pages: applications to decide (the director and
// coordinators) and applications to review (each reviewer).
#pragma once

#include "features/kit/home_tasks.hpp"

namespace practica::applications {

[[nodiscard]] core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::applications
