// Sign-in sessions in the database, shared by every server; tokens stored hashed.
#pragma once

#include <optional>
#include <string>

#include "auth/domain/principal.hpp"
#include "db/connection.hpp"

namespace practica::auth {

struct SessionPolicy {
  int idle_minutes = 120;   // a session unused this long ends
  int absolute_hours = 12;  // and every session ends this long after sign-in
};

struct NewSession {
  std::string token;  // for the cookie; only its hash is stored
  std::string csrf_token;
};

class PrincipalCache;

class SessionStore {
 public:
  SessionStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // `signed_in_with`: "password", "oidc", "reset link", "invitation".
  [[nodiscard]] core::Result<NewSession> Create(std::int64_t person_id, std::int64_t now,
                                                const SessionPolicy& policy,
                                                const std::string& signed_in_with = "password");
  // The person behind the token, or nullopt when the token is unknown, idle too long, past its
  // absolute end, or the person is deactivated. Records use at most once a minute. With a
  // `cache`, the session read is kept there; the guard asks the cache before it takes a
  // connection (PrincipalCache::Find), so this is asked only when it had nothing.
  [[nodiscard]] core::Result<std::optional<Principal>> Load(std::string_view token,
                                                           std::int64_t now,
                                                           const SessionPolicy& policy,
                                                           PrincipalCache* cache = nullptr);
  // Returns how the ended session had signed in ("" when there was none).
  [[nodiscard]] core::Result<std::string> End(std::string_view token);
  // Returns how many sessions ended.
  [[nodiscard]] core::Result<std::int64_t> EndAllFor(std::int64_t person_id);
  [[nodiscard]] core::Result<std::int64_t> CountFor(std::int64_t person_id, std::int64_t now);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::auth
