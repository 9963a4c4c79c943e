// The reminder source for the design challenges' action steps: the owner of a step not done,
// a week and a day before its day.
#include "app/jobs_planning.hpp"
#include "core/calendar_days.hpp"
#include "features/challenges/domain/step_reminder.hpp"
#include "features/challenges/store/challenges_store.hpp"

namespace practica::app {

core::Result<std::vector<Reminder>> StepReminders(PlanContext& context) {
  std::vector<core::LocalDate> days;
  for (int before : challenges::kStepReminderDaysBefore) days.push_back(core::AddDays(context.today, before));
  auto steps = challenges::ChallengesStore(context.connection, context.tenant.id).StepsDueOn(days);
  if (!steps) return std::unexpected(steps.error());
  std::vector<Reminder> reminders;
  for (const auto& owned : *steps) {
    const auto& step = owned.open.step;
    const auto before = challenges::StepReminderDay(step, context.today);
    if (!before) continue;
    auto mail = challenges::StepReminder(
        {step.owner_name, owned.open.school_name, owned.open.cohort_number, step.what, step.due_on, *before,
         context.public_url + "/cohorts/" + owned.open.cohort_slug + "/schools/" + owned.open.school_slug +
             "/challenge#steps",
         context.public_url + "/account", context.tenant.name});
    reminders.push_back({step.owner_person_id, owned.owner_email, step.owner_name,
                         "reminder:step:" + std::to_string(step.id) + ":" + core::FormatIsoDate(step.due_on) + ":" +
                             std::to_string(*before) + ":" + std::to_string(step.owner_person_id),
                         std::move(mail.subject), std::move(mail.text)});
  }
  return reminders;
}

}  // namespace practica::app
