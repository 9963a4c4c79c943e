#include "features/commitments/domain/reminders.hpp"

#include <algorithm>

namespace practica::commitments {

std::vector<ReminderDue> RemindersOn(const std::vector<Occurrence>& occurrences,
                                     const std::vector<Event>& events,
                                     const core::LocalDate& today) {
  std::vector<ReminderDue> due;
  for (std::size_t i = 0; i < occurrences.size(); ++i) {
    const auto& occurrence = occurrences[i];
    if (!occurrence.due_on) continue;
    if (occurrence.opens_on && today < *occurrence.opens_on) continue;
    const Event* latest = LatestFor(events, occurrence.period);
    if (latest != nullptr && latest->kind != EventKind::kReturned) continue;
    for (int days : kReminderDaysBefore) {
      if (AddDays(*occurrence.due_on, -days) == today) {
        due.push_back({i, days, *occurrence.due_on});
      }
    }
  }
  return due;
}

std::vector<DigestLine> DigestOrder(std::vector<DigestLine> lines) {
  std::erase_if(lines, [](const DigestLine& line) {
    const bool returned_late = line.status == Status::kReturned && line.past_due;
    return line.status != Status::kLate && line.status != Status::kDueSoon && !returned_late;
  });
  std::stable_sort(lines.begin(), lines.end(), [](const DigestLine& a, const DigestLine& b) {
    if (Urgency(a.status) != Urgency(b.status)) return Urgency(a.status) < Urgency(b.status);
    if (a.due_at != b.due_at) return a.due_at < b.due_at;
    return a.school < b.school;
  });
  return lines;
}

}  // namespace practica::commitments
