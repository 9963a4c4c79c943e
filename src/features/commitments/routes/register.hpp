// Commitments: each cohort's template, each school's checklist with its evidence and
// verifications, the cohort grid and its exports.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::commitments {

// Adds /cohorts/{slug}/schools/{school}/commitments (+ …/{number}/evidence, verify, return),
// /cohorts/{slug}/commitments (+ .csv, .xlsx, /template, /issue) and their /api/v1 twins.
[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

// The parts, one file each.
[[nodiscard]] core::Result<void> RegisterSchoolRoutes(http::Router& router, const features::Deps& deps);
[[nodiscard]] core::Result<void> RegisterGridRoutes(http::Router& router, const features::Deps& deps);
[[nodiscard]] core::Result<void> RegisterTemplateRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::commitments
