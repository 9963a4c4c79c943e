#include "http/router.hpp"

namespace practica::http {
namespace {

// Splits "/a/b/" into {"a", "b"}.
std::vector<std::string_view> Segments(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start < path.size()) {
    if (path[start] == '/') {
      ++start;
      continue;
    }
    const auto end = path.find('/', start);
    const auto stop = end == std::string_view::npos ? path.size() : end;
    parts.push_back(path.substr(start, stop - start));
    start = stop;
  }
  return parts;
}

bool Matches(const std::vector<std::string>& want, const std::vector<std::string_view>& have,
             Pairs* params) {
  if (want.size() != have.size()) return false;
  Pairs found;
  for (std::size_t i = 0; i < want.size(); ++i) {
    const std::string_view w = want[i];
    if (w.size() > 2 && w.front() == '{' && w.back() == '}') {
      if (have[i].empty()) return false;
      found.emplace_back(std::string(w.substr(1, w.size() - 2)), std::string(have[i]));
    } else if (w != have[i]) {
      return false;
    }
  }
  if (params != nullptr) *params = std::move(found);
  return true;
}

}  // namespace

core::Result<void> Router::Add(Route route) {
  if (route.action.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The route " + std::string(MethodName(route.method)) + " " + route.pattern +
                          " declares no action; every route must name the action it performs.");
  }
  for (const auto& existing : routes_) {
    if (existing.method == route.method && existing.pattern == route.pattern) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "The route " + std::string(MethodName(route.method)) + " " +
                            route.pattern + " is registered twice.");
    }
  }
  std::vector<std::string> segments;
  for (auto segment : Segments(route.pattern)) segments.emplace_back(segment);
  // Static files are most requests: their routes are tried first, so that a stylesheet does not
  // walk every page's pattern. No other route matches a /static/ path (tests/app/routes_test).
  std::size_t at = routes_.size();
  if (route.pattern.starts_with("/static/")) {
    at = 0;
    while (at < routes_.size() && routes_[at].pattern.starts_with("/static/")) ++at;
  }
  segments_.insert(segments_.begin() + static_cast<std::ptrdiff_t>(at), std::move(segments));
  routes_.insert(routes_.begin() + static_cast<std::ptrdiff_t>(at), std::move(route));
  return {};
}

Match Router::Find(Method method, std::string_view path) const {
  Match match;
  // HEAD is answered by the GET route; the server drops the body.
  const Method wanted = method == Method::kHead ? Method::kGet : method;
  const auto have = Segments(path);
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    const auto& route = routes_[i];
    Pairs params;
    if (!Matches(segments_[i], have, &params)) continue;
    if (route.method == wanted) {
      match.route = &route;
      match.params = std::move(params);
      match.method_not_allowed = false;
      return match;
    }
    match.method_not_allowed = true;
  }
  return match;
}

}  // namespace practica::http
