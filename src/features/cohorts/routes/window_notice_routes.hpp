// Asking to be told when an application window opens, and stopping it by the e-mail's link:
// no sign-in for either.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::cohorts {

// Adds POST /window-notices, GET and POST /api/v1/window-notices, and GET and POST
// /window-notices/stop/{token}.
[[nodiscard]] core::Result<void> RegisterWindowNoticeRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::cohorts
