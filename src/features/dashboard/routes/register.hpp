// The district's dashboard: every school of a cohort in one grid, its CSV and its API twin.
#pragma once

#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::dashboard {

[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::dashboard
