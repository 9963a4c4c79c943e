// A request the router matched, or did not, turned into its response: 404 or 405 when no route
// matched, else the route's answer, with anything the route throws made into an error page.
#pragma once

#include "http/request.hpp"
#include "http/response.hpp"
#include "http/router.hpp"

namespace practica::http {

class Views;

// Never throws: a core::Failure becomes its error (503s with Retry-After), anything else a 500
// naming the request id, logged with what was thrown. A GET or HEAD answered 503 after a
// database connection was lost under it is run once more.
Response Dispatch(Request& request, const Match& match, const Views* views);

}  // namespace practica::http
