#include "features/participations/published/standings.hpp"

#include "features/participations/domain/finished_year.hpp"
#include "features/participations/store/cohort_rows.hpp"

namespace practica::participations {

core::Result<std::vector<Standing>> CohortStandings(db::Connection& db, std::int64_t district_id,
                                                    const core::CohortRef& cohort, const core::SchoolScope& scope,
                                                    const core::LocalDate& today) {
  ParticipationsStore store(db, district_id);
  auto listed = store.List(cohort, scope);
  if (!listed) return std::unexpected(listed.error());
  std::vector<Standing> standings;
  if (listed->empty()) return standings;
  // Everything the rules read, for every listed school in one statement each: the same reads a
  // list of participations makes.
  std::vector<SchoolRef> schools;
  for (const auto& row : *listed) schools.push_back(row.school);
  auto rows = ReadCohortRows(db, district_id, cohort, schools, today);
  if (!rows) return std::unexpected(rows.error());
  const bool year_over = YearFinished(cohort.school_year, today);
  const std::optional<int> version =
      rows->agreement ? std::optional<int>{rows->agreement->version} : std::nullopt;
  standings.reserve(listed->size());
  for (auto& row : *listed) {
    const auto id = row.school.id;
    const auto& details_of = rows->details[id];
    const auto& team = rows->teams[id];
    const auto status = ComputeAgreement(version, rows->signatures[id], rows->leaders[id],
                                         details_of.retraction.has_value());
    Standing standing;
    standing.state = year_over ? FinishedStateCode(status.state) : StateCode(status.state);
    standing.state_label = year_over ? FinishedStateLabel(status.state) : StateLabel(status.state);
    standing.team_members = static_cast<int>(team.size());
    standing.team_confirmed = details_of.team_confirmed_at.has_value();
    for (const auto& assignment : rows->histories[id]) {
      if (!assignment.ended_at) standing.coach = assignment.coach;
    }
    if (!year_over) {
      standing.missing = WhatIsMissing(status, team, standing.team_confirmed, details_of.leads, standing.coach.has_value());
    }
    standing.school = std::move(row.school);
    standings.push_back(std::move(standing));
  }
  return standings;
}

}  // namespace practica::participations
