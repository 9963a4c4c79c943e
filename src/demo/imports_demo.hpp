// The demo's uploaded lists (illustrative: the seeds give no directory file or roster): a
// Northeast school directory and Hope Street ES's staff roster as Allison Jonas uploaded them for
// a dry run, each with a row to fix (so the rejected rows download has something in it), neither
// applied.
#pragma once

#include <cstdint>

#include "db/connection.hpp"

namespace practica::demo {

[[nodiscard]] core::Result<void> LoadImportsDemo(db::Connection& db, std::int64_t district_id, std::int64_t now);

}  // namespace practica::demo
