// The jobs page for district staff: what the job runner did, is doing and failed to do.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::jobs_page {

// Adds GET /jobs, POST /jobs/{id}/retry, GET /api/v1/jobs and POST /api/v1/jobs/{id}/retry.
[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::jobs_page
