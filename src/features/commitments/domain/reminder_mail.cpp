#include "features/commitments/domain/reminder_mail.hpp"

#include "core/text.hpp"

namespace practica::commitments {

namespace {

std::string InDays(int days) { return days == 1 ? "tomorrow" : "in " + std::to_string(days) + " days"; }

}  // namespace

MailText CommitmentReminderMail(const ReminderFacts& facts, const MailLinks& links) {
  const std::string title = std::to_string(facts.number) + ". " + facts.title;
  MailText mail;
  mail.subject = "Due " + InDays(facts.days_before) + ": " + facts.title + " (" + facts.school_name + ")";
  mail.text = core::Greeting(facts.person_name) + "\n\n" + facts.school_name + "'s commitment \"" + title +
              "\" (PS " + facts.cohort_number + ") is due by the end of " +
              core::FormatLongDate(facts.due_on) + ", " + InDays(facts.days_before) + ".\n\n" +
              "Submit the evidence on the school's checklist:\n" + facts.checklist_url + "\n\n" +
              "You receive this reminder as " + facts.school_name +
              "'s principal or practitioner team member. To stop reminders, turn them off "
              "on your account page: " + links.account_url + "\n\n" +
              "Practica, " + links.district_name + "\n";
  return mail;
}

MailText DigestMail(std::string_view coach_name, const std::vector<DigestLine>& lines,
                    std::string_view unsubscribe_url, const MailLinks& links) {
  int late = 0;
  for (const auto& line : lines) late += line.past_due ? 1 : 0;
  MailText mail;
  mail.subject = "Your caseload this week: " + std::to_string(late) + " late, " +
                 std::to_string(static_cast<int>(lines.size()) - late) + " due soon";
  mail.text = core::Greeting(coach_name) + "\n\nThis week in your caseload:\n";
  Status heading = Status::kNotStarted;
  for (const auto& line : lines) {
    if (line.status != heading) {
      heading = line.status;
      mail.text += "\n" + std::string(StatusLabel(heading)) +
                   (heading == Status::kReturned ? " (past due)" : "") + "\n";
    }
    mail.text += "- " + line.school + ": " + line.title;
    if (!line.due_on.empty()) mail.text += ", due " + line.due_on;
    mail.text += "\n  " + line.url + "\n";
  }
  mail.text += "\nYou receive this digest each Monday as a coach. Stop it with one click:\n" +
               std::string(unsubscribe_url) + "\nor on your account page: " + links.account_url +
               "\n\n" + "Practica, " + links.district_name + "\n";
  return mail;
}

}  // namespace practica::commitments
