// Who the client is behind a load balancer: X-Forwarded-For is believed only from the proxies
// the district names, so nobody can pick the address the sign-in throttle and the audit see.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "http/request.hpp"

namespace practica::http {

// One address or CIDR range, IPv4 held as IPv4-mapped IPv6 so both families compare alike.
struct AddressRange {
  std::array<std::uint8_t, 16> bytes{};
  int prefix_bits = 128;
};

class TrustedProxies {
 public:
  // "10.0.0.0/8, 127.0.0.1, ::1": addresses and ranges separated by commas or spaces; empty
  // trusts none. kInvalidInput naming the entry that is not an address or range.
  [[nodiscard]] static core::Result<TrustedProxies> Parse(std::string_view list);
  bool Trusts(std::string_view address) const;
  bool empty() const { return ranges_.empty(); }

 private:
  std::vector<AddressRange> ranges_;
};

// The client's address: the socket peer's, unless the peer is a trusted proxy; then the
// right-most X-Forwarded-For address that is not a trusted proxy (the one the first trusted
// proxy saw connect). Entries left of it were written by the client and prove nothing. When
// an entry cannot be read, the nearest trusted hop's address stands.
std::string ClientAddress(const std::string& peer, const Pairs& headers,
                          const TrustedProxies& trusted);

}  // namespace practica::http
