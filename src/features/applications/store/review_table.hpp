// A cohort's applications side by side, kept to the rows the person may see.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/school_scope.hpp"
#include "db/connection.hpp"
#include "features/applications/domain/application.hpp"
#include "features/applications/store/applications_store.hpp"

namespace practica::applications {

// Whose rows: everything, or the union of some schools, local districts and the applications
// assigned to one reviewer.
// The person's schools, or the applications they were asked to review.
struct TableScope {
  bool everything = false;
  std::vector<std::int64_t> school_ids;
  std::vector<std::int64_t> local_district_ids;
  std::int64_t reviewer_id = 0;  // 0: none; else also the applications this person reviews
  core::SchoolScope Schools() const { return {everything, school_ids, local_district_ids}; }
};

struct TableFilter {
  std::string local_district_slug;  // "" for all
};

struct TableRow {
  std::int64_t application_id = 0;
  SchoolRef school;
  std::string local_district_slug;
  Status status = Status::kDraft;
  std::optional<std::int64_t> submitted_at;
  std::optional<core::LocalDate> visited_on;
  int reviewer_count = 0;
  bool assigned_to_me = false;
  bool scored_by_me = false;
  std::map<std::int64_t, std::vector<int>> scores;  // criterion id -> every reviewer's score
};

// Ordered by school name. `me` marks the rows the person reviews.
[[nodiscard]] core::Result<std::vector<TableRow>> LoadReviewTable(db::Connection& db, std::int64_t district_id,
                                                                  std::int64_t cohort_id,
                                                                  const TableFilter& filter,
                                                                  const TableScope& scope, std::int64_t me);

// The local districts of the schools that applied: {slug, name}.
[[nodiscard]] core::Result<std::vector<std::pair<std::string, std::string>>> LocalDistrictsApplying(
    db::Connection& db, std::int64_t district_id, std::int64_t cohort_id);

}  // namespace practica::applications
