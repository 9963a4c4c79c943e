// Method + path patterns ("/cohorts/{slug}") to handlers. Every route names the action it
// performs, so authorization and the audit log have one list to read.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::http {

using Handler = std::function<Response(const Request&)>;
// Finds what a request acts on (a school, a local district, a person) so the permission policy
// can judge the scope; kNotFound when the path names nothing.
using ResourceResolver = std::function<core::Result<auth::Resource>(const Request&)>;

enum class Surface { kPage, kApi, kAsset };

struct Route {
  Method method = Method::kGet;
  std::string pattern;  // "/api/v1/schools/{slug}"
  std::string action;   // "cohorts.read": what the route does, for the permission policy
  Surface surface = Surface::kPage;
  Handler handler;
  // Cheap handlers that never touch the database run on the I/O thread, skipping the hop
  // to the worker pool (static files, health).
  bool runs_inline = false;
  // Empty: the action is on the district as a whole.
  ResourceResolver resource;
};

struct Match {
  const Route* route = nullptr;
  Pairs params;
  bool method_not_allowed = false;  // the path exists under another method
};

class Router {
 public:
  // kInvalidInput when the route has no action or the method + pattern is already taken:
  // the server refuses to start rather than serve an undeclared route.
  [[nodiscard]] core::Result<void> Add(Route route);
  Match Find(Method method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }
  // Replaces every route's handler with wrap(route): how the guard puts itself in front.
  void WrapHandlers(const std::function<Handler(const Route&)>& wrap) {
    for (auto& route : routes_) route.handler = wrap(route);
  }

 private:
  std::vector<Route> routes_;
  // Each route's pattern split into segments once, at Add: matching runs on every request.
  std::vector<std::vector<std::string>> segments_;
};

}  // namespace practica::http
