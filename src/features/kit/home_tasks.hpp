// What a person's home page says needs doing: one line per kind of work, with how many and a
// link to where it is done. Each feature that knows of such work publishes a source; src/app
// lists them (HomeTaskSources) and the home page asks each in turn. A source reads only its
// own room's tables and answers nothing for a person it has no work for.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "auth/domain/principal.hpp"
#include "core/error.hpp"
#include "core/time_zone.hpp"
#include "db/connection.hpp"

namespace practica::features {

struct HomeTask {
  std::string label;  // "Applications to decide in PS 5.0"
  std::int64_t count = 0;
  std::string url;    // where the work is done
  bool urgent = false;  // late or failed: shown first, marked in words
};

struct HomeContext {
  db::Connection& connection;
  std::int64_t district_id = 0;
  const auth::Principal& who;
  core::LocalDate today;
  std::int64_t now = 0;  // UTC seconds
  const core::TimeZone& zone;  // the district's: due days and "today" are local
};

using HomeTaskSource = core::Result<std::vector<HomeTask>> (*)(HomeContext& context);

// True when the person holds `role` today, anywhere.
bool Holds(const auth::Principal& who, auth::Role role, const core::LocalDate& today);
// True when the person holds `role` today over exactly that school or local district.
bool HoldsAt(const auth::Principal& who, auth::Role role, auth::ScopeKind scope, std::int64_t scope_id,
             const core::LocalDate& today);

}  // namespace practica::features
