// Starting a session after any successful sign-in (password, reset link, invitation, OpenID).
#pragma once

#include <boost/json/object.hpp>

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

// A page whose form is posted before anyone is signed in: it carries the double-submit CSRF
// token (a cookie and a hidden field named form_token in the template).
http::Response FormPage(const features::Deps& deps, const http::Request& request,
                        std::string_view name, std::string_view title, boost::json::object data,
                        int status = 200);

// Finds a form field; "" when absent.
std::string Field(const http::Pairs& form, std::string_view name);

}  // namespace practica::accounts
