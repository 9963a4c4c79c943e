#include "auth/api_token_store.hpp"

#include <algorithm>

#include "auth/principal_loader.hpp"
#include "auth/secrets.hpp"
#include "core/text.hpp"

namespace practica::auth {

core::Result<std::pair<ApiToken, std::string>> ApiTokenStore::Create(const Principal& owner,
                                                                    std::string name,
                                                                    std::int64_t grant_id,
                                                                    std::int64_t now) {
  name = std::string(core::Trim(name));
  if (name.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Name the token after what will use it, e.g. \"Board report export\".", {},
                      "name");
  }
  const bool owns = std::any_of(owner.grants.begin(), owner.grants.end(),
                                [&](const Grant& g) { return g.id == grant_id; });
  if (!owns) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Choose one of your own current roles for the token to act with.", {},
                      "grant_id");
  }
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  const std::string token = "pt_" + RandomToken();
  auto inserted = db_.Exec(
      "INSERT INTO api_tokens (district_id, id, person_id, name, token_hash, grant_id, created_at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {district_id_, *id, owner.person_id, name, HashToken(token), grant_id, now});
  if (!inserted) return std::unexpected(inserted.error());
  return std::pair{ApiToken{*id, name, grant_id, now, std::nullopt, std::nullopt}, token};
}

core::Result<std::optional<Principal>> ApiTokenStore::Load(std::string_view token, std::int64_t now) {
  std::int64_t person_id = 0;
  std::int64_t grant_id = 0;
  std::int64_t token_id = 0;
  auto read = db_.Execute(
      "SELECT id, person_id, grant_id FROM api_tokens WHERE district_id = $1 AND token_hash = $2"
      " AND revoked_at IS NULL",
      {district_id_, HashToken(token)}, [&](const db::Row& row) {
        token_id = row.Int(0);
        person_id = row.Int(1);
        grant_id = row.Int(2);
      });
  if (!read) return std::unexpected(read.error());
  if (person_id == 0) return std::optional<Principal>{};
  auto principal = LoadPrincipal(db_, district_id_, person_id);
  if (!principal || !*principal) return principal;
  // The token acts with its one grant; if that grant has ended, with none.
  auto& grants = (*principal)->grants;
  grants.erase(std::remove_if(grants.begin(), grants.end(),
                              [&](const Grant& g) { return g.id != grant_id; }),
               grants.end());
  (*principal)->by_api_token = true;
  auto used = db_.Exec("UPDATE api_tokens SET last_used_at = $3 WHERE district_id = $1 AND id = $2",
                       {district_id_, token_id, now});
  if (!used) return std::unexpected(used.error());
  return principal;
}

core::Result<void> ApiTokenStore::Revoke(std::int64_t owner_id, std::int64_t token_id,
                                         std::int64_t now) {
  auto changed = db_.Exec(
      "UPDATE api_tokens SET revoked_at = $4 WHERE district_id = $1 AND id = $2 AND person_id = $3"
      " AND revoked_at IS NULL",
      {district_id_, token_id, owner_id, now});
  if (!changed) return std::unexpected(changed.error());
  if (*changed == 0) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "You have no active API token with that number; the list on your account "
                      "page shows the ones you can revoke.");
  }
  return {};
}

core::Result<std::vector<ApiToken>> ApiTokenStore::List(std::int64_t owner_id) {
  std::vector<ApiToken> tokens;
  auto done = db_.Execute(
      "SELECT id, name, grant_id, created_at, last_used_at, revoked_at FROM api_tokens"
      " WHERE district_id = $1 AND person_id = $2 ORDER BY id",
      {district_id_, owner_id}, [&](const db::Row& row) {
        ApiToken token{row.Int(0), row.String(1), row.Int(2), row.Int(3), std::nullopt, std::nullopt};
        if (!row.IsNull(4)) token.last_used_at = row.Int(4);
        if (!row.IsNull(5)) token.revoked_at = row.Int(5);
        tokens.push_back(std::move(token));
      });
  if (!done) return std::unexpected(done.error());
  return tokens;
}

}  // namespace practica::auth
