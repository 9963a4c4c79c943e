// The provider's discovery document (OpenID Connect Discovery 1.0), reduced to what sign-in uses.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace practica::auth::oidc {

enum class TokenAuthMethod { kClientSecretBasic, kClientSecretPost };

struct ProviderMetadata {
  std::string issuer;
  std::string authorization_endpoint;
  std::string token_endpoint;
  std::string jwks_uri;
  std::string end_session_endpoint;  // empty when the provider offers no logout
  TokenAuthMethod token_auth = TokenAuthMethod::kClientSecretBasic;
};

// {issuer}/.well-known/openid-configuration, with one trailing "/" of the issuer dropped.
std::string DiscoveryUrl(std::string_view issuer);

// Reads a discovery document fetched for `issuer`. kInvalidInput (field "oidc_issuer") when the
// document names another issuer; kUnavailable when it is not JSON, lacks the authorization,
// token or JWKS address, or accepts neither client_secret_basic nor client_secret_post.
[[nodiscard]] core::Result<ProviderMetadata> ParseProviderMetadata(std::string_view document,
                                                                   std::string_view issuer);

}  // namespace practica::auth::oidc
