// The reference frameworks page and API.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::standards {

// Adds GET /standards and /api/v1/standards.
[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::standards
