// The design challenge's pages and API.
#pragma once

#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::challenges {

[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::challenges
