// Who a session cookie belongs to: the one step the guard takes for a cookie, published so that
// a test asks exactly what a server asks.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "auth/domain/principal.hpp"
#include "auth/session_policy.hpp"
#include "core/error.hpp"
#include "db/database.hpp"

namespace practica::auth {

class PrincipalCache;

// The person behind `cookie` at `now`, or nullopt when it names no live session. With a `cache`
// (session_cache), a session it keeps is answered from memory without taking a connection;
// otherwise the database is asked once, and what it says is kept there.
[[nodiscard]] core::Result<std::optional<Principal>> SessionFor(db::Database& database,
                                                                std::int64_t district_id,
                                                                std::string_view cookie,
                                                                std::int64_t now,
                                                                const SessionPolicy& policy,
                                                                PrincipalCache* cache);

}  // namespace practica::auth
