// The one list of every feature's routes, plus health, static files and the API description.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"

namespace practica::app {

[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps,
                                                const http::StaticFiles& static_files);

}  // namespace practica::app
