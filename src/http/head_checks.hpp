// What the server refuses before a request reaches a route: framing that could smuggle a second
// request inside a body (RFC 9112 §6.3), a missing or doubled Host, heads too large to read, and
// text that is not UTF-8. Plain functions over strings, so they are unit-tested and fuzzed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/request.hpp"

namespace practica::http {

inline constexpr std::size_t kMaxTargetBytes = 8 * 1024;   // longer: 414
inline constexpr std::size_t kMaxHeaderBytes = 16 * 1024;  // header fields past this: 431
inline constexpr std::size_t kMaxHeadBytes = 64 * 1024;    // the parser stops reading here

struct Refusal {
  int status = 400;
  std::string code;     // "bad_request", "uri_too_long", …
  std::string message;  // for people; never echoes the request's raw bytes
  bool close = false;   // the connection cannot be trusted for another request
};

struct HeadFacts {
  unsigned version = 11;                             // 10 or 11
  std::string_view target;                           // as sent
  std::vector<std::string_view> transfer_encodings;  // every Transfer-Encoding field's value
  int host_fields = 0;                               // how many Host fields
  std::size_t head_bytes = 0;                        // request line and header fields
};

// nullopt when the head may be served. A Transfer-Encoding other than exactly "chunked" is 400
// and closes the connection: a server reading it as "no body" would read the body as the next
// request. HTTP/1.1 needs exactly one Host (400). Targets past kMaxTargetBytes are 414, header
// fields past kMaxHeaderBytes 431.
std::optional<Refusal> CheckHead(const HeadFacts& head);

// A head the parser gave up on (past kMaxHeadBytes): 414 when the request line alone is that
// long, else 431; with the method and a shortened target for the access log. The parser may
// have read the request line already (`method` and `target` then say what it was) or not (the
// line is at the start of `unparsed`).
struct OversizedHead {
  Refusal refusal;
  std::string method;
  std::string target;
};
OversizedHead ClassifyOversizedHead(std::string_view method, std::string_view target,
                                    std::string_view unparsed);

// 413 for a body past `limit_bytes` (named in MB), closing the connection: the rest of the body
// is not read.
Refusal BodyTooLarge(std::uint64_t limit_bytes);

// Path, query and form fields that are not UTF-8 would be stored as broken text (SQLite) or
// refused by the database (PostgreSQL): 404 for a path, 422 for a query or a form.
std::optional<Refusal> CheckText(const Request& request);

// `text` shortened to `limit` bytes with control and non-ASCII bytes as "?": safe for a log line.
std::string LogSafe(std::string_view text, std::size_t limit = 200);

}  // namespace practica::http
