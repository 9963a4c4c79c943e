// The participations feature's lines on home pages: agreements to sign (a school's principal,
// its local district's instructional director) and agreements still unsigned across a cohort
// (the director and coordinators), for cohorts whose school year has not ended.
#pragma once

#include "features/kit/home_tasks.hpp"

namespace practica::participations {

[[nodiscard]] core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::participations
