// One server answering several districts on one database, each at its own host name: the
// `district_hosts` setting, read into pairs, and each district's own public address.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::app {

struct DistrictHost {
  std::string host;      // "practica.lausd.net": lower case, no port
  std::string district;  // "lausd": the district's short name in the database
};

// "practica.lausd.net = lausd, practica.valleyusd.org = valley" (commas or new lines between
// pairs); empty gives none. kInvalidInput naming the entry that is not `host = district`, a
// host name given twice, or a district given twice.
[[nodiscard]] core::Result<std::vector<DistrictHost>> ParseDistrictHosts(std::string_view text);

// The public address of the district at `host`: public_url's scheme, port and path with the
// host name replaced ("https://practica.example:8443" at valley.example gives
// "https://valley.example:8443"), so e-mailed links and sign-in return to the right district.
std::string PublicUrlAt(std::string_view public_url, std::string_view host);

}  // namespace practica::app
