// Where each school of a cohort stands in its participation, read for a whole cohort at once:
// the agreement's state, the team, the coach. What the district's dashboard shows in its first
// columns, computed by the same rules as each participation's own page (ComputeAgreement,
// WhatIsMissing), from a handful of queries however many schools the cohort has.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "core/error.hpp"
#include "core/refs.hpp"
#include "core/school_scope.hpp"
#include "db/connection.hpp"

namespace practica::participations {

struct Standing {
  core::SchoolRef school;
  std::string state;        // "active", "awaiting_signatures", "needs_reaffirmation", "retracted"
  std::string state_label;  // "Active"; a finished year reads as it ended ("Never signed")
  int team_members = 0;
  bool team_confirmed = false;
  std::optional<core::PersonRef> coach;  // the coach assigned now
  std::vector<std::string> missing;      // what the participation still needs, in order
};

// The cohort's schools inside `scope`, by name, each with its standing on `today` (the
// district's day).
[[nodiscard]] core::Result<std::vector<Standing>> CohortStandings(db::Connection& db, std::int64_t district_id,
                                                                  const core::CohortRef& cohort,
                                                                  const core::SchoolScope& scope,
                                                                  const core::LocalDate& today);

}  // namespace practica::participations
