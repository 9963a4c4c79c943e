#include "features/cohorts/published/cohort_writes.hpp"

#include "features/cohorts/store/cohorts_store.hpp"

namespace practica::cohorts {

namespace {

core::Result<void> UpdateOne(db::Connection& db, const std::string& sql, const db::Params& params) {
  auto updated = db.Exec(sql, params);
  if (!updated) return std::unexpected(updated.error());
  if (*updated == 0) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "That cohort no longer exists; reload the cohorts page and choose another.");
  }
  return {};
}

}  // namespace

core::Result<Cohort> CreateCohortFor(db::Connection& db, std::int64_t district_id, Cohort cohort) {
  return CohortsStore(db, district_id).CreateCohort(std::move(cohort));
}

core::Result<void> SetApplicationWindow(db::Connection& db, std::int64_t district_id,
                                        std::int64_t cohort_id, std::int64_t opens_at,
                                        std::int64_t closes_at) {
  return UpdateOne(db,
                   "UPDATE cohorts SET applications_open_at = $3, applications_close_at = $4"
                   " WHERE district_id = $1 AND id = $2",
                   {district_id, cohort_id, opens_at, closes_at});
}

core::Result<void> SetSchoolYear(db::Connection& db, std::int64_t district_id, std::int64_t cohort_id,
                                 const std::string& school_year) {
  return UpdateOne(db, "UPDATE cohorts SET school_year = $3 WHERE district_id = $1 AND id = $2",
                   {district_id, cohort_id, school_year});
}

}  // namespace practica::cohorts
