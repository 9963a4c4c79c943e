// Builds a Principal from the database: the person, their active grants, their caseload.
#pragma once

#include <map>
#include <vector>

#include <optional>
#include <string>
#include <string_view>

#include "auth/domain/principal.hpp"
#include "db/connection.hpp"

namespace practica::auth {

// nullopt when the person does not exist in the district or is deactivated.
[[nodiscard]] core::Result<std::optional<Principal>> LoadPrincipal(db::Connection& db,
                                                                  std::int64_t district_id,
                                                                  std::int64_t person_id);

// A session row with the principal it opens, read in one query (see LoadSessionPrincipal).
struct SessionPrincipal {
  std::int64_t person_id = 0;
  std::int64_t last_seen_at = 0;
  std::int64_t expires_at = 0;
  std::string csrf_token;
  std::optional<Principal> principal;  // nullopt when the person is deactivated or gone
};

// The session with that token hash, its person, their grants and (for a coach) caseload, in
// one round trip. nullopt when there is no such session; the caller judges its expiry.
[[nodiscard]] core::Result<std::optional<SessionPrincipal>> LoadSessionPrincipal(
    db::Connection& db, std::int64_t district_id, std::string_view token_hash);

// Grants not yet ended, with a label for their scope.
[[nodiscard]] core::Result<std::vector<Grant>> LoadGrants(db::Connection& db,
                                                         std::int64_t district_id,
                                                         std::int64_t person_id);
// The same for a page of people in one query, by person.
[[nodiscard]] core::Result<std::map<std::int64_t, std::vector<Grant>>> LoadGrantsOf(
    db::Connection& db, std::int64_t district_id, const std::vector<std::int64_t>& person_ids);

}  // namespace practica::auth
