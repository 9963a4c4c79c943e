#include "features/coaching/routes/home_tasks.hpp"

#include "core/calendar_days.hpp"
#include "features/coaching/store/coaching_store.hpp"
#include "features/coaching/store/pd_store.hpp"

namespace practica::coaching {

namespace {

// Teachers come back after a banked-time session to share how they use it (commitment 17): for a
// month after a session they attended, the home page asks them to.
constexpr int kShareBackDays = 30;

core::Result<void> ShareBackTask(features::HomeContext& context, std::vector<features::HomeTask>& tasks) {
  auto owed = PdStore(context.connection, context.district_id)
                  .SharesOwed(context.who.person_id, core::AddDays(context.today, -kShareBackDays), context.today);
  if (!owed) return std::unexpected(owed.error());
  if (owed->empty()) return {};
  tasks.push_back(features::HomeTask{"Share back how you use what a banked-time session taught",
                                     static_cast<std::int64_t>(owed->size()),
                                     "/pd-sessions/" + std::to_string(owed->front()), false});
  return {};
}

}  // namespace

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  std::vector<features::HomeTask> tasks;
  if (auto shared = ShareBackTask(context, tasks); !shared) return std::unexpected(shared.error());
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
