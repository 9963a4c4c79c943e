// The headers every answer carries for the browser's protection: what a page may load and who
// may frame it, what a link leaks to the next site, and what a shared cache may keep.
#pragma once

#include <string_view>

#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::http {

// Scripts and styles from this server only: no inline script, no inline style, no eval. htmx
// and app.js are served from /static/; the favicon is a data: URL.
inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "frame-ancestors 'none'";

// Adds what the route did not set itself. Every answer: nosniff and a same-origin referrer
// policy (calendar and reset links carry secrets in their paths). HTML: the policy above and
// X-Frame-Options. Cache-Control: no-store unless the route chose (static files cache for a
// year under content-hashed names), so a signed-in page, an API answer or an export never
// stays in a shared cache or the browser's back button history after sign-out.
void AddSecurityHeaders(Response& response);

}  // namespace practica::http
