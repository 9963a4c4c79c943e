#include "features/learning/routes/home_tasks.hpp"

#include "core/plural.hpp"
#include "features/learning/store/work_counts.hpp"

namespace practica::learning {
namespace {
constexpr std::int64_t kWeekSeconds = 7 * 24 * 3600;
}  // namespace

core::Result<std::vector<features::HomeTask>> HomeTasks(features::HomeContext& context) {
  using auth::Role;
  std::vector<features::HomeTask> tasks;
  const auto& who = context.who;
  const bool oversees = features::Holds(who, Role::kDirector, context.today) ||
                        features::Holds(who, Role::kCoordinator, context.today) ||
                        features::Holds(who, Role::kSpecialist, context.today) ||
                        features::Holds(who, Role::kCoach, context.today);
  if (oversees) {
    auto days = DaysStarting(context.connection, context.district_id, context.now, context.now + kWeekSeconds);
    if (!days) return std::unexpected(days.error());
    if (*days > 0) {
      tasks.push_back({core::Counted(*days, "learning-session day", "learning-session days") + " this week", *days,
                       "/learning", false});
    }
  }
  auto mine = DaysOfAttendee(context.connection, context.district_id, who.person_id, context.now,
                             context.now + 2 * kWeekSeconds);
  if (!mine) return std::unexpected(mine.error());
  if (*mine > 0) {
    tasks.push_back({core::Counted(*mine, "day", "days") + " of learning sessions you attend in the next two weeks",
                     *mine, "/learning", false});
  }
  return tasks;
}

}  // namespace practica::learning
