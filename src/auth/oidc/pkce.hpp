// Proof Key for Code Exchange (RFC 7636) and the other one-time secrets of a sign-in.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace practica::auth::oidc {

// base64url(SHA-256(verifier)) without padding: the S256 code_challenge for a code_verifier.
std::string CodeChallengeS256(std::string_view verifier);

// A random string of URL-safe characters (A-Z a-z 0-9 - _) carrying `bytes` bytes of entropy:
// 43 characters for the default 32, enough for state, nonce and a PKCE code_verifier.
std::string RandomUrlSafe(std::size_t bytes = 32);

// The form a state is kept in: its SHA-256 in base64url. A leaked table then gives no state
// that could complete someone's sign-in.
std::string HashState(std::string_view state);

}  // namespace practica::auth::oidc
