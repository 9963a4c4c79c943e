// The cohort's goals and timeline as program staff edit them: /cohorts/{slug}/plan and
// /api/v1/cohorts/{slug}/goals, …/timeline.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::cohorts {

[[nodiscard]] core::Result<void> RegisterPlanRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::cohorts
