// Every path of the coach's work at the school, with its action in the policy's catalog.
#pragma once

#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::coaching {

[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::coaching
