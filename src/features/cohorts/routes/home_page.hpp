// The public home page: the program, its cohorts, how to apply and, while no application window
// is open, the form that asks to be told when one opens.
#pragma once

#include <boost/json/object.hpp>

#include "features/kit/deps.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::cohorts {

// `notice` carries the form's state after a post: {"error", "typed_email"} for a refused
// address. "?notice=asked" shows the confirmation that follows a successful one.
http::Response HomePage(const features::Deps& deps, const http::Request& request,
                        boost::json::object notice = {}, int status = 200);

}  // namespace practica::cohorts
