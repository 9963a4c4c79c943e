// The back channel to the identity provider: plain HTTP(S) requests with a deadline, over libcurl.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace practica::auth::oidc {

struct HttpReply {
  long status = 0;
  std::string content_type;
  std::string body;
};

// GET `url` (http or https only, no redirects followed). kUnavailable when no complete answer
// arrives within 10 seconds or it is larger than 1 MiB; `detail` names the URL and the cause.
// Any HTTP status is a reply: the caller decides what a 4xx or 5xx means.
[[nodiscard]] core::Result<HttpReply> HttpGet(std::string_view url);

// POST an application/x-www-form-urlencoded `form` to `url`, with an Authorization header when
// `authorization` is not empty. Errors as HttpGet.
[[nodiscard]] core::Result<HttpReply> HttpPostForm(std::string_view url, std::string_view form,
                                                   std::string_view authorization = {});

// Percent-encodes everything but RFC 3986 unreserved characters, for query strings and forms.
std::string FormEncode(std::string_view text);

}  // namespace practica::auth::oidc
