// Every path of exemplars: the library and its API, an exemplar's page, packaging, review and
// curation.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::exemplars {

[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::exemplars
