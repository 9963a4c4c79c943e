#include "http/request.hpp"

#include <boost/url/parse.hpp>

#include "core/text.hpp"

namespace practica::http {
namespace {
std::optional<std::string_view> Find(const Pairs& pairs, std::string_view name) {
  for (const auto& [key, value] : pairs) {
    if (key == name) return std::string_view(value);
  }
  return std::nullopt;
}
}  // namespace

std::string_view MethodName(Method method) {
  switch (method) {
    case Method::kGet: return "GET";
    case Method::kHead: return "HEAD";
    case Method::kPost: return "POST";
    case Method::kPut: return "PUT";
    case Method::kPatch: return "PATCH";
    case Method::kDelete: return "DELETE";
    case Method::kOther: return "OTHER";
  }
  return "OTHER";
}

std::optional<std::string_view> Request::Query(std::string_view name) const {
  return Find(query, name);
}

std::optional<std::string_view> Request::Header(std::string_view lower_name) const {
  return Find(headers, lower_name);
}

std::string_view Request::Param(std::string_view name) const {
  return Find(path_params, name).value_or(std::string_view{});
}

std::optional<std::string> Request::Cookie(std::string_view name) const {
  const auto header = Header("cookie");
  if (!header) return std::nullopt;
  std::string_view rest = *header;
  while (!rest.empty()) {
    const auto semi = rest.find(';');
    std::string_view pair = rest.substr(0, semi);
    rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const auto eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) {
      return std::string(pair.substr(eq + 1));
    }
  }
  return std::nullopt;
}

Pairs Request::Form() const {
  Pairs fields;
  std::string_view rest = body;
  while (!rest.empty()) {
    const auto amp = rest.find('&');
    const std::string_view pair = rest.substr(0, amp);
    rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
    if (pair.empty()) continue;
    const auto eq = pair.find('=');
    fields.emplace_back(core::UrlDecode(pair.substr(0, eq)),
                        eq == std::string_view::npos ? std::string() : core::UrlDecode(pair.substr(eq + 1)));
  }
  return fields;
}

bool ParseTarget(std::string_view target, Request& request) {
  auto url = boost::urls::parse_origin_form(target);
  if (!url) return false;
  request.path = std::string(url->path());
  if (request.path.empty()) request.path.push_back('/');
  for (const auto& param : url->params()) request.query.emplace_back(param.key, param.value);
  return true;
}

}  // namespace practica::http
