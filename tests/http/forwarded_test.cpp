#include "http/forwarded.hpp"

#include <gtest/gtest.h>

namespace practica::http {
namespace {

TrustedProxies Trusting(std::string_view list) {
  auto parsed = TrustedProxies::Parse(list);
  EXPECT_TRUE(parsed.has_value());
  return parsed.value_or(TrustedProxies{});
}

Pairs Forwarded(std::string value) { return {{"x-forwarded-for", std::move(value)}}; }

TEST(ClientAddress, IsThePeerWhenNoProxyIsTrusted) {
  EXPECT_EQ(ClientAddress("127.0.0.1", Forwarded("198.51.100.7"), TrustedProxies{}), "127.0.0.1");
}

TEST(ClientAddress, IsTheForwardedAddressWhenTheBalancerIsTrusted) {
  EXPECT_EQ(ClientAddress("127.0.0.1", Forwarded("198.51.100.7"), Trusting("127.0.0.1")),
            "198.51.100.7");
}

TEST(ClientAddress, IgnoresTheHeaderFromAPeerThatIsNotTrusted) {
  EXPECT_EQ(ClientAddress("203.0.113.9", Forwarded("198.51.100.7"), Trusting("10.0.0.0/8")),
            "203.0.113.9");
}

TEST(ClientAddress, BelievesOnlyTheRightMostUntrustedEntryNotWhatTheClientWrote) {
  // The client sent "X-Forwarded-For: 192.0.2.1" itself; the balancer appended what it saw.
  const auto headers = Forwarded("192.0.2.1, 198.51.100.7");

  EXPECT_EQ(ClientAddress("10.0.0.2", headers, Trusting("10.0.0.0/8")), "198.51.100.7");
}

TEST(ClientAddress, WalksBackThroughSeveralTrustedProxies) {
  const Pairs headers = {{"x-forwarded-for", "198.51.100.7, 10.0.1.4"}, {"x-forwarded-for", "10.0.2.9"}};

  EXPECT_EQ(ClientAddress("10.0.0.2", headers, Trusting("10.0.0.0/8")), "198.51.100.7");
}

TEST(ClientAddress, KeepsTheNearestTrustedHopWhenAnEntryCannotBeRead) {
  EXPECT_EQ(ClientAddress("10.0.0.2", Forwarded("198.51.100.7, unknown"), Trusting("10.0.0.0/8")),
            "10.0.0.2");
}

TEST(ClientAddress, IsThePeerWhenATrustedPeerForwardsNothing) {
  EXPECT_EQ(ClientAddress("10.0.0.2", {}, Trusting("10.0.0.0/8")), "10.0.0.2");
}

TEST(ClientAddress, ReadsIpv6EntriesAndRanges) {
  EXPECT_EQ(ClientAddress("::1", Forwarded("[2001:db8::7]"), Trusting("::1")), "2001:db8::7");
  EXPECT_EQ(ClientAddress("fd00::5", Forwarded("2001:db8::7"), Trusting("fd00::/8")), "2001:db8::7");
}

TEST(TrustedProxies, MatchesAddressesInsideARangeOnly) {
  const auto trusted = Trusting("10.0.1.0/24, 127.0.0.1");

  EXPECT_TRUE(trusted.Trusts("10.0.1.200"));
  EXPECT_FALSE(trusted.Trusts("10.0.2.1"));
  EXPECT_TRUE(trusted.Trusts("127.0.0.1"));
  EXPECT_FALSE(trusted.Trusts("127.0.0.2"));
  EXPECT_TRUE(trusted.Trusts("::ffff:10.0.1.3"));
}

TEST(TrustedProxies, NamesTheEntryThatIsNotAnAddress) {
  auto parsed = TrustedProxies::Parse("10.0.0.5, balancer.lausd.net");

  ASSERT_FALSE(parsed.has_value());
  EXPECT_EQ(parsed.error().field, "trusted_proxies");
  EXPECT_NE(parsed.error().message.find("\"balancer.lausd.net\""), std::string::npos);
  EXPECT_FALSE(TrustedProxies::Parse("10.0.0.0/33").has_value());
}

}  // namespace
}  // namespace practica::http
