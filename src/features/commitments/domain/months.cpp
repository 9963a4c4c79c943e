#include "features/commitments/domain/months.hpp"

#include "core/text.hpp"
#include "core/time_zone.hpp"

namespace practica::commitments {

namespace {

// Whether the latest event about the occurrence up to `now` is a verification.
bool IsVerifiedAt(const std::vector<Event>& events, std::string_view period, std::int64_t now) {
  const Event* latest = nullptr;
  for (const auto& event : events) {
    if (event.period == period && event.at <= now) latest = &event;
  }
  return latest != nullptr && latest->kind == EventKind::kVerified;
}

}  // namespace

void CountMonths(const std::vector<Occurrence>& occurrences, const std::vector<Event>& events, std::int64_t now,
                 Months& months) {
  for (const auto& occurrence : occurrences) {
    if (!occurrence.due_on) continue;
    const auto key = core::FormatIsoDate(*occurrence.due_on).substr(0, 7);
    auto& count = months[key];
    if (IsVerifiedAt(events, occurrence.period, now)) {
      ++count.verified;
    } else if (now >= occurrence.due_at) {
      ++count.late;
    } else {
      ++count.open;
    }
  }
}

std::string MonthLabel(std::string_view key) {
  if (key.size() != 7 || key[4] != '-') return std::string(key);
  auto year = core::ParseInt(key.substr(0, 4), 1900, 9999);
  auto month = core::ParseInt(key.substr(5, 2), 1, 12);
  if (!year || !month) return std::string(key);
  return core::MonthName(static_cast<int>(*month)) + " " + std::to_string(*year);
}

}  // namespace practica::commitments
