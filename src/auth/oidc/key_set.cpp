#include "auth/oidc/key_set.hpp"

#include <rhonabwy.h>

#include <mutex>
#include <vector>

namespace practica::auth::oidc {
namespace {

struct JwtDeleter {
  void operator()(jwt_t* jwt) const { r_jwt_free(jwt); }
};
struct JwkDeleter {
  void operator()(jwk_t* jwk) const { r_jwk_free(jwk); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtDeleter>;
using JwkPtr = std::unique_ptr<jwk_t, JwkDeleter>;

// r_global_init is not thread-safe and must run before any other rhonabwy call.
void EnsureRhonabwy() {
  static std::once_flag once;
  std::call_once(once, [] { r_global_init(); });
}

std::unexpected<core::Error> Unverified(std::string detail) {
  return core::Fail(core::ErrorCode::kUnauthenticated,
                    "Sign-in could not be completed: the identity provider's answer could not "
                    "be verified; try signing in again.",
                    "ID token refused: " + std::move(detail));
}

// A key may sign this token if it does not restrict itself to another use or algorithm.
bool KeyFits(jwk_t* jwk, const char* alg) {
  const char* key_use = r_jwk_get_property_str(jwk, "use");
  const char* key_alg = r_jwk_get_property_str(jwk, "alg");
  return (key_use == nullptr || std::string_view(key_use) == "sig") &&
         (key_alg == nullptr || std::string_view(key_alg) == alg);
}

// A signed (not encrypted) JWT with an algorithm we accept. R_PARSE_NONE: keys embedded in the
// token's header (jwk, jku, x5c, x5u) are never trusted or fetched.
core::Result<JwtPtr> ParseSigned(std::string_view compact_jws) {
  jwt_t* raw = nullptr;
  if (r_jwt_init(&raw) != RHN_OK) return Unverified("r_jwt_init failed");
  JwtPtr jwt(raw);
  if (r_jwt_advanced_parsen(jwt.get(), compact_jws.data(), compact_jws.size(), R_PARSE_NONE,
                            R_FLAG_IGNORE_REMOTE) != RHN_OK ||
      r_jwt_get_type(jwt.get()) != R_JWT_TYPE_SIGN) {
    return Unverified("not a signed JWT");
  }
  const jwa_alg alg = r_jwt_get_sign_alg(jwt.get());
  if (alg != R_JWA_ALG_RS256 && alg != R_JWA_ALG_ES256) {
    const char* name = r_jwa_alg_to_str(alg);
    return Unverified("algorithm " + std::string(name != nullptr ? name : "none") +
                      " is not RS256 or ES256");
  }
  return jwt;
}

}  // namespace

core::Result<std::unique_ptr<KeySet>> KeySet::Parse(std::string_view jwks_json) {
  EnsureRhonabwy();
  jwks_t* keys = nullptr;
  if (r_jwks_init(&keys) != RHN_OK) {
    return core::Fail(core::ErrorCode::kInternal, "Sign-in is unavailable right now.",
                      "r_jwks_init failed");
  }
  std::unique_ptr<KeySet> set(new KeySet(keys));
  // RHN_ERROR_PARAM means some keys were skipped (an unknown kty, say); the others are usable.
  const std::string text(jwks_json);
  const int imported = r_jwks_import_from_json_str(keys, text.c_str());
  if ((imported != RHN_OK && imported != RHN_ERROR_PARAM) || r_jwks_size(keys) == 0) {
    return core::Fail(core::ErrorCode::kUnavailable,
                      "The identity provider's signing keys could not be read; try signing in "
                      "again in a few minutes.",
                      "JWKS import returned " + std::to_string(imported) + " with " +
                          std::to_string(r_jwks_size(keys)) + " usable keys");
  }
  return set;
}

KeySet::~KeySet() { r_jwks_free(keys_); }

core::Result<std::string> KeySet::Verify(std::string_view compact_jws) const {
  auto jwt = ParseSigned(compact_jws);
  if (!jwt) return std::unexpected(jwt.error());
  const char* alg = r_jwa_alg_to_str(r_jwt_get_sign_alg(jwt->get()));
  const char* kid = r_jwt_get_header_str_value(jwt->get(), "kid");

  std::vector<JwkPtr> candidates;
  {
    std::lock_guard lock(mutex_);
    if (kid != nullptr) {
      if (JwkPtr key(r_jwks_get_by_kid(keys_, kid)); key) candidates.push_back(std::move(key));
    } else {
      for (std::size_t i = 0; i < r_jwks_size(keys_); ++i) {
        candidates.emplace_back(r_jwks_get_at(keys_, i));
      }
    }
  }
  if (kid != nullptr && candidates.empty()) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "Sign-in could not be completed: the identity provider signed with a key "
                      "Practica does not know yet; try signing in again.",
                      "no JWKS key with kid \"" + std::string(kid) + "\"");
  }
  for (const auto& key : candidates) {
    if (!key || !KeyFits(key.get(), alg)) continue;
    if (r_jwt_verify_signature(jwt->get(), key.get(), R_FLAG_IGNORE_REMOTE) != RHN_OK) continue;
    char* claims = r_jwt_get_full_claims_str(jwt->get());
    if (claims == nullptr) return Unverified("signed payload is not a JSON object");
    std::string payload(claims);
    r_free(claims);
    return payload;
  }
  return Unverified("signature does not verify (" + std::string(alg) + ", kid \"" +
                    (kid != nullptr ? kid : "") + "\")");
}

}  // namespace practica::auth::oidc
