// A dozen illustrative exemplars from PS 3.0 and PS 4.0 schools across the grade bands: tagged,
// reviewed by the program's specialist and published, one still in review and one retired. The
// program's lessons are not public, so all of it is made up and labelled so on every page.
#pragma once

#include <cstdint>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::demo {

[[nodiscard]] core::Result<void> LoadExemplarsDemo(db::Connection& db, std::int64_t district_id);

}  // namespace practica::demo
