// The sign-in flow against a real OpenID provider (tests/rig/oidc-provider.mjs, from npm
// oidc-provider) and a real SQLite file, driven without a browser: the test plays the person at
// the provider's login and consent forms, then plays the attacker with states.
#include "auth/oidc/client.hpp"

#include <gtest/gtest.h>

#include "tests/auth/oidc/client_fixture.hpp"

namespace practica::auth::oidc {
namespace {

TEST_F(OidcClientTest, SignsInThroughTheProvider) {
  auto url = client_->Begin(connection(), district_id_, "/cohorts/ps-3-0");
  ASSERT_TRUE(url.has_value()) << url.error().detail;

  const auto callback = rig_->SignIn(*url, kSophia, kRedirectUri);
  auto completed =
      client_->Complete(connection(), district_id_, callback.at("state"), callback.at("code"));

  ASSERT_TRUE(completed.has_value()) << completed.error().detail;
  EXPECT_EQ(completed->first.email, kSophia);
  EXPECT_TRUE(completed->first.email_verified);
  EXPECT_EQ(completed->first.name, "Sophia Mendoza");
  EXPECT_EQ(completed->first.subject, "u-sophia");
  EXPECT_EQ(completed->second, "/cohorts/ps-3-0");
}

TEST_F(OidcClientTest, ReportsAnUnverifiedEmailAsUnverified) {
  auto url = client_->Begin(connection(), district_id_, "/");
  ASSERT_TRUE(url.has_value());

  const auto callback = rig_->SignIn(*url, "new.teacher@lausd.net", kRedirectUri);
  auto completed =
      client_->Complete(connection(), district_id_, callback.at("state"), callback.at("code"));

  ASSERT_TRUE(completed.has_value()) << completed.error().detail;
  EXPECT_EQ(completed->first.email, "new.teacher@lausd.net");
  EXPECT_FALSE(completed->first.email_verified);
}

TEST_F(OidcClientTest, StoresOnlyTheHashOfTheState) {
  auto url = client_->Begin(connection(), district_id_, "/");
  ASSERT_TRUE(url.has_value());
  const std::string state = rig_->QueryOf(*url).at("state");

  auto by_hash = connection().QueryInt(
      "SELECT COUNT(*) FROM oidc_logins WHERE district_id = $1 AND state_hash = $2",
      {district_id_, HashState(state)});
  auto by_state =
      connection().QueryInt("SELECT COUNT(*) FROM oidc_logins WHERE state_hash = $1", {state});

  ASSERT_TRUE(by_hash.has_value() && by_state.has_value());
  EXPECT_EQ(by_hash->value_or(0), 1);
  EXPECT_EQ(by_state->value_or(0), 0);
}

TEST_F(OidcClientTest, SendsPkceAndNonceInTheAuthorizationUrl) {
  auto url = client_->Begin(connection(), district_id_, "/");
  ASSERT_TRUE(url.has_value());

  const auto query = rig_->QueryOf(*url);

  EXPECT_EQ(query.at("code_challenge_method"), "S256");
  EXPECT_EQ(query.at("code_challenge").size(), 43u);
  EXPECT_GE(query.at("nonce").size(), 43u);
  EXPECT_EQ(query.at("redirect_uri"), kRedirectUri);
  EXPECT_EQ(query.at("scope"), "openid email profile");
}

TEST_F(OidcClientTest, ReplacesAReturnAddressOnAnotherSiteWithTheHomePage) {
  auto url = client_->Begin(connection(), district_id_, "//evil.example/phish");
  ASSERT_TRUE(url.has_value());

  const auto callback = rig_->SignIn(*url, kSophia, kRedirectUri);
  auto completed =
      client_->Complete(connection(), district_id_, callback.at("state"), callback.at("code"));

  ASSERT_TRUE(completed.has_value()) << completed.error().detail;
  EXPECT_EQ(completed->second, "/");
}

TEST_F(OidcClientTest, RefusesAReplayedState) {
  auto url = client_->Begin(connection(), district_id_, "/");
  ASSERT_TRUE(url.has_value());
  const auto callback = rig_->SignIn(*url, kSophia, kRedirectUri);
  ASSERT_TRUE(
      client_->Complete(connection(), district_id_, callback.at("state"), callback.at("code"))
          .has_value());

  auto replayed =
      client_->Complete(connection(), district_id_, callback.at("state"), callback.at("code"));

  ASSERT_FALSE(replayed.has_value());
  ExpectUnauthenticated(replayed.error(), "already used");
  EXPECT_EQ(replayed.error().message,
            "Sign-in could not be completed: this sign-in was already finished or was not "
            "started here; start signing in again.");
}

TEST_F(OidcClientTest, RefusesAnUnknownState) {
  auto completed = client_->Complete(connection(), district_id_, RandomUrlSafe(), "some-code");

  ASSERT_FALSE(completed.has_value());
  ExpectUnauthenticated(completed.error(), "unknown");
}

TEST_F(OidcClientTest, RefusesAStateStartedForAnotherDistrict) {
  const std::int64_t other_district = NewDistrict("pasadena");
  auto url = client_->Begin(connection(), other_district, "/");
  ASSERT_TRUE(url.has_value());
  const auto callback = rig_->SignIn(*url, kSophia, kRedirectUri);

  auto completed =
      client_->Complete(connection(), district_id_, callback.at("state"), callback.at("code"));

  ASSERT_FALSE(completed.has_value());
  ExpectUnauthenticated(completed.error(), "unknown");
}

TEST_F(OidcClientTest, RefusesAStateOlderThanTenMinutes) {
  auto url = client_->Begin(connection(), district_id_, "/");
  ASSERT_TRUE(url.has_value());
  const auto callback = rig_->SignIn(*url, kSophia, kRedirectUri);
  clock_.Set(clock_.NowUtcSeconds() + kLoginLifetimeSeconds + 1);

  auto completed =
      client_->Complete(connection(), district_id_, callback.at("state"), callback.at("code"));

  ASSERT_FALSE(completed.has_value());
  ExpectUnauthenticated(completed.error(), "started 601 s ago");
}

TEST_F(OidcClientTest, FetchesTheKeysAgainWhenTheProviderRotatesThem) {
  const std::vector<std::string> arguments = {"--client-id",     "practica",
                                              "--client-secret", "practica-secret",
                                              "--redirect-uri",  std::string(kRedirectUri)};
  auto first = std::make_unique<ProviderRig>(arguments);
  ASSERT_FALSE(first->issuer().empty());
  const std::string issuer = first->issuer();
  ProviderSettings settings = Settings();
  settings.issuer = issuer;
  auto client = Client::Discover(settings, clock_);
  ASSERT_TRUE(client.has_value()) << client.error().detail;
  first.reset();
  // The same address with new signing keys: what a key rotation looks like from outside.
  std::vector<std::string> same_port = arguments;
  same_port.insert(same_port.end(), {"--port", issuer.substr(issuer.rfind(':') + 1)});
  ProviderRig second(same_port);
  ASSERT_EQ(second.issuer(), issuer);
  auto url = (*client)->Begin(connection(), district_id_, "/");
  ASSERT_TRUE(url.has_value());
  const auto callback = second.SignIn(*url, kSophia, kRedirectUri);

  auto completed =
      (*client)->Complete(connection(), district_id_, callback.at("state"), callback.at("code"));

  ASSERT_TRUE(completed.has_value()) << completed.error().detail;
  EXPECT_EQ(completed->first.email, kSophia);
}

TEST_F(OidcClientTest, GivesTheProvidersLogoutAddress) {
  const std::string url = client_->LogoutUrl("http://127.0.0.1:9/");

  EXPECT_EQ(url, rig_->issuer() + "/session/end?post_logout_redirect_uri=" +
                     FormEncode("http://127.0.0.1:9/") + "&client_id=practica");
}

TEST_F(OidcClientTest, RefusesAnIssuerTheProviderDoesNotClaim) {
  ProviderSettings settings = Settings();
  settings.issuer += "/";

  auto client = Client::Discover(settings, clock_);

  ASSERT_FALSE(client.has_value());
  EXPECT_EQ(client.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(client.error().field, "oidc_issuer");
}

TEST_F(OidcClientTest, NamesTheIssuerThatCannotBeReached) {
  ProviderSettings settings = Settings();
  settings.issuer = "http://127.0.0.1:1";

  auto client = Client::Discover(settings, clock_);

  ASSERT_FALSE(client.has_value());
  EXPECT_EQ(client.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(client.error().message.find("http://127.0.0.1:1"), std::string::npos);
}

}  // namespace
}  // namespace practica::auth::oidc
