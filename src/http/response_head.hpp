// A response's status line and header fields, written as the one string that goes on the wire
// ahead of the body. Beast's serializer walked every field as four buffers per request; a
// static file's head here is one short string built in place.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "http/response.hpp"

namespace practica::http {

struct HeadFraming {
  unsigned version = 11;  // 10 or 11, as the request came
  bool keep_alive = true;
  // The Content-Length to announce; nullopt with `chunked` for a streamed body.
  std::optional<std::uint64_t> content_length;
  bool chunked = false;
};

// "HTTP/1.1 200 OK", Server, Content-Type, X-Request-Id, the response's own headers, then the
// framing: Content-Length or Transfer-Encoding, and Connection when the version needs it said
// (close on 1.1, keep-alive on 1.0). A header set twice keeps its last value, except
// Set-Cookie, which is a line per cookie. A field whose name or value holds CR, LF or NUL is
// left out rather than let it end the head early (the caller logs `dropped`).
std::string ResponseHead(const Response& response, std::string_view request_id, const HeadFraming& framing,
                         std::string* dropped = nullptr);

}  // namespace practica::http
