// The reminder source for digital citizenship certifications: each team of a school not yet
// certified, 28, 7 and 1 days before its cohort's deadline.
#include "app/jobs_planning.hpp"
#include "features/techplans/domain/certification.hpp"
#include "features/techplans/domain/reminder_mail.hpp"
#include "features/techplans/store/techplans_store.hpp"

namespace practica::app {

core::Result<std::vector<Reminder>> CertificationReminders(PlanContext& context) {
  auto rows = techplans::TechPlansStore(context.connection, context.tenant.id).ReminderRows();
  if (!rows) return std::unexpected(rows.error());
  std::vector<Reminder> reminders;
  for (const auto& r : *rows) {
    const auto days = techplans::ReminderDay(r.deadline, context.today, r.status, r.verified);
    if (!days) continue;
    auto mail = techplans::CertificationReminder(
        r.name, r.school_name, r.deadline, *days,
        context.public_url + "/cohorts/" + r.cohort_slug + "/schools/" + r.school_slug + "/certification",
        context.public_url + "/account", context.tenant.name);
    reminders.push_back({r.person_id, r.email, r.name,
                         "reminder:certification:" + std::to_string(r.cohort_id) + ":" + r.school_slug + ":" +
                             core::FormatIsoDate(r.deadline) + ":" + std::to_string(*days) + ":" +
                             std::to_string(r.person_id),
                         std::move(mail.subject), std::move(mail.text)});
  }
  return reminders;
}

}  // namespace practica::app
