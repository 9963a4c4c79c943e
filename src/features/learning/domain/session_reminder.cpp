#include "features/learning/domain/session_reminder.hpp"

#include "core/text.hpp"

namespace practica::learning {

SessionReminderMail SessionReminder(const SessionReminderFacts& facts) {
  const std::string where = !facts.location.empty()   ? "Place: " + facts.location
                            : !facts.join_url.empty() ? "Join: " + facts.join_url
                                                      : "";
  SessionReminderMail mail;
  mail.subject = "In " + std::to_string(kSessionReminderDaysBefore) + " days: " + facts.title;
  mail.text = core::Greeting(facts.person_name) + "\n\nYou are registered for " + facts.title +
              ", which starts " + core::FormatLongDateTime(facts.starts) + " (" +
              facts.zone_abbreviation + ").\n" + (where.empty() ? "" : where + "\n") +
              "\nSee the session: " + facts.session_url + "\n\n" +
              "To stop reminders, turn them off on your account page: " + facts.account_url +
              "\n\nPractica, " + facts.district_name + "\n";
  return mail;
}

}  // namespace practica::learning
