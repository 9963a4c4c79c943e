#include "features/jobs/routes/home_tasks.hpp"

#include "core/plural.hpp"
#include "jobs/job_list.hpp"

namespace practica::jobs_page {

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  using auth::Role;
  std::vector<features::HomeTask> tasks;
  const bool staff = features::Holds(context.who, Role::kDirector, context.today) ||
                     features::Holds(context.who, Role::kCoordinator, context.today) ||
                     features::Holds(context.who, Role::kSpecialist, context.today);
  if (!staff) return tasks;
  auto counts = jobs::CountByState(context.connection, context.district_id);
  if (!counts) return std::unexpected(counts.error());
  const auto failed = (*counts)[jobs::JobState::kFailed];
  if (failed > 0) {
    tasks.push_back({core::Counted(failed, "job", "jobs") + " failed (e-mails or reminders not sent)", failed,
                     "/jobs?state=failed", true});
  }
  return tasks;
}

}  // namespace practica::jobs_page
