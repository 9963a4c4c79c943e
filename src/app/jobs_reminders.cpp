// The reminder sources: school commitments coming due, and learning sessions about to start.
#include <spdlog/spdlog.h>

#include "app/jobs_planning.hpp"
#include "features/commitments/domain/reminders.hpp"
#include "features/commitments/store/commitments_store.hpp"
#include "features/commitments/store/reminders_store.hpp"
#include "features/learning/store/reminder_source.hpp"
#include "mail/greeting.hpp"

namespace practica::app {
namespace {

// Learning sessions are reminded this many days before their first day.
constexpr int kSessionDaysBefore = 2;

std::string InDays(int days) { return days == 1 ? "tomorrow" : "in " + std::to_string(days) + " days"; }

Reminder CommitmentReminder(const PlanContext& context, const commitments::IssuedSchool& school,
                            const commitments::Commitment& commitment,
                            const commitments::ReminderDue& due,
                            const commitments::Recipient& person) {
  const std::string title = std::to_string(commitment.number) + ". " + commitment.title;
  const std::string url = context.public_url + "/cohorts/" + school.cohort_slug + "/schools/" +
                          school.school_slug + "/commitments";
  Reminder reminder{person.person_id, person.email, person.name,
                    "reminder:commitment:" + std::to_string(commitment.id) + ":" +
                        core::FormatIsoDate(due.due_on) + ":" + std::to_string(due.days_before) +
                        ":" + std::to_string(person.person_id),
                    "Due " + InDays(due.days_before) + ": " + commitment.title + " (" +
                        school.school_name + ")",
                    {}};
  reminder.text = mail::Greeting(person.name) + "\n\n" + school.school_name + "'s commitment \"" + title +
                  "\" (PS " + school.cohort_number + ") is due by the end of " +
                  core::FormatLongDate(due.due_on) + ", " + InDays(due.days_before) + ".\n\n" +
                  "Submit the evidence on the school's checklist:\n" + url + "\n\n" +
                  "You receive this reminder as " + school.school_name +
                  "'s principal or practitioner team member. To stop reminders, turn them off "
                  "on your account page: " + context.public_url + "/account\n\n" +
                  "Practica, " + context.tenant.name + "\n";
  return reminder;
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
  const auto day = commitments::AddDays(context.today, kSessionDaysBefore);
  const auto& zone = context.tenant.zone;
  auto attendees = learning::AttendeesOfSessionsStarting(
      context.connection, context.tenant.id, commitments::StartOfDay(day, zone),
      commitments::StartOfDay(commitments::AddDays(day, 1), zone));
  if (!attendees) return std::unexpected(attendees.error());
  std::vector<Reminder> reminders;
  for (const auto& a : *attendees) {
    const auto local = zone.ToLocal(a.first_starts_at);
    const std::string where = !a.location.empty() ? "Place: " + a.location
                              : !a.join_url.empty() ? "Join: " + a.join_url : "";
    Reminder reminder{a.person_id, a.email, a.name,
                      "reminder:session:" + std::to_string(a.offering_id) + ":" +
                          core::FormatIsoDate(local.date) + ":" + std::to_string(a.person_id),
                      "In " + std::to_string(kSessionDaysBefore) + " days: " + a.title, {}};
    reminder.text = mail::Greeting(a.name) + "\n\nYou are registered for " + a.title + ", which starts " +
                    core::FormatLongDateTime(local) + " (" + zone.Abbreviation(a.first_starts_at) +
                    ").\n" + (where.empty() ? "" : where + "\n") + "\nSee the session: " +
                    context.public_url + "/learning/" + a.slug + "\n\n" +
                    "To stop reminders, turn them off on your account page: " +
                    context.public_url + "/account\n\nPractica, " + context.tenant.name + "\n";
    reminders.push_back(std::move(reminder));
  }
  return reminders;
}

}  // namespace practica::app
