// What became of each school's registration for each of a cohort's team sessions: the cohort's
// attendance grid (/cohorts/{slug}/learning) and the district's dashboard read it the same way.
// Each session's registrations and marks are read once, whatever the number of schools.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "features/learning/domain/attendance.hpp"
#include "features/learning/store/learning_store.hpp"

namespace practica::learning {

struct OutcomeColumn {
  Offering offering;
  std::map<std::int64_t, Registration> by_school;  // the live registration of each school
  std::map<std::int64_t, Marks> marks;             // by registration
};

// The cohort's team sessions, by first day, each with its registrations and marks.
[[nodiscard]] core::Result<std::vector<OutcomeColumn>> ReadOutcomeColumns(LearningStore& store,
                                                                          std::int64_t cohort_id);

// The school's outcome in the column at `now` (Judge): not registered when it holds no live
// registration.
Outcome OutcomeOf(const OutcomeColumn& column, std::int64_t school_id, std::int64_t now);

}  // namespace practica::learning
