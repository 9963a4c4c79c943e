#include "features/coaching/domain/follow_up_reminder.hpp"

#include "core/calendar_days.hpp"

namespace practica::coaching {

std::optional<int> FollowUpReminderDay(const core::LocalDate& due_on, bool done, const core::LocalDate& today) {
  if (done) return std::nullopt;
  for (int days : kFollowUpReminderDaysBefore) {
    if (core::AddDays(today, days) == due_on) return days;
  }
  return std::nullopt;
}

FollowUpMail FollowUpReminder(const FollowUpFacts& facts) {
  const std::string when = facts.days_before == 0 ? "today" : "tomorrow";
  FollowUpMail mail;
  mail.subject = "Coaching follow-up due " + when + ": " + facts.next_step + " (" + facts.school_name + ")";
  mail.text = "Hello " + facts.coach_name + ",\n\nA next step you logged at " + facts.school_name + " on " +
              core::FormatLongDate(facts.held_on) + " is due " + when + ", " + core::FormatLongDate(facts.due_on) +
              ":\n\n  " + facts.next_step + "\n\nMark it done in your coaching log:\n" + facts.url +
              "\n\nTo stop reminders, change your e-mail settings: " + facts.account_url + "\n\n" + facts.district + "\n";
  return mail;
}

}  // namespace practica::coaching
