// What an ID token says about who signed in, and the checks that decide whether to believe it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::auth::oidc {

struct IdTokenClaims {
  std::string iss;
  std::string sub;
  std::string aud;  // the audience when the token names one; see `audiences`
  std::string nonce;
  std::string email;
  std::string name;
  bool email_verified = false;
  std::int64_t exp = 0;
  std::int64_t iat = 0;
  // Every audience the token names (`aud` as a string or a list). When empty, `aud` is used.
  std::vector<std::string> audiences;
  std::string azp;  // authorized party; required when there is more than one audience
};

// Reads the claims from an ID token's JSON payload. kUnauthenticated when the payload is not a
// JSON object or a claim has the wrong type.
[[nodiscard]] core::Result<IdTokenClaims> ParseIdTokenClaims(std::string_view payload_json);

// Checks the claims of an ID token whose signature is already verified (OpenID Connect Core
// 3.1.3.7): issued by `issuer`, for `client_id` (and authorized for it when it names several
// audiences), not expired and not issued in the future (each with `leeway_seconds` for clock
// skew), carrying the `nonce` of this sign-in, a subject and an e-mail address.
// kUnauthenticated on the first claim that fails; `detail` names the claim and both values.
[[nodiscard]] core::Result<void> CheckClaims(const IdTokenClaims& claims, std::string_view issuer,
                                             std::string_view client_id, std::string_view nonce,
                                             std::int64_t now, int leeway_seconds = 60);

}  // namespace practica::auth::oidc
