// How another room finds a school it names by address: the one query for a school reference,
// with its local district's name.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/error.hpp"
#include "core/refs.hpp"
#include "db/connection.hpp"

namespace practica::schools {

// The school with that address in the district, or nullopt.
[[nodiscard]] core::Result<std::optional<core::SchoolRef>> FindSchoolRef(db::Connection& db,
                                                                         std::int64_t district_id,
                                                                         std::string_view slug);

}  // namespace practica::schools
