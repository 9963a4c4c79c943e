#include "features/learning/store/cohort_outcomes.hpp"

#include <algorithm>

namespace practica::learning {

core::Result<std::vector<OutcomeColumn>> ReadOutcomeColumns(LearningStore& store, std::int64_t cohort_id) {
  auto offerings = store.List(OfferingFilter{cohort_id, false, 0});
  if (!offerings) return std::unexpected(offerings.error());
  std::erase_if(*offerings, [](const Offering& o) { return o.audience != Audience::kTeam; });
  std::vector<OutcomeColumn> columns;
  columns.reserve(offerings->size());
  for (auto& offering : *offerings) {
    OutcomeColumn column{std::move(offering), {}, {}};
    auto registrations = store.Registrations(column.offering.id);
    if (!registrations) return std::unexpected(registrations.error());
    for (auto& r : *registrations) {
      if (r.school) column.by_school[r.school->id] = std::move(r);
    }
    auto marks = store.MarksByRegistration(column.offering.id);
    if (!marks) return std::unexpected(marks.error());
    column.marks = std::move(*marks);
    columns.push_back(std::move(column));
  }
  return columns;
}

Outcome OutcomeOf(const OutcomeColumn& column, std::int64_t school_id, std::int64_t now) {
  static const Marks kNone;
  auto registration = column.by_school.find(school_id);
  if (registration == column.by_school.end()) return Judge(column.offering, std::nullopt, kNone, now);
  auto marks = column.marks.find(registration->second.id);
  return Judge(column.offering, registration->second.state, marks == column.marks.end() ? kNone : marks->second,
               now);
}

}  // namespace practica::learning
