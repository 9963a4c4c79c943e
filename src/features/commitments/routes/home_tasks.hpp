// The commitments feature's lines on home pages: evidence waiting to be verified (a coach's
// caseload; every school for district staff) and evidence returned to a principal's or team's
// school.
#pragma once

#include "features/kit/home_tasks.hpp"

namespace practica::commitments {

[[nodiscard]] core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::commitments
