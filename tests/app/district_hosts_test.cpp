// The district_hosts setting: host names paired with districts, and each district's address.
#include "app/district_hosts.hpp"

#include <gtest/gtest.h>

#include "app/config.hpp"

namespace practica::app {
namespace {

TEST(DistrictHosts, ReadsPairsSeparatedByCommasOrLines) {
  auto hosts = ParseDistrictHosts(" Practica.LAUSD.net = lausd,\npractica.valleyusd.org=valley ,");
  ASSERT_TRUE(hosts.has_value()) << hosts.error().message;
  ASSERT_EQ(hosts->size(), 2u);
  EXPECT_EQ((*hosts)[0].host, "practica.lausd.net");
  EXPECT_EQ((*hosts)[0].district, "lausd");
  EXPECT_EQ((*hosts)[1].host, "practica.valleyusd.org");
  EXPECT_EQ((*hosts)[1].district, "valley");
  EXPECT_TRUE(ParseDistrictHosts("")->empty());
}

TEST(DistrictHosts, RefusesWhatCannotBeAPairAndSaysHowToWriteIt) {
  for (const char* bad : {"practica.lausd.net", "practica.lausd.net:8443 = lausd", "= lausd",
                          "practica.lausd.net =", "https://practica.lausd.net = lausd"}) {
    auto hosts = ParseDistrictHosts(bad);
    ASSERT_FALSE(hosts.has_value()) << bad;
    EXPECT_EQ(hosts.error().field, "district_hosts");
    EXPECT_NE(hosts.error().message.find("host = district"), std::string::npos) << hosts.error().message;
  }
}

TEST(DistrictHosts, RefusesAHostOrADistrictGivenTwice) {
  auto same_host = ParseDistrictHosts("a.example = lausd, A.example = valley");
  ASSERT_FALSE(same_host.has_value());
  EXPECT_NE(same_host.error().message.find("the host name a.example twice"), std::string::npos);
  auto same_district = ParseDistrictHosts("a.example = lausd, b.example = lausd");
  ASSERT_FALSE(same_district.has_value());
  EXPECT_NE(same_district.error().message.find("the district lausd twice"), std::string::npos);
}

TEST(DistrictHosts, AnUnusableSettingStopsTheServerFromStarting) {
  Config config;
  auto applied = Apply({{"district_hosts", "practica.lausd.net"}}, config);
  ASSERT_FALSE(applied.has_value());
  EXPECT_EQ(applied.error().field, "district_hosts");
  ASSERT_TRUE(Apply({{"district_hosts", "practica.lausd.net = lausd"}}, config).has_value());
  EXPECT_EQ(config.district_hosts, "practica.lausd.net = lausd");
}

TEST(PublicUrlAt, KeepsTheSchemePortAndPathAndChangesTheName) {
  EXPECT_EQ(PublicUrlAt("https://practica.example", "practica.valleyusd.org"), "https://practica.valleyusd.org");
  EXPECT_EQ(PublicUrlAt("http://127.0.0.1:8080", "valley.localhost"), "http://valley.localhost:8080");
  EXPECT_EQ(PublicUrlAt("https://practica.example:8443/practica", "valley.example"),
            "https://valley.example:8443/practica");
  EXPECT_EQ(PublicUrlAt("http://[::1]:8080", "valley.localhost"), "http://valley.localhost:8080");
}

}  // namespace
}  // namespace practica::app
