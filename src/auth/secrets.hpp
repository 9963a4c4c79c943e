// Random tokens, their stored hashes, and password hashing (Argon2id), over libsodium.
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"

namespace practica::auth {

// A URL-safe random token of `bytes` random bytes (43 characters for 32 bytes).
std::string RandomToken(std::size_t bytes = 32);
// What is stored for a token: hex SHA-256. Tokens are random, so a fast hash is enough.
std::string HashToken(std::string_view token);
// A pseudonym for `who` under `key` (32 hex characters): the same for the same pair, and
// unrelated for another key. Empty key: empty pseudonym.
std::string KeyedPseudonym(std::string_view key, std::string_view who);

// Argon2id with libsodium's interactive limits, in its self-describing encoded form.
[[nodiscard]] core::Result<std::string> HashPassword(std::string_view password);
bool VerifyPassword(std::string_view encoded_hash, std::string_view password);
// Spends the time a real verification would, so an unknown account answers as slowly.
void VerifyAgainstNothing(std::string_view password);

// kInvalidInput naming the field when a new password is too short or too long.
[[nodiscard]] core::Result<void> CheckNewPassword(std::string_view password);

// Constant-time comparison of two secrets.
bool SameSecret(std::string_view a, std::string_view b);

}  // namespace practica::auth
