// Errors as people and programs see them: the JSON error shape under /api, an HTML page elsewhere.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::http {

class Views;

// The one place an error code becomes an HTTP status.
int StatusOf(core::ErrorCode code);

// {"error":{"code","message","field"}} for the API; the "error" page otherwise. `detail` is
// logged with the request id, never sent.
Response ErrorResponse(const Request& request, const core::Error& error, const Views* views);

// Transport-level refusals that have no domain code (400, 404, 405, 413).
Response ErrorResponse(const Request& request, int status, std::string_view code_name,
                       std::string message, const Views* views);

}  // namespace practica::http
