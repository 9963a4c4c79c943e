#include "features/commitments/store/copy_effects.hpp"

#include "features/commitments/store/commitments_store.hpp"

namespace practica::commitments {

namespace {

core::Result<void> CopyTemplate(CommitmentsStore& store, const features::CohortCopied& copied) {
  auto items = store.Template(copied.from_cohort_id);
  if (!items) return std::unexpected(items.error());
  for (auto item : *items) {
    item.id = 0;
    item.title = copied.reword(item.title);
    item.description = copied.reword(item.description);
    item.evidence.label = copied.reword(item.evidence.label);
    if (item.due.on) item.due.on = copied.next_year(*item.due.on);
    auto saved = store.SaveTemplateItem(copied.to_cohort_id, std::move(item), copied.by, copied.at);
    if (!saved) return std::unexpected(saved.error());
  }
  return {};
}

core::Result<void> CopyCalendar(CommitmentsStore& store, const features::CohortCopied& copied) {
  auto calendar = store.LoadCalendar(copied.from_cohort_id);
  if (!calendar) return std::unexpected(calendar.error());
  for (auto* day : {&calendar->coach_starts_on, &calendar->instruction_starts_on, &calendar->support_ends_on}) {
    if (*day) *day = copied.next_year(**day);
  }
  if (!calendar->coach_starts_on && !calendar->instruction_starts_on && !calendar->support_ends_on) return {};
  return store.SaveCalendar(copied.to_cohort_id, *calendar, copied.by, copied.at);
}

}  // namespace

core::Result<void> CopyTemplateAndCalendar(db::Connection& db, std::int64_t district_id,
                                           const features::CohortCopied& copied) {
  CommitmentsStore store(db, district_id);
  if (auto done = CopyTemplate(store, copied); !done) return done;
  return CopyCalendar(store, copied);
}

}  // namespace practica::commitments
