// How every page answers a form post: go on to the next page, or show the form again with the
// message next to the field and everything typed, so nothing is lost. One place writes the
// problem's keys, so every form keeps the same ones (and none echoes the CSRF token back).
#pragma once

#include <boost/json/object.hpp>

#include <functional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "features/kit/deps.hpp"
#include "features/kit/fields.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::features {

// "error", "error_field", "error_<form>" (when `form` is given) and "typed_<field>" for each
// field typed except the CSRF token.
boost::json::object FormProblem(const core::Error& error, std::string_view form, const Fields& typed);

// True for the failures a form shows next to its fields (kInvalidInput, kConflict); others get
// the error page.
bool ShownOnTheForm(const core::Error& error);

// Shows the page again with `extra` (the problem) and the status.
using Rerender = std::function<http::Response(boost::json::object extra, int status)>;

// Success: 303 to `next_url` (htmx: HX-Redirect). A form failure: the page again, 422 or 409,
// with FormProblem. Anything else: the error page.
http::Response AfterForm(const Deps& deps, const http::Request& request,
                         const core::Result<void>& done, const std::string& next_url,
                         std::string_view form, const Fields& typed, const Rerender& rerender);

}  // namespace practica::features
