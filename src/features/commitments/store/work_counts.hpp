// How much commitment work waits, per cohort and school: evidence waiting for its verifier and
// evidence returned to the school. What home pages count.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::commitments {

struct SchoolCount {
  std::string cohort_slug;
  std::string cohort_number;  // "3.0"
  std::int64_t school_id = 0;
  std::string school_slug;
  std::int64_t count = 0;
  std::string school_year;  // "2018-2019": a finished year's work is history (cohorts::SchoolYearLastDay)
};

// Commitment occurrences whose latest event by `now` is `kind` ("submitted": waiting to be
// verified; "returned": back with the school), per cohort and school. Only cohorts whose
// coach support has not ended by `today` (YYYY-MM-DD) count: a finished year is history, not
// work waiting.
[[nodiscard]] core::Result<std::vector<SchoolCount>> LatestEventCounts(db::Connection& connection,
                                                                      std::int64_t district_id,
                                                                      std::string_view kind, std::int64_t now,
                                                                      const std::string& today);

struct IssuedCohort {
  std::int64_t id = 0;
  std::string slug;
  std::string number;       // "3.0"
  std::string school_year;  // "2018-2019"
};

// The cohorts whose commitments have been issued to at least one school, newest first: where
// late and due-soon work can be. A finished year among them is the caller's to leave out.
[[nodiscard]] core::Result<std::vector<IssuedCohort>> IssuedCohorts(db::Connection& connection,
                                                                   std::int64_t district_id);

}  // namespace practica::commitments
