// Which district's pages answer a request: one server may serve several districts, each at its
// own host name ("practica.lausd.net", "practica.valleyusd.org"), on one database. A server
// for one district answers every host name, as it always has.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http/request.hpp"
#include "http/response.hpp"

namespace practica::http {

class Router;
class Views;

// One district's routes and templates.
struct Site {
  const Router* router = nullptr;
  const Views* views = nullptr;
};

class Sites {
 public:
  // One site answering every host name.
  explicit Sites(Site only);
  // Each site at its host name (lower case, no port); a lone site named "" answers every host
  // name. The first also answers the health checks
  // of a balancer that asks by address rather than by name.
  explicit Sites(std::vector<std::pair<std::string, Site>> by_host);

  // The site named by the request's Host header ("Practica.LAUSD.net:443" finds
  // "practica.lausd.net"); null when no district is served there.
  const Site* ForHost(std::optional<std::string_view> host) const;
  // The site that answers a request to an unknown host name: the first, for the health checks
  // only (`/healthz`, `/readyz`); null for every other path.
  const Site* ForUnknownHost(std::string_view path) const;
  // 421 for a request to an unknown host name: the message as JSON for the API, otherwise a
  // plain page of its own (no district's name, styles or links) linking the addresses served.
  Response RefuseUnknownHost(const Request& request) const;
  // "This server has no district at the address …": what the refused request is told.
  std::string UnknownHostMessage(std::optional<std::string_view> host) const;

 private:
  std::vector<std::pair<std::string, Site>> by_host_;  // empty name: every host
};

// The host name a Host header names: lower case, without its port ("[::1]:8080" is "[::1]").
std::string HostName(std::string_view host_header);

}  // namespace practica::http
