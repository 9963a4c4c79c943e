#include "features/participations/store/roster_effects.hpp"

#include "features/participations/store/roster_store.hpp"

namespace practica::participations {

core::Result<void> PutOnRoster(db::Connection& db, std::int64_t district_id,
                               const features::ApplicationAccepted& accepted) {
  return RosterStore(db, district_id).Ensure(accepted.cohort_id, accepted.school_id, accepted.listed_name);
}

core::Result<void> TakeOffRoster(db::Connection& db, std::int64_t district_id,
                                 const features::AcceptanceUndone& undone) {
  return RosterStore(db, district_id).Remove(undone.cohort_id, undone.school_id);
}

}  // namespace practica::participations
