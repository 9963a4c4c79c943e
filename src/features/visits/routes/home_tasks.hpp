// The visits' lines on a person's home page: visits one signed up for, visits one attended and
// has not reflected on, and, for a host school's principal, team and coach, visits whose
// attendance waits.
#pragma once

#include "features/kit/home_tasks.hpp"

namespace practica::visits {

[[nodiscard]] core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::visits
