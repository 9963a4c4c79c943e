// The reminder sources: school commitments coming due, and learning sessions about to start.
#include <spdlog/spdlog.h>

#include "app/jobs_planning.hpp"
#include "core/calendar_days.hpp"
#include "features/commitments/domain/reminder_mail.hpp"
#include "features/commitments/domain/reminders.hpp"
#include "features/commitments/store/commitments_store.hpp"
#include "features/commitments/store/reminders_store.hpp"
#include "features/learning/domain/session_reminder.hpp"
#include "features/learning/store/reminder_source.hpp"
#include "core/text.hpp"

namespace practica::app {
namespace {

Reminder CommitmentReminder(const PlanContext& context, const commitments::IssuedSchool& school,
                            const commitments::Commitment& commitment,
                            const commitments::ReminderDue& due,
                            const commitments::Recipient& person) {
  const commitments::ReminderFacts facts{
      person.name, school.school_name, school.cohort_number, commitment.number, commitment.title,
      due.due_on, due.days_before,
      context.public_url + "/cohorts/" + school.cohort_slug + "/schools/" + school.school_slug +
          "/commitments"};
  auto mail = commitments::CommitmentReminderMail(facts, {context.public_url + "/account", context.tenant.name});
  return Reminder{person.person_id, person.email, person.name,
                  "reminder:commitment:" + std::to_string(commitment.id) + ":" +
                      core::FormatIsoDate(due.due_on) + ":" + std::to_string(due.days_before) + ":" +
                      std::to_string(person.person_id),
                  std::move(mail.subject), std::move(mail.text)};
}

}  // namespace

core::Result<std::vector<Reminder>> CommitmentReminders(PlanContext& context) {
  commitments::RemindersStore store(context.connection, context.tenant.id);
  commitments::CommitmentsStore commitments_store(context.connection, context.tenant.id);
  auto schools = store.IssuedSchools();
  if (!schools) return std::unexpected(schools.error());
  std::vector<Reminder> reminders;
  std::int64_t done = 0;
  for (const auto& school : *schools) {
    context.job.Progress(done++, static_cast<std::int64_t>(schools->size()));
    auto calendar = commitments_store.LoadCalendar(school.cohort_id);
    auto items = calendar ? commitments_store.ForSchool(school.cohort_id, school.school_id)
                          : std::unexpected(calendar.error());
    if (!items) return std::unexpected(items.error());
    std::vector<commitments::Recipient> team;
    bool team_loaded = false;
    for (const auto& item : *items) {
      if (item.commitment.phase == commitments::Phase::kDistrict) continue;
      const auto schedule = commitments::Schedule(item.commitment.due, *calendar, context.tenant.zone);
      // What happened after the plan's instant does not count yet (a plan run late, or replayed).
      auto events = item.events;
      std::erase_if(events, [&](const commitments::Event& e) { return e.at > context.now; });
      for (const auto& due : commitments::RemindersOn(schedule, events, context.today)) {
        if (!team_loaded) {
          auto loaded = store.SchoolTeam(school.cohort_id, school.school_id, context.today);
          if (!loaded) return std::unexpected(loaded.error());
          team = std::move(*loaded);
          team_loaded = true;
        }
        for (const auto& person : team) {
          reminders.push_back(CommitmentReminder(context, school, item.commitment, due, person));
        }
      }
    }
  }
  context.job.Progress(done, done);
  return reminders;
}

core::Result<std::vector<Reminder>> SessionReminders(PlanContext& context) {
  const auto day = core::AddDays(context.today, learning::kSessionReminderDaysBefore);
  const auto& zone = context.tenant.zone;
  auto attendees = learning::AttendeesOfSessionsStarting(context.connection, context.tenant.id,
                                                         core::StartOfDay(day, zone),
                                                         core::StartOfDay(core::AddDays(day, 1), zone));
  if (!attendees) return std::unexpected(attendees.error());
  std::vector<Reminder> reminders;
  for (const auto& a : *attendees) {
    const auto local = zone.ToLocal(a.first_starts_at);
    auto mail = learning::SessionReminder({a.name, a.title, local, zone.Abbreviation(a.first_starts_at),
                                           a.location, a.join_url, context.public_url + "/learning/" + a.slug,
                                           context.public_url + "/account", context.tenant.name});
    reminders.push_back({a.person_id, a.email, a.name,
                         "reminder:session:" + std::to_string(a.offering_id) + ":" +
                             core::FormatIsoDate(local.date) + ":" + std::to_string(a.person_id),
                         std::move(mail.subject), std::move(mail.text)});
  }
  return reminders;
}

}  // namespace practica::app
