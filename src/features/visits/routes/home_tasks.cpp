#include "features/visits/routes/home_tasks.hpp"

#include "features/visits/routes/visits.hpp"

namespace practica::visits {

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  std::vector<features::HomeTask> tasks;
  VisitsStore store(context.connection, context.district_id);
  auto staff = store.SchoolsOf(context.who.person_id);
  if (!staff) return std::unexpected(staff.error());
  const auto asker = AskerFor(context.who, context.today, *staff);
  std::int64_t due = 0;
  std::vector<std::int64_t> hosted = asker.leads;
  hosted.insert(hosted.end(), asker.coaches.begin(), asker.coaches.end());
  for (auto school : hosted) {
    auto count = store.AttendanceDue(school, context.today);
    if (!count) return std::unexpected(count.error());
    due += *count;
  }
  if (due > 0) tasks.push_back(features::HomeTask{"Visits to take attendance for", due, "/visits", false});
  auto reflect = store.ToReflect(context.who.person_id);
  if (!reflect) return std::unexpected(reflect.error());
  if (*reflect > 0) tasks.push_back(features::HomeTask{"Visits to reflect on", *reflect, "/visits", false});
  auto mine = store.SignedUpBy(context.who.person_id);
  if (!mine) return std::unexpected(mine.error());
  std::int64_t coming = 0;
  for (const auto& v : *mine) coming += v.plan.held_on >= context.today ? 1 : 0;
  if (coming > 0) tasks.push_back(features::HomeTask{"Visits to other schools you signed up for", coming, "/visits", false});
  return tasks;
}

}  // namespace practica::visits
