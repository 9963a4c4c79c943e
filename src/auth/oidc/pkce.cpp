#include "auth/oidc/pkce.hpp"

#include <sodium.h>

#include <cstdlib>
#include <vector>

namespace practica::auth::oidc {
namespace {

// sodium_init is idempotent and thread-safe; a failure means no usable randomness, which no
// caller can work around.
void EnsureSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) std::abort();
}

std::string Base64Url(const unsigned char* bytes, std::size_t size) {
  const std::size_t capacity =
      sodium_base64_encoded_len(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  std::string out(capacity, '\0');
  sodium_bin2base64(out.data(), capacity, bytes, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(capacity - 1);  // the encoded length counts the terminating NUL
  return out;
}

std::string Sha256Base64Url(std::string_view text) {
  EnsureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  return Base64Url(digest, sizeof digest);
}

}  // namespace

std::string CodeChallengeS256(std::string_view verifier) { return Sha256Base64Url(verifier); }

std::string RandomUrlSafe(std::size_t bytes) {
  EnsureSodium();
  std::vector<unsigned char> random(bytes);
  randombytes_buf(random.data(), random.size());
  return Base64Url(random.data(), random.size());
}

std::string HashState(std::string_view state) { return Sha256Base64Url(state); }

}  // namespace practica::auth::oidc
