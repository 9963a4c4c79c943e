// The reminder source for the coaching log's next steps: the coach who logged a step not done,
// the day before its date and on the day.
#include "app/jobs_planning.hpp"
#include "core/calendar_days.hpp"
#include "features/coaching/domain/follow_up_reminder.hpp"
#include "features/coaching/store/coaching_store.hpp"

namespace practica::app {

core::Result<std::vector<Reminder>> FollowUpReminders(PlanContext& context) {
  std::vector<core::LocalDate> days;
  for (int before : coaching::kFollowUpReminderDaysBefore) days.push_back(core::AddDays(context.today, before));
  auto due = coaching::CoachingStore(context.connection, context.tenant.id).FollowUpsDueOn(days);
  if (!due) return std::unexpected(due.error());
  std::vector<Reminder> reminders;
  for (const auto& [entry, email] : *due) {
    if (!entry.next_step_due) continue;
    const auto before = coaching::FollowUpReminderDay(*entry.next_step_due, entry.next_step_done, context.today);
    if (!before) continue;
    auto mail = coaching::FollowUpReminder({entry.coach_name, entry.school.name, entry.next_step, entry.held_on,
                                            *entry.next_step_due, *before, context.public_url + "/coaching#follow-ups",
                                            context.public_url + "/account", context.tenant.name});
    reminders.push_back({entry.coach_id, email, entry.coach_name,
                         "reminder:follow-up:" + std::to_string(entry.id) + ":" +
                             core::FormatIsoDate(*entry.next_step_due) + ":" + std::to_string(*before),
                         std::move(mail.subject), std::move(mail.text)});
  }
  return reminders;
}

}  // namespace practica::app
