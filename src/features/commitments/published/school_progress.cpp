#include "features/commitments/published/school_progress.hpp"

#include "features/commitments/domain/grid.hpp"
#include "features/commitments/store/commitments_store.hpp"

namespace practica::commitments {

core::Result<std::map<std::int64_t, SchoolProgress>> CohortProgress(db::Connection& db, std::int64_t district_id,
                                                                  std::int64_t cohort_id,
                                                                  const core::SchoolScope& scope,
                                                                  const core::TimeZone& zone, std::int64_t now) {
  std::map<std::int64_t, SchoolProgress> progress;
  CommitmentsStore store(db, district_id);
  auto columns = store.Template(cohort_id);
  if (!columns) return std::unexpected(columns.error());
  auto calendar = store.LoadCalendar(cohort_id);
  if (!calendar) return std::unexpected(calendar.error());
  GridTally tally(*columns);
  auto read = store.ForEachSchool(cohort_id, GridFilter{"", scope},
                                  [&](const GridSchool& school, const std::vector<SchoolCommitment>& items) {
                                    const auto row = tally.Add(school, items, *calendar, zone, now);
                                    auto& p = progress[school.id];
                                    p = SchoolProgress{row.issued, row.verified, row.total, row.late, row.due_soon, {}};
                                    tally.AddMonths(items, *calendar, zone, now, p.months);
                                  });
  if (!read) return std::unexpected(read.error());
  return progress;
}

}  // namespace practica::commitments
