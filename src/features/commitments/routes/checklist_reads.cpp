#include "features/commitments/routes/checklist_reads.hpp"

#include "db/read_snapshot.hpp"

namespace practica::commitments {

core::Result<ChecklistReads> ReadChecklist(const features::Deps& deps, const http::Request& request) {
  auto db = deps.database.Acquire();
  // The page's four reads in one snapshot: on SQLite they share one WAL read lock instead of
  // taking and dropping one each, about a tenth of the page's time at district scale.
  auto snapshot = db::ReadSnapshot::Begin(*db);
  if (!snapshot) return std::unexpected(snapshot.error());
  CommitmentsStore store(*db, deps.tenant.id);
  auto place = FindPlace(store, request);
  if (!place) return std::unexpected(place.error());
  auto items = store.ForSchool(place->cohort.id, place->school.id);
  if (!items) return std::unexpected(items.error());
  auto calendar = store.LoadCalendar(place->cohort.id);
  if (!calendar) return std::unexpected(calendar.error());
  auto coaches = store.CoachesOf(place->cohort.id, place->school.id);
  if (!coaches) return std::unexpected(coaches.error());
  snapshot->End();
  auto viewer = ViewerAt(deps, request, place->school);
  return ChecklistReads{std::move(*place),   std::move(*calendar), std::move(*items), std::move(*coaches),
                        std::move(viewer),   deps.clock.NowUtcSeconds(), &deps.tenant.zone};
}

}  // namespace practica::commitments
