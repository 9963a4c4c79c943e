#include "http/security_headers.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace practica::http {
namespace {

bool Has(const Response& response, std::string_view name) {
  for (const auto& [key, value] : response.headers) {
    if (key.size() == name.size() &&
        std::equal(key.begin(), key.end(), name.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        })) {
      return true;
    }
  }
  return false;
}

}  // namespace

void AddSecurityHeaders(Response& response) {
  response.Header("X-Content-Type-Options", "nosniff");
  if (!Has(response, "Referrer-Policy")) response.Header("Referrer-Policy", "same-origin");
  if (response.content_type.starts_with("text/html")) {
    if (!Has(response, "Content-Security-Policy")) {
      response.Header("Content-Security-Policy", std::string(kContentSecurityPolicy));
    }
    response.Header("X-Frame-Options", "DENY");
  }
  if (!Has(response, "Cache-Control")) response.Header("Cache-Control", "no-store");
}

}  // namespace practica::http
