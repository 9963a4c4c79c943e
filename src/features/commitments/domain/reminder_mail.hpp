// The words of the commitments feature's planned e-mails: a reminder that a school's commitment
// comes due, and a coach's weekly digest of their caseload. Plain text, no I/O: the planning jobs
// fill in the facts and queue what these return.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/time_zone.hpp"
#include "features/commitments/domain/reminders.hpp"

namespace practica::commitments {

struct MailText {
  std::string subject;
  std::string text;
};

// Where the e-mails point and whom they come from.
struct MailLinks {
  std::string account_url;    // "https://…/account": where reminders and digests are turned off
  std::string district_name;  // "Los Angeles Unified School District"
};

struct ReminderFacts {
  std::string person_name;  // "" when unknown
  std::string school_name;
  std::string cohort_number;  // "3.0"
  int number = 0;             // the commitment's number on the checklist
  std::string title;
  core::LocalDate due_on;
  int days_before = 0;        // 1 reads "tomorrow"
  std::string checklist_url;  // the school's checklist
};

// "Due in 7 days: Designate a single sign-on lead (Garvanza ES)", and the text that says what is
// due when and where the evidence goes.
MailText CommitmentReminderMail(const ReminderFacts& facts, const MailLinks& links);

// "Your caseload this week: 2 late, 3 due soon", and the lines grouped by status, in the order
// given (DigestOrder), with the link that stops the digest.
MailText DigestMail(std::string_view coach_name, const std::vector<DigestLine>& lines,
                    std::string_view unsubscribe_url, const MailLinks& links);

}  // namespace practica::commitments
