// The year's progress report: a cohort's reports page (build one, choose the evidence under
// each core value, schedule the directors' monthly e-mail), each report's HTML and PDF snapshot,
// and their API twins.
#pragma once

#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::reports {

[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::reports
