// How a feature lists its routes: each handler bound to the feature's Deps, all added at once.
#pragma once

#include <vector>

#include "features/kit/deps.hpp"
#include "http/router.hpp"

namespace practica::features {

using RouteFunction = http::Response (*)(const Deps&, const http::Request&);

// A handler that calls `fn` with the feature's dependencies.
inline http::Handler Bind(const Deps& deps, RouteFunction fn) {
  return [&deps, fn](const http::Request& request) { return fn(deps, request); };
}

// Adds every route; the first the router refuses stops start-up with its message.
[[nodiscard]] inline core::Result<void> AddRoutes(http::Router& router, std::vector<http::Route> routes) {
  for (auto& route : routes) {
    if (auto added = router.Add(std::move(route)); !added) return added;
  }
  return {};
}

}  // namespace practica::features
