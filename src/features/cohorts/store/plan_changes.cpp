// The cohort's goals and timeline as program staff edit them. Each call runs in the caller's
// transaction, with the audit entry that says what changed.
#include "features/cohorts/store/cohorts_store.hpp"

namespace practica::cohorts {

core::Result<void> CohortsStore::ReplaceGoals(std::int64_t cohort_id, const std::vector<std::string>& goals) {
  auto removed = db_.Exec("DELETE FROM cohort_goals WHERE district_id = $1 AND cohort_id = $2", {district_id_, cohort_id});
  if (!removed) return std::unexpected(removed.error());
  return AddGoals(cohort_id, goals);
}

core::Result<TimelineItem> CohortsStore::AddTimelineItem(std::int64_t cohort_id, TimelineItem item) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  item.id = *id;
  auto saved = db_.Exec(
      "INSERT INTO timeline_items (district_id, id, cohort_id, title, starts_at, ends_at, shown_as)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {district_id_, item.id, cohort_id, item.title, item.starts_at, db::Nullable(item.ends_at),
       std::string(PrecisionCode(item.precision))});
  if (!saved) return std::unexpected(saved.error());
  return item;
}

core::Result<bool> CohortsStore::UpdateTimelineItem(std::int64_t cohort_id, const TimelineItem& item) {
  auto saved = db_.Exec(
      "UPDATE timeline_items SET title = $4, starts_at = $5, ends_at = $6, shown_as = $7"
      " WHERE district_id = $1 AND cohort_id = $2 AND id = $3",
      {district_id_, cohort_id, item.id, item.title, item.starts_at, db::Nullable(item.ends_at),
       std::string(PrecisionCode(item.precision))});
  if (!saved) return std::unexpected(saved.error());
  return *saved > 0;
}

core::Result<bool> CohortsStore::DeleteTimelineItem(std::int64_t cohort_id, std::int64_t item_id) {
  auto removed = db_.Exec("DELETE FROM timeline_items WHERE district_id = $1 AND cohort_id = $2 AND id = $3",
                          {district_id_, cohort_id, item_id});
  if (!removed) return std::unexpected(removed.error());
  return *removed > 0;
}

}  // namespace practica::cohorts
