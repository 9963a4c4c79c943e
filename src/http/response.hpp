// What a route answers: status, type, body and any extra headers.
#pragma once

#include <memory>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

namespace practica::http {

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  // Bodies that outlive the request (static files) are shared instead of copied.
  std::shared_ptr<const std::string> shared_body;
  std::vector<std::pair<std::string, std::string>> headers;

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

inline Response JsonResponse(std::string body, int status = 200) {
  Response response;
  response.status = status;
  response.content_type = "application/json";
  response.body = std::move(body);
  return response;
}

}  // namespace practica::http
