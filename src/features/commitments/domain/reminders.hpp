// Which commitments deserve an e-mail on a given day: reminders before a due date, and the
// late and due-soon items a coach's weekly digest lists.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "features/commitments/domain/due.hpp"
#include "features/commitments/domain/status.hpp"

namespace practica::commitments {

// Reminders go out this many days before the due day, on the district's calendar.
inline constexpr std::array<int, 2> kReminderDaysBefore = {7, 1};

struct ReminderDue {
  std::size_t occurrence = 0;  // index into the schedule
  int days_before = 0;         // one of kReminderDaysBefore
  core::LocalDate due_on;
};

// The reminders due `today` (the district's local date) for one school commitment: an
// occurrence whose due day is kReminderDaysBefore days away, that has opened, and whose
// latest event is neither a submission nor a verification (a returned one is reminded).
std::vector<ReminderDue> RemindersOn(const std::vector<Occurrence>& occurrences,
                                     const std::vector<Event>& events,
                                     const core::LocalDate& today);

// One line of a coach's weekly digest.
struct DigestLine {
  std::string school;
  std::string title;  // "4. Complete the Common Sense Digital Citizenship certification"
  Status status = Status::kNotStarted;
  std::int64_t due_at = 0;  // UTC
  std::string due_on;       // "Wednesday, November 21, 2018"
  std::string url;          // the school's checklist
  bool past_due = false;    // Standing::past_due
};

// Only late, due-soon and past-due returned lines, in Urgency order (a returned one first),
// then by due instant, then school, as the coach's caseload shows them.
std::vector<DigestLine> DigestOrder(std::vector<DigestLine> lines);

}  // namespace practica::commitments
