// How much application work waits, per cohort: what the home pages of staff and reviewers count.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::applications {

struct CohortCount {
  std::string cohort_slug;
  std::string cohort_number;  // "5.0"
  std::int64_t count = 0;
};

// Submitted applications with no decision yet, per cohort, newest cohort first.
[[nodiscard]] core::Result<std::vector<CohortCount>> AwaitingDecision(db::Connection& connection,
                                                                     std::int64_t district_id);
// Submitted applications assigned to `reviewer` that they have not scored, per cohort.
[[nodiscard]] core::Result<std::vector<CohortCount>> AwaitingReview(db::Connection& connection,
                                                                   std::int64_t district_id,
                                                                   std::int64_t reviewer);

}  // namespace practica::applications
