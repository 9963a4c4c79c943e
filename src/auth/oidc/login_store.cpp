#include "auth/oidc/login_store.hpp"

namespace practica::auth::oidc {

core::Result<void> LoginStore::Save(const PendingLogin& login) {
  auto inserted = db_.Exec(
      "INSERT INTO oidc_logins (district_id, state_hash, nonce, code_verifier, return_to, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6)",
      {district_id_, login.state_hash, login.nonce, login.code_verifier, login.return_to,
       login.created_at});
  if (!inserted) return std::unexpected(inserted.error());
  return {};
}

core::Result<std::optional<PendingLogin>> LoginStore::Consume(std::string_view state_hash) {
  // One statement reads and deletes, so two requests racing with the same state cannot both
  // get the row: the database serializes the DELETE.
  std::optional<PendingLogin> found;
  auto deleted = db_.Execute(
      "DELETE FROM oidc_logins WHERE district_id = $1 AND state_hash = $2 "
      "RETURNING nonce, code_verifier, return_to, created_at",
      {district_id_, std::string(state_hash)}, [&](const db::Row& row) {
        found = PendingLogin{std::string(state_hash), row.String(0), row.String(1), row.String(2),
                             row.Int(3)};
      });
  if (!deleted) return std::unexpected(deleted.error());
  return found;
}

core::Result<void> LoginStore::PurgeStartedBefore(std::int64_t created_before) {
  auto deleted = db_.Exec("DELETE FROM oidc_logins WHERE district_id = $1 AND created_at < $2",
                          {district_id_, created_before});
  if (!deleted) return std::unexpected(deleted.error());
  return {};
}

}  // namespace practica::auth::oidc
