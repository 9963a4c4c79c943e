// Starting a session after any successful sign-in (password, reset link, invitation, OpenID).
#pragma once

#include <string>

#include "features/kit/deps.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::accounts {

// Creates the session and its audit entry in one transaction and redirects to `next` with the
// session cookie set. `how` says in the audit log how the person signed in.
http::Response StartSession(const features::Deps& deps, const http::Request& request,
                            std::int64_t person_id, const std::string& how,
                            const std::string& next);

// The provider's end-session address returning to our home page, or "".
std::string OidcLogoutUrl(const features::Deps& deps);

// Finds a form field; "" when absent.
std::string Field(const http::Pairs& form, std::string_view name);

}  // namespace practica::accounts
