// The local districts API.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::districts {

// Adds GET /api/v1/local-districts.
[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::districts
