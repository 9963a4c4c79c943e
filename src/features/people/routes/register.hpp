// People and their roles (district staff), and each school's staff list.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::people {

[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);
[[nodiscard]] core::Result<void> RegisterPeopleRoutes(http::Router& router, const features::Deps& deps);
[[nodiscard]] core::Result<void> RegisterStaffRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::people
