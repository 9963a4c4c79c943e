// The e-mail that reminds a step's owner that it comes due, through the reminders that already
// exist (one daily plan, the same "turn reminders off" setting, one e-mail a day and step).
#pragma once

#include <array>
#include <optional>
#include <string>

#include "core/time_zone.hpp"
#include "features/challenges/domain/action_step.hpp"

namespace practica::challenges {

// A week ahead, to make room for it, and the day before.
inline constexpr std::array<int, 2> kStepReminderDaysBefore = {7, 1};

// How many days before its day `today` is, when that is a reminder day and the step is not
// done: Garvanza's "Bring the adapted station to the follow-up learning day", due Friday,
// March 22, 2019, is reminded on Friday the 15th (7) and Thursday the 21st (1).
std::optional<int> StepReminderDay(const ActionStep& step, const core::LocalDate& today);

struct StepReminderFacts {
  std::string owner_name;
  std::string school_name;
  std::string cohort_number;  // "3.0"
  std::string what;
  core::LocalDate due_on;
  int days_before = 0;
  std::string url;          // the school's action steps
  std::string account_url;  // where reminders are turned off
  std::string district;
};

struct StepReminderMail {
  std::string subject;
  std::string text;
};

// "Action step due tomorrow: Bring the adapted station … (Garvanza …)", and a text naming the
// day, where to mark it done, and how to stop reminders.
StepReminderMail StepReminder(const StepReminderFacts& facts);

}  // namespace practica::challenges
