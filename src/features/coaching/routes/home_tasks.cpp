#include "features/coaching/routes/home_tasks.hpp"

#include "core/calendar_days.hpp"
#include "features/coaching/store/coaching_store.hpp"

namespace practica::coaching {

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  std::vector<features::HomeTask> tasks;
  if (!features::Holds(context.who, auth::Role::kCoach, context.today)) return tasks;
  auto due = CoachingStore(context.connection, context.district_id)
                 .FollowUps(context.who.person_id, core::AddDays(context.today, 7));
  if (!due) return std::unexpected(due.error());
  if (due->empty()) return tasks;
  bool late = false;
  for (const auto& e : *due) late = late || (e.next_step_due && *e.next_step_due < context.today);
  tasks.push_back(features::HomeTask{late ? "Coaching follow-ups due, some late" : "Coaching follow-ups due",
                                     static_cast<std::int64_t>(due->size()), "/coaching", late});
  return tasks;
}

}  // namespace practica::coaching
