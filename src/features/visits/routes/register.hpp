// Every path of the visits between schools, with its action in the policy's catalog.
#pragma once

#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::visits {

[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::visits
