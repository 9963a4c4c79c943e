// Tokens for integrations: each acts as its owner with one of the owner's grants, no more.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/domain/principal.hpp"
#include "db/connection.hpp"

namespace practica::auth {

struct ApiToken {
  std::int64_t id = 0;
  std::string name;
  std::int64_t grant_id = 0;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> last_used_at;
  std::optional<std::int64_t> revoked_at;
};

class ApiTokenStore {
 public:
  ApiTokenStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // Returns the token text, shown once. kInvalidInput when the grant is not one of the owner's
  // current grants or the name is empty.
  [[nodiscard]] core::Result<std::pair<ApiToken, std::string>> Create(const Principal& owner,
                                                                     std::string name,
                                                                     std::int64_t grant_id,
                                                                     std::int64_t now);
  // The owner limited to the token's grant, or nullopt for an unknown or revoked token.
  [[nodiscard]] core::Result<std::optional<Principal>> Load(std::string_view token, std::int64_t now);
  // kNotFound when the owner has no such token.
  [[nodiscard]] core::Result<void> Revoke(std::int64_t owner_id, std::int64_t token_id, std::int64_t now);
  [[nodiscard]] core::Result<std::vector<ApiToken>> List(std::int64_t owner_id);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::auth
