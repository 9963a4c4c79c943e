#include "features/learning/published/school_attendance.hpp"

#include "features/learning/store/cohort_outcomes.hpp"

namespace practica::learning {

core::Result<std::map<std::int64_t, AttendanceRecord>> CohortAttendance(db::Connection& db, std::int64_t district_id,
                                                                      std::int64_t cohort_id,
                                                                      const std::vector<std::int64_t>& school_ids,
                                                                      std::int64_t now) {
  LearningStore store(db, district_id);
  auto columns = ReadOutcomeColumns(store, cohort_id);
  if (!columns) return std::unexpected(columns.error());
  std::map<std::int64_t, AttendanceRecord> records;
  for (const auto id : school_ids) {
    auto& record = records[id];
    for (const auto& column : *columns) record.Add(column.offering, OutcomeOf(column, id, now), now);
  }
  return records;
}

}  // namespace practica::learning
