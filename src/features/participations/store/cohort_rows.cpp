#include "features/participations/store/cohort_rows.hpp"

#include "features/participations/domain/finished_year.hpp"
#include "features/participations/store/directory_store.hpp"

namespace practica::participations {

core::Result<CohortRows> ReadCohortRows(db::Connection& db, std::int64_t district_id, const CohortRef& cohort,
                                        const std::vector<SchoolRef>& schools, const core::LocalDate& today) {
  std::vector<std::int64_t> school_ids;
  school_ids.reserve(schools.size());
  for (const auto& school : schools) school_ids.push_back(school.id);
  ParticipationsStore store(db, district_id);
  CohortRows rows;
  auto agreement = store.CurrentAgreement(cohort.id);
  if (!agreement) return std::unexpected(agreement.error());
  rows.agreement = std::move(*agreement);
  auto leaders = DirectoryStore(db, district_id).LeadersOf(schools, LeadershipDay(cohort.school_year, today));
  if (!leaders) return std::unexpected(leaders.error());
  rows.leaders = std::move(*leaders);
  auto signatures = store.SignaturesOf(cohort.id, school_ids);
  if (!signatures) return std::unexpected(signatures.error());
  rows.signatures = std::move(*signatures);
  auto details = store.DetailsOf(cohort.id, school_ids);
  if (!details) return std::unexpected(details.error());
  rows.details = std::move(*details);
  auto teams = TeamStore(db, district_id).MembersOf(cohort.id, school_ids);
  if (!teams) return std::unexpected(teams.error());
  rows.teams = std::move(*teams);
  auto histories = CoachStore(db, district_id).HistoryOf(cohort.id, school_ids);
  if (!histories) return std::unexpected(histories.error());
  rows.histories = std::move(*histories);
  return rows;
}

}  // namespace practica::participations
