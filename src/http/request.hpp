// A parsed HTTP request as features see it: no Beast types cross this line.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "auth/domain/principal.hpp"

namespace practica::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOther };

std::string_view MethodName(Method method);

using Pairs = std::vector<std::pair<std::string, std::string>>;

struct Request {
  Method method = Method::kGet;
  std::string target;  // as sent: "/cohorts/ps-3-0?type=Elementary"
  std::string path;    // decoded path: "/cohorts/ps-3-0"
  Pairs query;         // decoded, in order
  Pairs headers;       // names in lower case
  Pairs path_params;   // filled by the router: {"slug", "ps-3-0"}
  std::string body;
  std::string request_id;
  std::string remote_address;
  // Who is asking, set by the guard before the route runs; empty for visitors.
  std::optional<auth::Principal> principal;

  // The first value, or nullopt.
  std::optional<std::string_view> Query(std::string_view name) const;
  std::optional<std::string_view> Header(std::string_view lower_name) const;
  std::string_view Param(std::string_view name) const;  // "" when absent
  bool IsApi() const { return path.starts_with("/api/"); }
  bool IsHtmx() const { return Header("hx-request").has_value(); }
  bool ChangesState() const {
    return method == Method::kPost || method == Method::kPut || method == Method::kPatch ||
           method == Method::kDelete;
  }
  // The value of one cookie, or nullopt.
  std::optional<std::string> Cookie(std::string_view name) const;
  // Fields of an application/x-www-form-urlencoded body, decoded ("+" is a space).
  Pairs Form() const;
};

// Fills the request's path and query, decoded, from an origin-form target ("/a%20b?x=1");
// false when the target is not one.
bool ParseTarget(std::string_view target, Request& request);

}  // namespace practica::http
