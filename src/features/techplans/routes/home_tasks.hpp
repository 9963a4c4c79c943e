// The home page's lines for technology plans and certifications: the team's plan to write or
// revise and its certification to record, the coach's caseload plans to read, and district
// staff's plans to review and certifications to verify.
#pragma once

#include "features/kit/home_tasks.hpp"

namespace practica::techplans {

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context);

}  // namespace practica::techplans
