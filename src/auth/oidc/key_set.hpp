// The provider's signing keys (its JWKS) and the signature check of an ID token against them.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "core/error.hpp"

struct json_t;  // rhonabwy's jwks_t is a jansson value; kept out of this header

namespace practica::auth::oidc {

class KeySet {
 public:
  // Reads a JWKS document. kUnavailable when it is not one or holds no usable key.
  [[nodiscard]] static core::Result<std::unique_ptr<KeySet>> Parse(std::string_view jwks_json);
  ~KeySet();
  KeySet(const KeySet&) = delete;
  KeySet& operator=(const KeySet&) = delete;

  // Checks a compact JWS signed with RS256 or ES256 by the key its header names (or, without a
  // kid, by any key of the set) and returns its payload as JSON text. kNotFound when no key has
  // the token's kid, so the caller may fetch the keys again; kUnauthenticated when the token is
  // malformed, encrypted, uses another algorithm or its signature does not verify.
  // Safe to call from several threads at once.
  [[nodiscard]] core::Result<std::string> Verify(std::string_view compact_jws) const;

 private:
  explicit KeySet(json_t* keys) : keys_(keys) {}
  // Rhonabwy hands out copies of keys, but copying reads shared JSON reference counts.
  mutable std::mutex mutex_;
  json_t* keys_;
};

}  // namespace practica::auth::oidc
