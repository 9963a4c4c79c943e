#include "features/participations/store/roster_store.hpp"

namespace practica::participations {

core::Result<void> RosterStore::Ensure(std::int64_t cohort_id, std::int64_t school_id,
                                       const std::string& listed_name) {
  auto inserted = db_.Exec(
      "INSERT INTO participations (district_id, cohort_id, school_id, listed_name) VALUES ($1, $2, $3, $4)"
      " ON CONFLICT (district_id, cohort_id, school_id) DO NOTHING",
      {district_id_, cohort_id, school_id, listed_name});
  if (!inserted) return std::unexpected(inserted.error());
  return {};
}

core::Result<void> RosterStore::Remove(std::int64_t cohort_id, std::int64_t school_id) {
  auto removed = db_.Exec("DELETE FROM participations WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
                          {district_id_, cohort_id, school_id});
  if (!removed) return std::unexpected(removed.error());
  return {};
}

}  // namespace practica::participations
