// Which schools a progress report covers and who may read it. A report covers the whole cohort
// or one local district's schools. District staff (a district-wide scope) build and read any;
// a local district's instructional director builds and reads only their own local district's,
// so a director never sees another local district's schools in a report, a list or a PDF.
#pragma once

#include <cstdint>
#include <optional>

#include "core/error.hpp"
#include "core/school_scope.hpp"

namespace practica::reports {

bool MayRead(const core::SchoolScope& scope, std::optional<std::int64_t> local_district_id);

// The local district a new report covers (nullopt: the whole cohort), from what the person asked
// for (`requested`, nullopt for "every school"). A director asking for every school gets their
// only local district; kForbidden when they ask for one not theirs, or for every school while
// they oversee several (they then choose one).
[[nodiscard]] core::Result<std::optional<std::int64_t>> CoveredBy(const core::SchoolScope& scope,
                                                                  std::optional<std::int64_t> requested);

// The scope the report's rows are read under.
core::SchoolScope ReadScope(std::optional<std::int64_t> local_district_id);

}  // namespace practica::reports
