// School pages and the schools API: the list, and one school's history across cohorts.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::schools {

// Adds GET /schools, /schools/{slug}, /api/v1/schools, /api/v1/schools/{slug}.
[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::schools
