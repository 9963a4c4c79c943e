#include "features/applications/routes/home_tasks.hpp"

#include "core/plural.hpp"
#include "features/applications/store/work_counts.hpp"

namespace practica::applications {

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  using auth::Role;
  std::vector<features::HomeTask> tasks;
  if (features::Holds(context.who, Role::kDirector, context.today) ||
      features::Holds(context.who, Role::kCoordinator, context.today)) {
    auto waiting = AwaitingDecision(context.connection, context.district_id);
    if (!waiting) return std::unexpected(waiting.error());
    for (const auto& cohort : *waiting) {
      tasks.push_back({core::Counted(cohort.count, "application", "applications") + " to decide in PS " +
                           cohort.cohort_number,
                       cohort.count, "/cohorts/" + cohort.cohort_slug + "/applications", false});
    }
  }
  if (features::Holds(context.who, Role::kReviewer, context.today)) {
    auto waiting = AwaitingReview(context.connection, context.district_id, context.who.person_id);
    if (!waiting) return std::unexpected(waiting.error());
    for (const auto& cohort : *waiting) {
      tasks.push_back({core::Counted(cohort.count, "application", "applications") + " to review in PS " +
                           cohort.cohort_number,
                       cohort.count, "/cohorts/" + cohort.cohort_slug + "/applications", false});
    }
  }
  return tasks;
}

}  // namespace practica::applications
