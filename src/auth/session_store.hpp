// Sign-in sessions in the database, shared by every server; tokens stored hashed.
#pragma once

#include <optional>
#include <string>

#include "auth/domain/principal.hpp"
#include "auth/session_policy.hpp"
#include "db/connection.hpp"

namespace practica::auth {

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
  // The person behind the session whose token hashes to `token_hash` (HashToken), or nullopt
  // when it is unknown, idle too long, past its absolute end, or the person is deactivated.
  // Records use at most once a minute. With a `cache`, the session read is kept there. Asked
  // through SessionFor (session_lookup.hpp), which asks the cache first.
  [[nodiscard]] core::Result<std::optional<Principal>> LoadHashed(const std::string& token_hash,
                                                                 std::int64_t now,
                                                                 const SessionPolicy& policy,
                                                                 PrincipalCache* cache = nullptr);
  // Returns how the ended session had signed in ("" when there was none).
  [[nodiscard]] core::Result<std::string> End(std::string_view token);
  // Returns how many sessions ended.
  [[nodiscard]] core::Result<std::int64_t> EndAllFor(std::int64_t person_id);
  [[nodiscard]] core::Result<std::int64_t> CountFor(std::int64_t person_id, std::int64_t now);

 private:
  core::Result<std::string> EndHashed(const std::string& token_hash);

  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::auth
