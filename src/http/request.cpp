#include "http/request.hpp"

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

}  // namespace practica::http
