// How pages answer a form post: go on to the next page, or show the form again with the
// message and everything typed, so nothing is lost.
#pragma once

#include <boost/json/object.hpp>

#include <functional>
#include <string>

#include "features/applications/routes/context.hpp"
#include "http/response.hpp"

namespace practica::applications {

// Shows the page again with `extra` (the message, what was typed) and the status.
using Rerender = std::function<http::Response(boost::json::object extra, int status)>;

// 303 to `next_url` on success (htmx: HX-Redirect); 422 and 409 re-render with "error",
// "error_field", "error_<form>" and "typed_<field>" for each field typed; other failures show
// the error page.
http::Response AfterForm(const features::Deps& deps, const http::Request& request,
                         const core::Result<AuditNote>& done, const std::string& next_url,
                         std::string_view form, const Fields& typed, const Rerender& rerender);

}  // namespace practica::applications
