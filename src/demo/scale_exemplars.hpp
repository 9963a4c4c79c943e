// The exemplar library at district scale, for `make bench`: 50,000 illustrative published
// exemplars packaged in the generated cohorts (ps-5-0 to ps-8-0) across their schools, grade
// bands, subjects, SAMR levels, ISTE indicators and CS concepts and practices, with the facet
// tags and search words the store writes for a published exemplar. Deterministic.
#pragma once

#include <cstdint>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::demo {

inline constexpr int kScaleExemplars = 50000;

// Written in multi-row statements inside the caller's transaction; kInternal when the generated
// cohorts are missing (the rest of the scale demo must run first).
[[nodiscard]] core::Result<void> AddScaleExemplars(db::Connection& db, std::int64_t district_id);

}  // namespace practica::demo
