// Gzip for response bodies: the static files' copies made once at start-up, and the bodies
// routes answer, compressed as they go out when that pays.
#pragma once

#include <string>
#include <string_view>

#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::http {

// zlib gzip at the given level; empty on failure.
std::string Gzip(std::string_view data, int level);

// The body to send for `response`: gzipped into `packed`, with Content-Encoding and Vary added,
// when it is at least 1400 bytes of text, JSON or SVG, the client accepts gzip and the response
// is not encoded already; otherwise the body as it is.
std::string_view BodyToSend(const Request& request, Response& response, std::string& packed);

}  // namespace practica::http
