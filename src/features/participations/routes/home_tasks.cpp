#include "features/participations/routes/home_tasks.hpp"

#include <map>

#include "core/plural.hpp"
#include "features/cohorts/domain/cohort.hpp"
#include "features/participations/store/work_counts.hpp"

namespace practica::participations {

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  using auth::Role;
  const auto& who = context.who;
  const bool staff = features::Holds(who, Role::kDirector, context.today) ||
                     features::Holds(who, Role::kCoordinator, context.today);
  const bool principal = features::Holds(who, Role::kPrincipal, context.today);
  const bool director = features::Holds(who, Role::kInstructionalDirector, context.today);
  std::vector<features::HomeTask> tasks;
  if (!staff && !principal && !director) return tasks;
  auto open = UnsignedAgreements(context.connection, context.district_id, context.today);
  if (!open) return std::unexpected(open.error());
  std::map<std::pair<std::string, std::string>, std::int64_t> per_cohort;  // (number, slug) -> schools
  for (const auto& row : *open) {
    if (cohorts::SchoolYearOver(row.school_year, context.today)) continue;  // nobody signs for history
    const std::string where = "/cohorts/" + row.cohort_slug + "/schools/" + row.school_slug + "/participation";
    if (!row.principal_signed &&
        features::HoldsAt(who, Role::kPrincipal, auth::ScopeKind::kSchool, row.school_id, context.today)) {
      tasks.push_back({"Sign PS " + row.cohort_number + "'s agreement for " + row.school_name, 1, where, false});
    }
    if (!row.director_signed && row.local_district_id != 0 &&
        features::HoldsAt(who, Role::kInstructionalDirector, auth::ScopeKind::kLocalDistrict, row.local_district_id,
                  context.today)) {
      tasks.push_back({"Sign PS " + row.cohort_number + "'s agreement for " + row.school_name, 1, where, false});
    }
    if (staff) ++per_cohort[{row.cohort_number, row.cohort_slug}];
  }
  for (auto it = per_cohort.rbegin(); it != per_cohort.rend(); ++it) {
    const auto& [key, count] = *it;
    tasks.push_back({core::Counted(count, "school", "schools") + " with an agreement awaiting signatures in PS " +
                         key.first,
                     count, "/cohorts/" + key.second + "/participations", false});
  }
  return tasks;
}

}  // namespace practica::participations
