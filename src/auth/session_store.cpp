#include "auth/session_store.hpp"

#include "auth/principal_cache.hpp"
#include "auth/principal_loader.hpp"
#include "auth/secrets.hpp"

namespace practica::auth {

core::Result<NewSession> SessionStore::Create(std::int64_t person_id, std::int64_t now,
                                              const SessionPolicy& policy,
                                              const std::string& signed_in_with) {
  NewSession session{RandomToken(), RandomToken()};
  auto inserted = db_.Exec(
      "INSERT INTO sessions (district_id, token_hash, person_id, csrf_token, signed_in_with,"
      " created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $6, $7)",
      {district_id_, HashToken(session.token), person_id, session.csrf_token, signed_in_with, now,
       now + std::int64_t{policy.absolute_hours} * 3600});
  if (!inserted) return std::unexpected(inserted.error());
  return session;
}

core::Result<std::optional<Principal>> SessionStore::LoadHashed(const std::string& hash, std::int64_t now,
                                                               const SessionPolicy& policy,
                                                               PrincipalCache* cache) {
  // Read before the database: a change heard of while it answers keeps this read out.
  const std::uint64_t generation = cache != nullptr ? cache->Generation() : 0;
  auto found = LoadSessionPrincipal(db_, district_id_, hash);
  if (!found) return std::unexpected(found.error());
  if (!*found) return std::optional<Principal>{};
  auto& session = **found;
  const bool idle = now - session.last_seen_at > std::int64_t{policy.idle_minutes} * 60;
  if (idle || now >= session.expires_at) {
    (void)EndHashed(hash);
    return std::optional<Principal>{};
  }
  // last_seen_at moves at most once a minute: most requests write nothing.
  if (now - session.last_seen_at >= kTouchSeconds) {
    auto touched = db_.Exec(
        "UPDATE sessions SET last_seen_at = $3 WHERE district_id = $1 AND token_hash = $2",
        {district_id_, hash, now});
    if (!touched) return std::unexpected(touched.error());
    session.last_seen_at = now;
  }
  if (cache != nullptr) cache->Keep(hash, session, generation);
  return OpenedBy(std::move(session));
}

core::Result<std::string> SessionStore::End(std::string_view token) { return EndHashed(HashToken(token)); }

core::Result<std::string> SessionStore::EndHashed(const std::string& token_hash) {
  std::string signed_in_with;
  auto ended = db_.Execute(
      "DELETE FROM sessions WHERE district_id = $1 AND token_hash = $2 RETURNING signed_in_with",
      {district_id_, token_hash}, [&](const db::Row& row) { signed_in_with = row.String(0); });
  if (!ended) return std::unexpected(ended.error());
  return signed_in_with;
}

core::Result<std::int64_t> SessionStore::EndAllFor(std::int64_t person_id) {
  return db_.Exec("DELETE FROM sessions WHERE district_id = $1 AND person_id = $2",
                  {district_id_, person_id});
}

core::Result<std::int64_t> SessionStore::CountFor(std::int64_t person_id, std::int64_t now) {
  auto count = db_.QueryInt(
      "SELECT COUNT(*) FROM sessions WHERE district_id = $1 AND person_id = $2 AND expires_at > $3",
      {district_id_, person_id, now});
  if (!count) return std::unexpected(count.error());
  return count->value_or(0);
}

}  // namespace practica::auth
