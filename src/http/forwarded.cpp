#include "http/forwarded.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <optional>

namespace practica::http {
namespace {

// "[2001:db8::1]" as some proxies write IPv6 in headers.
std::string_view Unbracket(std::string_view text) {
  if (text.size() > 2 && text.front() == '[' && text.back() == ']') return text.substr(1, text.size() - 2);
  return text;
}

// 16 bytes for an IPv4 or IPv6 address; nullopt when the text is neither.
std::optional<std::array<std::uint8_t, 16>> ParseAddress(std::string_view text) {
  const std::string address(Unbracket(text));
  std::array<std::uint8_t, 16> bytes{};
  in_addr v4{};
  if (inet_pton(AF_INET, address.c_str(), &v4) == 1) {
    bytes[10] = 0xff;
    bytes[11] = 0xff;
    const auto* octets = reinterpret_cast<const std::uint8_t*>(&v4.s_addr);
    for (int i = 0; i < 4; ++i) bytes[12 + i] = octets[i];
    return bytes;
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, address.c_str(), &v6) == 1) {
    for (int i = 0; i < 16; ++i) bytes[i] = v6.s6_addr[i];
    return bytes;
  }
  return std::nullopt;
}

bool IsMappedV4(const std::array<std::uint8_t, 16>& bytes) {
  for (int i = 0; i < 10; ++i) {
    if (bytes[i] != 0) return false;
  }
  return bytes[10] == 0xff && bytes[11] == 0xff;
}

std::optional<AddressRange> ParseRange(std::string_view text) {
  const auto slash = text.find('/');
  auto bytes = ParseAddress(text.substr(0, slash));
  if (!bytes) return std::nullopt;
  AddressRange range{*bytes, 128};
  if (slash == std::string_view::npos) return range;
  const auto digits = text.substr(slash + 1);
  if (digits.empty() || digits.size() > 3) return std::nullopt;
  int bits = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    bits = bits * 10 + (c - '0');
  }
  const bool v4 = IsMappedV4(*bytes) && text.substr(0, slash).find(':') == std::string_view::npos;
  if (bits > (v4 ? 32 : 128)) return std::nullopt;
  range.prefix_bits = v4 ? 96 + bits : bits;
  return range;
}

bool Contains(const AddressRange& range, const std::array<std::uint8_t, 16>& bytes) {
  int bits = range.prefix_bits;
  for (int i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
    const std::uint8_t mask = bits >= 8 ? 0xff : static_cast<std::uint8_t>(0xff << (8 - bits));
    if ((range.bytes[i] & mask) != (bytes[i] & mask)) return false;
  }
  return true;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Every X-Forwarded-For entry, in order, across repeated headers.
std::vector<std::string_view> ForwardedFor(const Pairs& headers) {
  std::vector<std::string_view> entries;
  for (const auto& [name, value] : headers) {
    if (name != "x-forwarded-for") continue;
    std::string_view rest = value;
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      entries.push_back(Trim(rest.substr(0, comma)));
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
  }
  return entries;
}

}  // namespace

core::Result<TrustedProxies> TrustedProxies::Parse(std::string_view list) {
  TrustedProxies proxies;
  std::string_view rest = list;
  while (!rest.empty()) {
    const auto end = rest.find_first_of(", \t");
    const auto entry = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    if (entry.empty()) continue;
    auto range = ParseRange(entry);
    if (!range) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "The setting trusted_proxies has \"" + std::string(entry) +
                            "\", which is not an IP address or range; use e.g. 10.0.0.5, "
                            "10.0.0.0/24 or ::1.",
                        {}, "trusted_proxies");
    }
    proxies.ranges_.push_back(*range);
  }
  return proxies;
}

bool TrustedProxies::Trusts(std::string_view address) const {
  const auto bytes = ParseAddress(address);
  if (!bytes) return false;
  for (const auto& range : ranges_) {
    if (Contains(range, *bytes)) return true;
  }
  return false;
}

std::string ClientAddress(const std::string& peer, const Pairs& headers,
                          const TrustedProxies& trusted) {
  if (trusted.empty() || !trusted.Trusts(peer)) return peer;
  std::string client = peer;
  const auto entries = ForwardedFor(headers);
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    if (!ParseAddress(*it)) return client;
    client = std::string(Unbracket(*it));
    if (!trusted.Trusts(client)) return client;
  }
  return client;
}

}  // namespace practica::http
