#include "features/participations/published/standings.hpp"

#include "features/participations/domain/finished_year.hpp"
#include "features/participations/store/coach_store.hpp"
#include "features/participations/store/directory_store.hpp"
#include "features/participations/store/participations_store.hpp"
#include "features/participations/store/team_store.hpp"

namespace practica::participations {

core::Result<std::vector<Standing>> CohortStandings(db::Connection& db, std::int64_t district_id,
                                                    const core::CohortRef& cohort, const core::SchoolScope& scope,
                                                    const core::LocalDate& today) {
  ParticipationsStore store(db, district_id);
  auto listed = store.List(cohort, scope);
  if (!listed) return std::unexpected(listed.error());
  std::vector<Standing> standings;
  if (listed->empty()) return standings;
  auto agreement = store.CurrentAgreement(cohort.id);
  if (!agreement) return std::unexpected(agreement.error());
  // Everything the rules read, for every listed school in one statement each: the same reads a
  // list of participations makes (participation_view's LoadListedAll).
  std::vector<std::int64_t> school_ids;
  std::vector<SchoolRef> schools;
  for (const auto& row : *listed) {
    school_ids.push_back(row.school.id);
    schools.push_back(row.school);
  }
  auto leaders = DirectoryStore(db, district_id).LeadersOf(schools, LeadershipDay(cohort.school_year, today));
  if (!leaders) return std::unexpected(leaders.error());
  auto signatures = store.SignaturesOf(cohort.id, school_ids);
  if (!signatures) return std::unexpected(signatures.error());
  auto details = store.DetailsOf(cohort.id, school_ids);
  if (!details) return std::unexpected(details.error());
  auto teams = TeamStore(db, district_id).MembersOf(cohort.id, school_ids);
  if (!teams) return std::unexpected(teams.error());
  auto histories = CoachStore(db, district_id).HistoryOf(cohort.id, school_ids);
  if (!histories) return std::unexpected(histories.error());
  const bool year_over = YearFinished(cohort.school_year, today);
  const std::optional<int> version =
      *agreement ? std::optional<int>{(*agreement)->version} : std::nullopt;
  standings.reserve(listed->size());
  for (auto& row : *listed) {
    const auto id = row.school.id;
    const auto& details_of = (*details)[id];
    const auto& team = (*teams)[id];
    const auto status = ComputeAgreement(version, (*signatures)[id], (*leaders)[id],
                                         details_of.retraction.has_value());
    Standing standing;
    standing.state = year_over ? FinishedStateCode(status.state) : StateCode(status.state);
    standing.state_label = year_over ? FinishedStateLabel(status.state) : StateLabel(status.state);
    standing.team_members = static_cast<int>(team.size());
    standing.team_confirmed = details_of.team_confirmed_at.has_value();
    for (const auto& assignment : (*histories)[id]) {
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
