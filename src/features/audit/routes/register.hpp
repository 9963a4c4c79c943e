// The audit log for district staff: a filtered page, a CSV export and the API.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::audit {

// Adds GET /audit, /audit.csv and /api/v1/audit.
[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::audit
