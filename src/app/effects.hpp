// The one list of cross-room effects: which room's handler answers which event.
#pragma once

#include <cstdint>

#include "core/error.hpp"
#include "db/database.hpp"
#include "demo/loader.hpp"
#include "features/kit/effects.hpp"

namespace practica::app {

// Every handler of the district, registered for its event in the order it runs.
features::Effects MakeEffects(std::int64_t district_id);

// The demo district (demo::Load), with these effects answering what it records.
[[nodiscard]] core::Result<demo::DemoReport> LoadDemo(db::Database& database, demo::Scale scale,
                                                      std::int64_t now, const std::string& slug = "lausd");

}  // namespace practica::app
