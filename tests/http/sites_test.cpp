// Which district answers a request, by its Host header.
#include "http/sites.hpp"

#include <gtest/gtest.h>

#include "http/router.hpp"

namespace practica::http {
namespace {

TEST(HostName, DropsThePortAndTheCase) {
  EXPECT_EQ(HostName("Practica.LAUSD.net:8443"), "practica.lausd.net");
  EXPECT_EQ(HostName("practica.lausd.net"), "practica.lausd.net");
  EXPECT_EQ(HostName("practica.lausd.net."), "practica.lausd.net");
  EXPECT_EQ(HostName("[::1]:8080"), "[::1]");
  EXPECT_EQ(HostName("127.0.0.1:8080"), "127.0.0.1");
}

class TwoDistricts : public ::testing::Test {
 protected:
  Router lausd_, valley_;
  Sites sites_{{{"practica.lausd.net", Site{&lausd_, nullptr}}, {"practica.valleyusd.org", Site{&valley_, nullptr}}}};
};

TEST_F(TwoDistricts, EachHostNameFindsItsOwnDistrict) {
  EXPECT_EQ(sites_.ForHost("practica.lausd.net")->router, &lausd_);
  EXPECT_EQ(sites_.ForHost("PRACTICA.valleyusd.org:443")->router, &valley_);
}

TEST_F(TwoDistricts, AnUnknownOrMissingHostFindsNoDistrict) {
  EXPECT_EQ(sites_.ForHost("practica.example"), nullptr);
  EXPECT_EQ(sites_.ForHost("127.0.0.1:8080"), nullptr);
  EXPECT_EQ(sites_.ForHost("lausd.net"), nullptr);
  EXPECT_EQ(sites_.ForHost(std::nullopt), nullptr);
  // A name that only begins like a served one is another name.
  EXPECT_EQ(sites_.ForHost("practica.lausd.net.evil.example"), nullptr);
}

TEST_F(TwoDistricts, ABalancerAskingByAddressReachesOnlyTheHealthChecks) {
  EXPECT_EQ(sites_.ForUnknownHost("/healthz")->router, &lausd_);
  EXPECT_EQ(sites_.ForUnknownHost("/readyz")->router, &lausd_);
  EXPECT_EQ(sites_.ForUnknownHost("/"), nullptr);
  EXPECT_EQ(sites_.ForUnknownHost("/api/v1/schools"), nullptr);
  EXPECT_EQ(sites_.ForUnknownHost("/sign-in"), nullptr);
}

TEST_F(TwoDistricts, TheRefusalNamesTheAddressesServed) {
  EXPECT_EQ(sites_.UnknownHostMessage("www.example:80"),
            "This server has no district at the address \"www.example\". It answers at "
            "practica.lausd.net and practica.valleyusd.org: check the address you typed.");
}

TEST(OneDistrict, AnswersEveryHostName) {
  Router only;
  Sites sites(Site{&only, nullptr});
  EXPECT_EQ(sites.ForHost("anything.example")->router, &only);
  EXPECT_EQ(sites.ForHost(std::nullopt)->router, &only);
}

}  // namespace
}  // namespace practica::http
