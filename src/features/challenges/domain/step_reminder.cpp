#include "features/challenges/domain/step_reminder.hpp"

#include "core/calendar_days.hpp"

namespace practica::challenges {

std::optional<int> StepReminderDay(const ActionStep& step, const core::LocalDate& today) {
  if (step.status == StepStatus::kDone) return std::nullopt;
  for (int days : kStepReminderDaysBefore) {
    if (core::AddDays(today, days) == step.due_on) return days;
  }
  return std::nullopt;
}

StepReminderMail StepReminder(const StepReminderFacts& facts) {
  const std::string in = facts.days_before == 1 ? "tomorrow" : "in " + std::to_string(facts.days_before) + " days";
  StepReminderMail mail;
  mail.subject = "Action step due " + in + ": " + facts.what + " (" + facts.school_name + ")";
  mail.text = "Hello " + facts.owner_name + ",\n\nYou own an action step of " + facts.school_name + "'s PS " +
              facts.cohort_number + " design challenge:\n\n  " + facts.what + "\n\nIt is due by " +
              core::FormatLongDate(facts.due_on) + ", " + in +
              ". Mark it in progress or done, or change its day with your team, here:\n" + facts.url +
              "\n\nTo stop reminders, change your e-mail settings: " + facts.account_url + "\n\n" + facts.district +
              "\n";
  return mail;
}

}  // namespace practica::challenges
