#include "auth/oidc/provider_metadata.hpp"

#include <gtest/gtest.h>

namespace practica::auth::oidc {
namespace {

constexpr std::string_view kIssuer = "https://login.lausd.example";

std::string Document(std::string_view issuer, std::string_view extra = "") {
  return "{\"issuer\":\"" + std::string(issuer) +
         "\",\"authorization_endpoint\":\"https://login.lausd.example/auth\","
         "\"token_endpoint\":\"https://login.lausd.example/token\","
         "\"jwks_uri\":\"https://login.lausd.example/jwks\"" +
         std::string(extra) + "}";
}

TEST(DiscoveryUrl, DropsOneTrailingSlashOfTheIssuer) {
  EXPECT_EQ(DiscoveryUrl("https://login.lausd.example/"),
            "https://login.lausd.example/.well-known/openid-configuration");
  EXPECT_EQ(DiscoveryUrl("https://login.lausd.example/tenant"),
            "https://login.lausd.example/tenant/.well-known/openid-configuration");
}

TEST(ParseProviderMetadata, ReadsTheEndpoints) {
  auto metadata = ParseProviderMetadata(
      Document(kIssuer, ",\"end_session_endpoint\":\"https://login.lausd.example/logout\""),
      kIssuer);

  ASSERT_TRUE(metadata.has_value()) << metadata.error().detail;
  EXPECT_EQ(metadata->token_endpoint, "https://login.lausd.example/token");
  EXPECT_EQ(metadata->end_session_endpoint, "https://login.lausd.example/logout");
  EXPECT_EQ(metadata->token_auth, TokenAuthMethod::kClientSecretBasic);
}

TEST(ParseProviderMetadata, RefusesADocumentNamingAnotherIssuer) {
  auto metadata = ParseProviderMetadata(Document("https://login.other.example"), kIssuer);

  ASSERT_FALSE(metadata.has_value());
  EXPECT_EQ(metadata.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(metadata.error().field, "oidc_issuer");
  EXPECT_EQ(metadata.error().message,
            "The identity provider at https://login.lausd.example calls itself "
            "\"https://login.other.example\"; set oidc_issuer to exactly that address.");
}

TEST(ParseProviderMetadata, UsesClientSecretPostWhenBasicIsNotOffered) {
  auto metadata = ParseProviderMetadata(
      Document(kIssuer, ",\"token_endpoint_auth_methods_supported\":[\"client_secret_post\"]"),
      kIssuer);

  ASSERT_TRUE(metadata.has_value()) << metadata.error().detail;
  EXPECT_EQ(metadata->token_auth, TokenAuthMethod::kClientSecretPost);
}

TEST(ParseProviderMetadata, RefusesAProviderWithoutSecretAuthentication) {
  auto metadata = ParseProviderMetadata(
      Document(kIssuer, ",\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\"]"),
      kIssuer);

  ASSERT_FALSE(metadata.has_value());
  EXPECT_EQ(metadata.error().code, core::ErrorCode::kUnavailable);
}

TEST(ParseProviderMetadata, RefusesADocumentWithoutTokenEndpoint) {
  auto metadata = ParseProviderMetadata(
      "{\"issuer\":\"https://login.lausd.example\",\"authorization_endpoint\":\"x\","
      "\"jwks_uri\":\"y\"}",
      kIssuer);

  ASSERT_FALSE(metadata.has_value());
  EXPECT_EQ(metadata.error().code, core::ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace practica::auth::oidc
