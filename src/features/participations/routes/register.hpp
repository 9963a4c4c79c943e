// A school's year in a cohort: the agreement and its signatures, the practitioner team, the
// leads, the coach; the cohort's overview of participations and a coach's caseload.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::participations {

// Adds every page and API route of participations.
[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

// One participation: /cohorts/{slug}/schools/{school}/participation[/…] and its API.
[[nodiscard]] core::Result<void> RegisterParticipationRoutes(http::Router& router, const features::Deps& deps);
// The cohort overview (/cohorts/{slug}/participations) and the caseload (/caseload), with API.
[[nodiscard]] core::Result<void> RegisterListRoutes(http::Router& router, const features::Deps& deps);

}  // namespace practica::participations
