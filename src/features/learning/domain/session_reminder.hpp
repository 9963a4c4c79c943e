// The words of the e-mail that reminds an attendee of a learning session a few days ahead.
// Plain text, no I/O: the reminder planning job fills in the facts and queues what this returns.
#pragma once

#include <string>

#include "core/time_zone.hpp"

namespace practica::learning {

// Sessions are reminded this many days before their first day.
inline constexpr int kSessionReminderDaysBefore = 2;

struct SessionReminderFacts {
  std::string person_name;
  std::string title;
  core::LocalDateTime starts;  // the first day's start, in the district's time
  std::string zone_abbreviation;  // "PST"
  std::string location;  // "" when online
  std::string join_url;  // "" when in person
  std::string session_url;
  std::string account_url;  // where reminders are turned off
  std::string district_name;
};

struct SessionReminderMail {
  std::string subject;  // "In 2 days: Onboarding"
  std::string text;
};

SessionReminderMail SessionReminder(const SessionReminderFacts& facts);

}  // namespace practica::learning
