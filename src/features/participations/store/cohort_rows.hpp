// Everything about some participations of one cohort that their pages and the rules read, in
// one statement each however many schools: a list of participations and the dashboard's
// standings both read through it.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/participations/store/coach_store.hpp"
#include "features/participations/store/participations_store.hpp"
#include "features/participations/store/team_store.hpp"

namespace practica::participations {

// By school id; a school with no rows of a kind is absent from that map, except `leaders`,
// which holds every school.
struct CohortRows {
  std::optional<AgreementVersion> agreement;
  std::map<std::int64_t, Leadership> leaders;
  std::map<std::int64_t, std::vector<Signature>> signatures;
  std::map<std::int64_t, Details> details;
  std::map<std::int64_t, std::vector<TeamMember>> teams;
  std::map<std::int64_t, std::vector<CoachAssignment>> histories;  // newest first
};

// The cohort's current agreement and, for `schools` (all of `cohort`), their leaders on the
// cohort's leadership day for `today`, signatures, details, teams and coach histories.
[[nodiscard]] core::Result<CohortRows> ReadCohortRows(db::Connection& db, std::int64_t district_id,
                                                      const CohortRef& cohort, const std::vector<SchoolRef>& schools,
                                                      const core::LocalDate& today);

}  // namespace practica::participations
