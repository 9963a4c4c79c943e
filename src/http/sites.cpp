#include "http/sites.hpp"

#include <cctype>

#include "core/text.hpp"
#include "http/error_response.hpp"
#include "http/mustache_render.hpp"

namespace practica::http {

std::string HostName(std::string_view host_header) {
  std::string_view name = host_header;
  if (name.starts_with('[')) {
    // An IPv6 address in brackets: its colons are not a port's.
    const auto end = name.find(']');
    name = end == std::string_view::npos ? name : name.substr(0, end + 1);
  } else if (const auto colon = name.rfind(':'); colon != std::string_view::npos) {
    name = name.substr(0, colon);
  }
  while (name.ends_with('.')) name.remove_suffix(1);  // "lausd.net." names lausd.net
  return core::ToLower(name);
}

Sites::Sites(Site only) { by_host_.emplace_back("", only); }

Sites::Sites(std::vector<std::pair<std::string, Site>> by_host) : by_host_(std::move(by_host)) {}

const Site* Sites::ForHost(std::optional<std::string_view> host) const {
  if (by_host_.size() == 1 && by_host_.front().first.empty()) return &by_host_.front().second;
  if (!host) return nullptr;
  const std::string name = HostName(*host);
  for (const auto& [site_host, site] : by_host_) {
    if (site_host == name) return &site;
  }
  return nullptr;
}

const Site* Sites::ForUnknownHost(std::string_view path) const {
  if (by_host_.empty()) return nullptr;
  if (path == "/healthz" || path == "/readyz") return &by_host_.front().second;
  return nullptr;
}

std::string Sites::UnknownHostMessage(std::optional<std::string_view> host) const {
  std::string message = host ? "This server has no district at the address \"" + HostName(*host) + "\"."
                             : "This request names no host, and this server answers only by name.";
  message += " It answers at ";
  for (std::size_t i = 0; i < by_host_.size(); ++i) {
    if (i > 0) message += i + 1 == by_host_.size() ? " and " : ", ";
    message += by_host_[i].first;
  }
  message += ": check the address you typed.";
  return message;
}

namespace {

// ":8080" when the Host header names a port, so links keep to the port the person used.
std::string PortOf(std::string_view host_header) {
  const auto bracket = host_header.rfind(']');
  const auto colon = host_header.rfind(':');
  if (colon == std::string_view::npos || (bracket != std::string_view::npos && colon < bracket)) return "";
  const auto digits = host_header.substr(colon + 1);
  if (digits.empty()) return "";
  for (const char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return "";
  }
  return ":" + std::string(digits);
}

}  // namespace

Response Sites::RefuseUnknownHost(const Request& request) const {
  const auto host = request.Header("host");
  const std::string message = UnknownHostMessage(host);
  if (request.IsApi()) return ErrorResponse(request, 421, "unknown_host", message, nullptr);
  const std::string port = host ? PortOf(*host) : "";
  std::string page =
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>No district is served at this address \u00b7 Practica</title>\n</head>\n<body>\n<main>\n"
      "<h1>No district is served at this address</h1>\n<p>";
  mustache::AppendEscaped(message, page);
  page += "</p>\n<ul>\n";
  for (const auto& [name, site] : by_host_) {
    // Scheme-relative: the link keeps http or https, whichever the person used.
    page += "<li><a href=\"//";
    mustache::AppendEscaped(name + port, page);
    page += "/\">";
    mustache::AppendEscaped(name, page);
    page += "</a></li>\n";
  }
  page += "</ul>\n<p>Reference: request ";
  mustache::AppendEscaped(request.request_id, page);
  page += " (status 421).</p>\n</main>\n</body>\n</html>\n";
  return HtmlResponse(std::move(page), 421);
}

}  // namespace practica::http
