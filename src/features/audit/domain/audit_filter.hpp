// Which audit entries a reader asked for, read from the query string and checked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::audit {

struct AuditFilter {
  std::int64_t person_id = 0;  // 0: anyone
  std::string school_slug;     // "": any school
  std::string action;          // "": any action; else an exact action such as "people.manage"
  std::optional<core::LocalDate> from;  // first day, inclusive, in the district's zone
  std::optional<core::LocalDate> to;    // last day, inclusive
  int limit = 100;
};

// From raw query values; kInvalidInput naming the parameter that cannot be read.
[[nodiscard]] core::Result<AuditFilter> ReadAuditFilter(std::string_view person,
                                                       std::string_view school,
                                                       std::string_view action,
                                                       std::string_view from, std::string_view to);

// CSV field quoting per RFC 4180; a leading =, +, - or @ is prefixed with ' so spreadsheets
// do not run it as a formula.
std::string CsvField(std::string_view value);

}  // namespace practica::audit
