#include "auth/secrets.hpp"

#include <sodium.h>

#include <mutex>

namespace practica::auth {
namespace {

void EnsureSodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) std::abort();  // no randomness: nothing here may run
  });
}

}  // namespace

std::string RandomToken(std::size_t bytes) {
  EnsureSodium();
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                    raw.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

std::string HashToken(std::string_view token) {
  EnsureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
  std::string hex(crypto_hash_sha256_BYTES * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), digest, sizeof digest);
  hex.pop_back();
  return hex;
}

std::string KeyedPseudonym(std::string_view key, std::string_view who) {
  if (key.empty()) return "";
  EnsureSodium();
  // HMAC-SHA-256: without the key, the pseudonyms of a list of people cannot be worked out.
  unsigned char digest[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(who.data()), who.size());
  crypto_auth_hmacsha256_final(&state, digest);
  std::string hex(2 * 16 + 1, '\0');  // 128 bits: no two people of a district meet
  sodium_bin2hex(hex.data(), hex.size(), digest, 16);
  hex.pop_back();
  return hex;
}

core::Result<std::string> HashPassword(std::string_view password) {
  EnsureSodium();
  char encoded[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(encoded, password.data(), password.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return core::Fail(core::ErrorCode::kUnavailable,
                      "The server is too busy to protect a new password right now; try again.",
                      "crypto_pwhash_str ran out of memory");
  }
  return std::string(encoded);
}

bool VerifyPassword(std::string_view encoded_hash, std::string_view password) {
  EnsureSodium();
  const std::string hash(encoded_hash);
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void VerifyAgainstNothing(std::string_view password) {
  static const std::string kDecoy = HashPassword("decoy password for unknown accounts").value_or("");
  (void)VerifyPassword(kDecoy, password);
}

core::Result<void> CheckNewPassword(std::string_view password) {
  if (password.size() < 10) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Choose a password of at least 10 characters; a short sentence works well.",
                      {}, "password");
  }
  if (password.size() > 256) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Choose a password of at most 256 characters.", {}, "password");
  }
  return {};
}

bool SameSecret(std::string_view a, std::string_view b) {
  EnsureSodium();
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace practica::auth
