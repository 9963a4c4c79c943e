#include "features/cohorts/published/cohort_refs.hpp"

#include <string>

#include "features/cohorts/store/cohorts_store.hpp"

namespace practica::cohorts {

namespace {

core::Result<std::vector<core::CohortRef>> Select(db::Connection& db, std::string_view where,
                                                  const db::Params& params) {
  std::vector<core::CohortRef> cohorts;
  auto done = db.Execute(
      "SELECT id, slug, number, title, school_year FROM published_cohorts WHERE district_id = $1" +
          std::string(where),
      params, [&](const db::Row& row) {
        cohorts.push_back({row.Int(0), row.String(1), row.String(2), row.String(3), row.String(4)});
      });
  if (!done) return std::unexpected(done.error());
  return cohorts;
}

core::Result<std::optional<core::CohortRef>> First(core::Result<std::vector<core::CohortRef>> found) {
  if (!found) return std::unexpected(found.error());
  if (found->empty()) return std::optional<core::CohortRef>{};
  return std::optional<core::CohortRef>{found->front()};
}

}  // namespace

core::Result<std::optional<core::CohortRef>> FindCohortRef(db::Connection& db, std::int64_t district_id,
                                                           std::string_view slug) {
  return First(Select(db, " AND slug = $2", {district_id, std::string(slug)}));
}

core::Result<std::optional<core::CohortRef>> CohortRefById(db::Connection& db, std::int64_t district_id,
                                                           std::int64_t id) {
  return First(Select(db, " AND id = $2", {district_id, id}));
}

core::Result<std::vector<core::CohortRef>> AllCohortRefs(db::Connection& db, std::int64_t district_id) {
  return Select(db, " ORDER BY school_year DESC, slug", {district_id});
}

core::Result<CohortAims> AimsOf(db::Connection& db, std::int64_t district_id, std::int64_t cohort_id) {
  std::optional<CohortAims> aims;
  auto done = db.Execute("SELECT focus_standard_code, summary FROM cohorts WHERE district_id = $1 AND id = $2",
                         {district_id, cohort_id}, [&](const db::Row& row) {
                           aims = CohortAims{row.String(0), row.String(1), {}};
                         });
  if (!done) return std::unexpected(done.error());
  if (!aims) return core::Fail(core::ErrorCode::kNotFound, "There is no cohort " + std::to_string(cohort_id) + ".");
  auto goals = CohortsStore(db, district_id).Goals(cohort_id);
  if (!goals) return std::unexpected(goals.error());
  aims->goals = std::move(*goals);
  return std::move(*aims);
}

}  // namespace practica::cohorts
