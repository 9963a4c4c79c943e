#include "auth/oidc/provider_metadata.hpp"

#include <boost/json.hpp>
#include <optional>

namespace practica::auth::oidc {
namespace {

namespace json = boost::json;

std::string StringMember(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value != nullptr && value->is_string() ? std::string(value->get_string()) : "";
}

bool ListHas(const json::array& list, std::string_view wanted) {
  for (const auto& item : list) {
    if (item.is_string() && item.get_string() == wanted) return true;
  }
  return false;
}

// Basic when offered (absent means basic only, Discovery 1.0 section 3), else post.
std::optional<TokenAuthMethod> ChooseTokenAuth(const json::object& object) {
  const auto* methods = object.if_contains("token_endpoint_auth_methods_supported");
  if (methods == nullptr || !methods->is_array()) return TokenAuthMethod::kClientSecretBasic;
  if (ListHas(methods->get_array(), "client_secret_basic")) {
    return TokenAuthMethod::kClientSecretBasic;
  }
  if (ListHas(methods->get_array(), "client_secret_post"))
    return TokenAuthMethod::kClientSecretPost;
  return std::nullopt;
}

std::unexpected<core::Error> Unusable(std::string_view issuer, std::string detail) {
  return core::Fail(core::ErrorCode::kUnavailable,
                    "The identity provider at " + std::string(issuer) +
                        " did not describe itself in a way Practica can use; check the "
                        "oidc_issuer setting, or ask the provider's administrators.",
                    std::move(detail), "oidc_issuer");
}

}  // namespace

std::string DiscoveryUrl(std::string_view issuer) {
  if (issuer.ends_with('/')) issuer.remove_suffix(1);
  return std::string(issuer) + "/.well-known/openid-configuration";
}

core::Result<ProviderMetadata> ParseProviderMetadata(std::string_view document,
                                                     std::string_view issuer) {
  boost::system::error_code ec;
  const json::value parsed = json::parse(document, ec);
  if (ec || !parsed.is_object()) {
    return Unusable(issuer, "discovery document is not a JSON object: " + ec.message());
  }
  const auto& object = parsed.get_object();
  ProviderMetadata metadata;
  metadata.issuer = StringMember(object, "issuer");
  if (metadata.issuer != issuer) {
    // ID tokens carry the document's issuer, and CheckClaims compares it with the setting.
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The identity provider at " + std::string(issuer) + " calls itself \"" +
                          metadata.issuer + "\"; set oidc_issuer to exactly that address.",
                      "discovery issuer \"" + metadata.issuer + "\" differs from the setting",
                      "oidc_issuer");
  }
  metadata.authorization_endpoint = StringMember(object, "authorization_endpoint");
  metadata.token_endpoint = StringMember(object, "token_endpoint");
  metadata.jwks_uri = StringMember(object, "jwks_uri");
  metadata.end_session_endpoint = StringMember(object, "end_session_endpoint");
  if (metadata.authorization_endpoint.empty() || metadata.token_endpoint.empty() ||
      metadata.jwks_uri.empty()) {
    return Unusable(issuer,
                    "discovery document lacks authorization_endpoint, token_endpoint "
                    "or jwks_uri");
  }
  const auto token_auth = ChooseTokenAuth(object);
  if (!token_auth) {
    return Unusable(issuer,
                    "token endpoint accepts neither client_secret_basic nor "
                    "client_secret_post");
  }
  metadata.token_auth = *token_auth;
  return metadata;
}

}  // namespace practica::auth::oidc
