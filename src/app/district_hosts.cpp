#include "app/district_hosts.hpp"

#include <cctype>

#include "core/text.hpp"

namespace practica::app {
namespace {

using core::Trim;

// A DNS name or an IPv4 address: letters, digits, dots and hyphens.
bool IsHostName(std::string_view host) {
  if (host.empty() || host.size() > 253 || host.front() == '.' || host.front() == '-') return false;
  for (const char c : host) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-') return false;
  }
  return true;
}

core::Result<DistrictHost> ParseEntry(std::string_view entry) {
  const auto equals = entry.find('=');
  const auto refuse = [&](const std::string& why) -> core::Result<DistrictHost> {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The setting district_hosts has \"" + std::string(entry) + "\": " + why +
                          " Write each as host = district, e.g. practica.lausd.net = lausd.",
                      {}, "district_hosts");
  };
  if (equals == std::string_view::npos) return refuse("it has no \"=\".");
  DistrictHost pair{core::ToLower(Trim(entry.substr(0, equals))), std::string(Trim(entry.substr(equals + 1)))};
  if (!IsHostName(pair.host)) {
    return refuse("\"" + pair.host + "\" is not a host name (letters, digits, dots and hyphens, no port).");
  }
  if (pair.district.empty()) return refuse("it names no district.");
  return pair;
}

}  // namespace

core::Result<std::vector<DistrictHost>> ParseDistrictHosts(std::string_view text) {
  std::vector<DistrictHost> pairs;
  while (!Trim(text).empty()) {
    const auto end = text.find_first_of(",\n");
    const auto entry = Trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (entry.empty()) continue;
    auto pair = ParseEntry(entry);
    if (!pair) return std::unexpected(pair.error());
    for (const auto& earlier : pairs) {
      const bool same_host = earlier.host == pair->host;
      if (same_host || earlier.district == pair->district) {
        return core::Fail(core::ErrorCode::kInvalidInput,
                          "The setting district_hosts gives " +
                              (same_host ? "the host name " + pair->host : "the district " + pair->district) +
                              " twice; each host answers for one district, and each district at one host.",
                          {}, "district_hosts");
      }
    }
    pairs.push_back(std::move(*pair));
  }
  return pairs;
}

std::string PublicUrlAt(std::string_view public_url, std::string_view host) {
  const auto scheme_end = public_url.find("://");
  if (scheme_end == std::string_view::npos) return std::string(public_url);
  const auto authority = scheme_end + 3;
  auto authority_end = public_url.find('/', authority);
  if (authority_end == std::string_view::npos) authority_end = public_url.size();
  // The port, if any, follows the last colon after an IPv6 address's closing bracket.
  const auto bracket = public_url.rfind(']', authority_end);
  const auto search_from = bracket != std::string_view::npos && bracket >= authority ? bracket : authority;
  auto colon = public_url.find(':', search_from);
  if (colon == std::string_view::npos || colon > authority_end) colon = authority_end;
  return std::string(public_url.substr(0, authority)) + std::string(host) +
         std::string(public_url.substr(colon));
}

}  // namespace practica::app
