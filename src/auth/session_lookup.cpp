#include "auth/session_lookup.hpp"

#include <string>

#include "auth/principal_cache.hpp"
#include "auth/secrets.hpp"
#include "auth/session_store.hpp"

namespace practica::auth {

core::Result<std::optional<Principal>> SessionFor(db::Database& database, std::int64_t district_id,
                                                  std::string_view cookie, std::int64_t now,
                                                  const SessionPolicy& policy, PrincipalCache* cache) {
  // Only the hash is stored and kept, so the cookie is hashed once, here.
  const std::string hash = HashToken(cookie);
  if (cache != nullptr) {
    if (auto kept = cache->Find(hash, now)) return OpenedBy(std::move(*kept));
  }
  auto db = database.Acquire();
  return SessionStore(*db, district_id).LoadHashed(hash, now, policy, cache);
}

}  // namespace practica::auth
