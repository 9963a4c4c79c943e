#include "features/coaching/routes/viewer.hpp"

#include <boost/json/parse.hpp>

#include <cstdio>

#include "auth/guard.hpp"
#include "core/text.hpp"

namespace practica::coaching {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;

std::int64_t Me(const http::Request& request) {
  return request.principal ? request.principal->person_id : 0;
}

std::string CsrfToken(const http::Request& request) {
  return request.principal ? request.principal->csrf_token : "";
}

core::LocalDate Today(const features::Deps& deps) { return auth::Today(deps.clock, deps.tenant.zone); }

std::string Hours(int minutes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", minutes / 60.0);
  return text;
}

namespace {

core::Result<void> AddId(std::vector<std::int64_t>& ids, std::string_view text, const std::string& name) {
  const auto trimmed = core::Trim(text);
  if (trimmed.empty()) return {};
  auto id = core::ParseInt(trimmed, 1, INT64_MAX);
  if (!id) return Fail(ErrorCode::kInvalidInput, "\"" + std::string(trimmed) + "\" is not a person's number.", {}, name);
  ids.push_back(*id);
  return {};
}

core::Result<std::vector<std::int64_t>> IdsOfJson(const http::Request& request, const std::string& name) {
  std::vector<std::int64_t> ids;
  boost::system::error_code ec;
  auto body = json::parse(request.body, ec);
  if (ec || !body.is_object()) return Fail(ErrorCode::kInvalidInput, "Send a JSON object as the request body.", {}, "body");
  const auto* list = body.as_object().if_contains(name);
  if (list == nullptr) return ids;
  if (list->is_string()) {
    std::string_view rest(list->as_string());
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      if (auto added = AddId(ids, rest.substr(0, comma), name); !added) return std::unexpected(added.error());
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    return ids;
  }
  if (!list->is_array()) return Fail(ErrorCode::kInvalidInput, "\"" + name + "\" must be a list of person ids.", {}, name);
  for (const auto& item : list->as_array()) {
    if (!item.is_int64()) return Fail(ErrorCode::kInvalidInput, "\"" + name + "\" must be a list of person ids.", {}, name);
    ids.push_back(item.as_int64());
  }
  return ids;
}

}  // namespace

core::Result<std::vector<std::int64_t>> IdsOf(const http::Request& request, const std::string& name) {
  if (request.IsApi()) {
    if (core::Trim(request.body).empty()) return std::vector<std::int64_t>{};
    return IdsOfJson(request, name);
  }
  std::vector<std::int64_t> ids;
  for (const auto& [key, value] : request.Form()) {
    if (key != name) continue;
    if (auto added = AddId(ids, value, name); !added) return std::unexpected(added.error());
  }
  return ids;
}

core::Result<std::int64_t> PathId(const http::Request& request, std::string_view what) {
  auto id = core::ParseInt(request.Param("id"), 1, INT64_MAX);
  if (!id) return Fail(ErrorCode::kNotFound, "There is no " + std::string(what) + " " + std::string(request.Param("id")) + ".");
  return *id;
}

}  // namespace practica::coaching
