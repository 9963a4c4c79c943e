// The program's public face: the home page, cohort pages and the cohorts API.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::cohorts {

// Adds GET /, /cohorts/{slug}, /api/v1/cohorts, /api/v1/cohorts/{slug},
// /api/v1/cohorts/{slug}/schools, and the window-notice routes (window_notice_routes.hpp).
[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::cohorts
