// The e-mail that reminds a coach of a next step from the log, through the reminders that
// already exist (one daily plan, the same "turn reminders off" setting, one e-mail a day and
// step): the day before its date and on the day.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "core/time_zone.hpp"

namespace practica::coaching {

inline constexpr std::array<int, 2> kFollowUpReminderDaysBefore = {1, 0};

// How many days before the next step's date `today` is, when that is a reminder day and the
// step is not done: "Share the testing checklist", logged on Tuesday, August 28, 2018 for
// Tuesday, September 11, is reminded on Monday the 10th (1) and on the 11th (0).
std::optional<int> FollowUpReminderDay(const core::LocalDate& due_on, bool done, const core::LocalDate& today);

struct FollowUpFacts {
  std::string coach_name;
  std::string school_name;
  std::string next_step;
  core::LocalDate held_on;  // the entry the step came from
  core::LocalDate due_on;
  int days_before = 0;
  std::string url;          // the coach's follow-ups
  std::string account_url;  // where reminders are turned off
  std::string district;
};

struct FollowUpMail {
  std::string subject;
  std::string text;
};

// "Coaching follow-up due tomorrow: Share the testing checklist (Hope Street ES)", and a text
// naming the day, the entry it came from, where to mark it done and how to stop reminders. The
// entry's notes and teachers stay out: e-mail is forwarded.
FollowUpMail FollowUpReminder(const FollowUpFacts& facts);

}  // namespace practica::coaching
