// Signing in and out, recovering an account, the home page by role, one's account and tokens.
#pragma once

#include <boost/json/object.hpp>

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::accounts {

[[nodiscard]] core::Result<void> RegisterRoutes(http::Router& router, const features::Deps& deps);

// Each file of routes adds its own; RegisterRoutes calls them all.
[[nodiscard]] core::Result<void> RegisterSignInRoutes(http::Router& router, const features::Deps& deps);
[[nodiscard]] core::Result<void> RegisterRecoveryRoutes(http::Router& router, const features::Deps& deps);
[[nodiscard]] core::Result<void> RegisterAccountRoutes(http::Router& router, const features::Deps& deps);
[[nodiscard]] core::Result<void> RegisterOidcRoutes(http::Router& router, const features::Deps& deps);
[[nodiscard]] core::Result<void> RegisterNotificationRoutes(http::Router& router, const features::Deps& deps);

// The person's e-mail preferences for the account page: digest_enabled, reminders_enabled.
boost::json::object NotificationsForAccountPage(const features::Deps& deps, std::int64_t person_id);

}  // namespace practica::accounts
