// The coach (ITF) of each participation, with every past assignment, and a coach's caseload.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "db/connection.hpp"
#include "features/participations/domain/participation.hpp"
#include "features/participations/store/participations_store.hpp"

namespace practica::participations {

class CoachStore {
 public:
  CoachStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  [[nodiscard]] core::Result<std::optional<CoachAssignment>> Current(std::int64_t cohort_id, std::int64_t school_id);
  // Every assignment, newest first.
  [[nodiscard]] core::Result<std::vector<CoachAssignment>> History(std::int64_t cohort_id, std::int64_t school_id);
  // The same for several schools of the cohort in one statement, by school id (never coached: absent).
  [[nodiscard]] core::Result<std::map<std::int64_t, std::vector<CoachAssignment>>> HistoryOf(
      std::int64_t cohort_id, const std::vector<std::int64_t>& school_ids);
  // kConflict when the participation has a current coach (two staff assigning at once).
  [[nodiscard]] core::Result<CoachAssignment> Assign(std::int64_t cohort_id, std::int64_t school_id,
                                                     const PersonRef& coach, std::int64_t by, std::int64_t now);
  [[nodiscard]] core::Result<void> End(std::int64_t assignment_id, std::int64_t by, std::int64_t now);

  // Whether the coach still coaches the school in another cohort: its caseload entry stays then.
  [[nodiscard]] core::Result<bool> CoachesElsewhere(std::int64_t coach_id, std::int64_t school_id,
                                                    std::int64_t except_cohort_id);
  // Whether the school is already in the coach's caseload (coach_assignments, read only).
  [[nodiscard]] core::Result<bool> InCaseload(std::int64_t coach_id, std::int64_t school_id);
  // The participations the coach currently coaches: newest cohort first, then by school name.
  [[nodiscard]] core::Result<std::vector<Listed>> Caseload(std::int64_t coach_id);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::participations
