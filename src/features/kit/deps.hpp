// What every feature's routes receive from the application: the database, the page renderer,
// the clock and the district being served. Features hold no global state.
#pragma once

#include <cstdint>
#include <string>

#include "core/clock.hpp"
#include "core/time_zone.hpp"
#include "db/database.hpp"
#include "http/views.hpp"

namespace practica::features {

// The district (tenant) a request belongs to. Every query filters by `id`.
struct Tenant {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  std::string short_name;
  core::TimeZone zone;
};

struct Deps {
  db::Database& database;
  const http::Views& views;
  const core::Clock& clock;
  const Tenant& tenant;
};

}  // namespace practica::features
