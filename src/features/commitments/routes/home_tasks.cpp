#include "features/commitments/routes/home_tasks.hpp"

#include <algorithm>
#include <map>

#include "core/plural.hpp"
#include "features/commitments/domain/due.hpp"
#include "features/commitments/store/work_counts.hpp"

namespace practica::commitments {
namespace {

// The school's principal or a member of its practitioner team: those to whom work comes back.
bool HoldsAt(const auth::Principal& who, std::int64_t school_id, const core::LocalDate& today) {
  return features::HoldsAt(who, auth::Role::kPrincipal, auth::ScopeKind::kSchool, school_id, today) ||
         features::HoldsAt(who, auth::Role::kTeamMember, auth::ScopeKind::kSchool, school_id, today);
}

}  // namespace

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  using auth::Role;
  const auto& who = context.who;
  std::vector<features::HomeTask> tasks;
  const std::string today = core::FormatIsoDate(context.today);
  const bool staff = features::Holds(who, Role::kDirector, context.today) ||
                     features::Holds(who, Role::kCoordinator, context.today) ||
                     features::Holds(who, Role::kSpecialist, context.today);
  const bool coach = features::Holds(who, Role::kCoach, context.today);
  if (staff || coach) {
    auto waiting = LatestEventCounts(context.connection, context.district_id, "submitted", context.now, today);
    if (!waiting) return std::unexpected(waiting.error());
    std::map<std::pair<std::string, std::string>, std::int64_t> per_cohort;  // (number, slug) -> count
    for (const auto& row : *waiting) {
      if (cohorts::SchoolYearOver(row.school_year, context.today)) continue;
      const bool mine = std::ranges::find(who.caseload_school_ids, row.school_id) != who.caseload_school_ids.end();
      if (staff || mine) per_cohort[{row.cohort_number, row.cohort_slug}] += row.count;
    }
    for (auto it = per_cohort.rbegin(); it != per_cohort.rend(); ++it) {
      const auto& [key, count] = *it;
      tasks.push_back({core::Counted(count, "piece", "pieces") + " of evidence to verify in PS " + key.first, count,
                       staff ? "/cohorts/" + key.second + "/commitments" : "/caseload", false});
    }
  }
  auto returned = LatestEventCounts(context.connection, context.district_id, "returned", context.now, today);
  if (!returned) return std::unexpected(returned.error());
  for (const auto& row : *returned) {
    if (cohorts::SchoolYearOver(row.school_year, context.today) || !HoldsAt(who, row.school_id, context.today)) continue;
    tasks.push_back({core::Counted(row.count, "commitment", "commitments") + " returned with the coach's note (PS " +
                         row.cohort_number + ")",
                     row.count, "/cohorts/" + row.cohort_slug + "/schools/" + row.school_slug + "/commitments", true});
  }
  return tasks;
}

}  // namespace practica::commitments
