#include "http/response_head.hpp"

#include <boost/beast/http/status.hpp>

#include <algorithm>
#include <cctype>

namespace practica::http {
namespace {

bool SameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// What would end the line, or the head, early: CR, LF, NUL.
bool Unsafe(std::string_view text) { return text.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos; }

// A field name is a token: no separator that would change where the name ends.
bool BadName(std::string_view name) {
  return name.empty() || Unsafe(name) || name.find_first_of(": \t") != std::string_view::npos;
}

// True when a later header of the response sets `name` again (that one is written instead).
bool SetLater(const Response& response, std::size_t from, std::string_view name) {
  for (std::size_t i = from; i < response.headers.size(); ++i) {
    if (SameName(response.headers[i].first, name)) return true;
  }
  return false;
}

void Field(std::string& head, std::string_view name, std::string_view value) {
  head.append(name).append(": ").append(value).append("\r\n");
}

}  // namespace

std::string ResponseHead(const Response& response, std::string_view request_id, const HeadFraming& framing,
                         std::string* dropped) {
  std::string head;
  head.reserve(256 + response.content_type.size() + response.headers.size() * 48);
  const auto status = static_cast<boost::beast::http::status>(response.status);
  head.append(framing.version >= 11 ? "HTTP/1.1 " : "HTTP/1.0 ")
      .append(std::to_string(response.status))
      .append(" ")
      .append(std::string_view(boost::beast::http::obsolete_reason(status)))
      .append("\r\n");
  const auto fixed = [&](std::string_view name, std::string_view value) {
    if (!SetLater(response, 0, name) && !Unsafe(value)) Field(head, name, value);
  };
  fixed("Server", "Practica");
  fixed("Content-Type", response.content_type);
  fixed("X-Request-Id", request_id);
  for (std::size_t i = 0; i < response.headers.size(); ++i) {
    const auto& [name, value] = response.headers[i];
    // Framing is this function's to say; a route's own would contradict it.
    if (SameName(name, "Content-Length") || SameName(name, "Transfer-Encoding") || SameName(name, "Connection")) {
      continue;
    }
    if (!SameName(name, "Set-Cookie") && SetLater(response, i + 1, name)) continue;
    if (BadName(name) || Unsafe(value)) {
      if (dropped != nullptr) dropped->append(dropped->empty() ? "" : ", ").append(name.empty() ? "(no name)" : name);
      continue;
    }
    Field(head, name, value);
  }
  if (framing.chunked) {
    Field(head, "Transfer-Encoding", "chunked");
  } else if (framing.content_length) {
    Field(head, "Content-Length", std::to_string(*framing.content_length));
  }
  if (framing.version >= 11 && !framing.keep_alive) Field(head, "Connection", "close");
  if (framing.version < 11 && framing.keep_alive) Field(head, "Connection", "keep-alive");
  head.append("\r\n");
  return head;
}

}  // namespace practica::http
