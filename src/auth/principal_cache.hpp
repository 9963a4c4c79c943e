// Signed-in sessions kept in memory, so that on PostgreSQL a request need not ask the database
// who is signing it (session_cache = true; the README's "Sessions kept in memory").
//
// A kept session is used only while all of these hold, else it is read afresh:
// - the cache is live: its server listens for the database's notices (db::ChangeListener). A
//   change to a person, their sessions, grants or caseload, on any server, names that person,
//   and only their sessions are forgotten; a notice that names no one forgets every session;
// - nothing changed between the read and the keeping (the generation it was read under);
// - its next "last seen" write is not due (kTouchSeconds): it is never older than a minute,
//   so its idle and absolute ends are judged as the database would, and a renamed school in a
//   grant's label shows within the minute.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "auth/principal_loader.hpp"

namespace practica::auth {

// The PostgreSQL channel whose notices clear the cache (auth/migrations/0393_principal_notices, 0395).
inline constexpr const char* kPrincipalsChannel = "practica_principals";

// A session's last use is written at most this often (SessionStore::LoadHashed).
inline constexpr std::int64_t kTouchSeconds = 60;

// Whether a session read at some time may still be used at `now` without asking again: before
// its next touch is due and before its absolute end.
bool StillTrusted(const SessionPrincipal& session, std::int64_t now);

// The principal a session opens, carrying that session's CSRF token (nullopt when its person is
// deactivated or gone).
std::optional<Principal> OpenedBy(SessionPrincipal session);

class PrincipalCache {
 public:
  explicit PrincipalCache(std::size_t capacity = 100000) : capacity_(capacity) {}

  // The session with that token hash, when kept, live and still trusted at `now`.
  std::optional<SessionPrincipal> Find(const std::string& token_hash, std::int64_t now) const;
  // Read before asking the database; Keep drops what was read under an older generation.
  std::uint64_t Generation() const;
  void Keep(const std::string& token_hash, const SessionPrincipal& session, std::uint64_t generation);
  // A notice on kPrincipalsChannel: its payload is the id of the person who changed, whose
  // sessions are forgotten; any other payload (none, from psql's NOTIFY) forgets them all.
  void Heard(std::string_view payload);
  // Forgets that person's sessions, and anything being read meanwhile.
  void Forget(std::int64_t person_id);
  // Forgets everything kept, and anything being read meanwhile.
  void Clear();
  // Live while its server listens for changes; not live, it keeps nothing and finds nothing.
  void SetLive(bool live);
  bool Live() const;

 private:
  // A new generation, and nothing kept: what is being read meanwhile is not kept either.
  void ForgetLocked();
  // Nothing kept; what is being read may still be kept.
  void DropAllLocked();

  mutable std::mutex mutex_;
  std::unordered_map<std::string, SessionPrincipal> kept_;
  std::unordered_map<std::int64_t, std::vector<std::string>> tokens_of_;  // each person's kept tokens
  std::uint64_t generation_ = 0;
  bool live_ = false;
  std::size_t capacity_;
};

}  // namespace practica::auth
