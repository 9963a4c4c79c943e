// Applying to a cohort: the cohort's setup, each school's application, reviews and decisions.
#pragma once

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::applications {

[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

// /cohorts/{slug}/setup…, /cohorts/{slug}/copy and their API.
[[nodiscard]] core::Result<void> RegisterSetupRoutes(http::Router& router, const features::Deps& deps);
// /cohorts/{slug}/schools/{school}/application… and their API.
[[nodiscard]] core::Result<void> RegisterApplicationRoutes(http::Router& router, const features::Deps& deps);
// The reviewing sub-actions of an application: reviewers, reviews, site visit, decision.
[[nodiscard]] core::Result<void> RegisterReviewRoutes(http::Router& router, const features::Deps& deps);
// /cohorts/{slug}/applications and its API: the review table.
[[nodiscard]] core::Result<void> RegisterListRoutes(http::Router& router, const features::Deps& deps);
// The agreement, public: /cohorts/{slug}/agreement.
[[nodiscard]] core::Result<void> RegisterAgreementPage(http::Router& router, const features::Deps& deps);

}  // namespace practica::applications
