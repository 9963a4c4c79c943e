// `practica demo`: loads the program's real history, and optionally a district-sized load on top.
#pragma once

#include "core/error.hpp"
#include "db/database.hpp"

namespace practica::app::demo {

enum class Scale { kHistory, kDistrict };

struct DemoReport {
  bool already_loaded = false;
  int schools = 0;
  int cohorts = 0;
  int people = 0;
};

// Loads everything in one transaction; a database that already has the demo district is left
// as it is (already_loaded). kConflict/kUnavailable from the database pass through.
// `now` stamps what the demo creates (grants, passwords).
[[nodiscard]] core::Result<DemoReport> Load(db::Database& database, Scale scale, std::int64_t now);

}  // namespace practica::app::demo
