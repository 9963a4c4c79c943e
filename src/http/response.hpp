// What a route answers: status, type, body (or a producer that streams it) and extra headers.
#pragma once

#include <functional>
#include <memory>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace practica::http {

// Where a streamed body goes. Write blocks while the client is behind (a bounded buffer sits
// between the producer and the socket), so a slow reader slows the producer down instead of
// filling memory.
class BodyWriter {
 public:
  virtual ~BodyWriter() = default;
  // kUnavailable when the client has gone or stopped reading: the producer should stop.
  [[nodiscard]] virtual core::Result<void> Write(std::string_view bytes) = 0;
};

// Writes the whole body through the writer, on a worker thread (it may read the database).
// An error, returned or thrown, after the first byte ends the connection without the last
// chunk, so the client sees a truncated body rather than a complete-looking one.
using BodyProducer = std::function<core::Result<void>(BodyWriter&)>;

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  // Bodies that outlive the request (static files) are shared instead of copied.
  std::shared_ptr<const std::string> shared_body;
  std::vector<std::pair<std::string, std::string>> headers;
  // Set: the body is streamed with chunked transfer encoding (never gzipped) instead of `body`.
  BodyProducer stream;

  std::string_view Body() const { return shared_body ? *shared_body : body; }

  Response& Header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
};

inline Response HtmlResponse(std::string body, int status = 200) {
  Response response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

// 303 See Other: after a form post, the browser GETs the next page.
inline Response Redirect(std::string location, int status = 303) {
  Response response;
  response.status = status;
  response.content_type = "text/plain; charset=utf-8";
  response.Header("Location", std::move(location));
  return response;
}

inline Response StreamResponse(std::string content_type, BodyProducer producer) {
  Response response;
  response.content_type = std::move(content_type);
  response.stream = std::move(producer);
  return response;
}

inline Response JsonResponse(std::string body, int status = 200) {
  Response response;
  response.status = status;
  response.content_type = "application/json";
  response.body = std::move(body);
  return response;
}

}  // namespace practica::http
