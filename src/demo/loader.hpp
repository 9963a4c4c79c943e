// The demo district (`practica demo`): loads the program's real history, and optionally a district-sized load on top.
#pragma once

#include "core/error.hpp"
#include "db/database.hpp"
#include "features/kit/effects.hpp"

#include <cstdint>
#include <functional>
#include <string>

namespace practica::demo {

enum class Scale { kHistory, kDistrict };

struct DemoReport {
  bool already_loaded = false;
  int schools = 0;
  int cohorts = 0;
  int people = 0;
};

// Loads everything in one transaction; a database that already has the demo district is left
// as it is (already_loaded). kConflict/kUnavailable from the database pass through.
// `now` stamps what the demo creates (grants, passwords). `slug` other than "lausd" loads the
// same history as a second district of that short name, labelled a copy, to try one server
// answering two districts by host name. The demo takes attendance, so the
// effects that answer it (a verified commitment) come from the application's one list, for the
// district the demo creates.
using EffectsFor = std::function<features::Effects(std::int64_t district_id)>;
[[nodiscard]] core::Result<DemoReport> Load(db::Database& database, Scale scale, std::int64_t now,
                                            const EffectsFor& effects_for,
                                            const std::string& slug = "lausd");

}  // namespace practica::demo
