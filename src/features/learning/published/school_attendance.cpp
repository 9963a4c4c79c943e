#include "features/learning/published/school_attendance.hpp"

#include "features/learning/store/cohort_outcomes.hpp"

namespace practica::learning {

namespace {

// The letter of one school at one session: what its record counted, or whether it is to come.
char MarkOf(const Offering& offering, Outcome outcome, std::int64_t now) {
  AttendanceRecord one;
  one.Add(offering, outcome, now);
  if (one.attended > 0) return kMarkAttended;
  if (one.partial > 0) return kMarkPartial;
  if (one.missed > 0) return kMarkMissed;
  return outcome == Outcome::kUpcoming && !offering.Cancelled() ? kMarkUpcoming : kMarkNone;
}

}  // namespace

core::Result<CohortAttendanceRead> CohortAttendance(db::Connection& db, std::int64_t district_id, std::int64_t cohort_id,
                                                    const std::vector<std::int64_t>& school_ids, std::int64_t now) {
  LearningStore store(db, district_id);
  auto columns = ReadOutcomeColumns(store, cohort_id);
  if (!columns) return std::unexpected(columns.error());
  CohortAttendanceRead read;
  for (const auto& column : *columns) {
    if (!column.offering.Cancelled()) read.sessions.push_back(SessionRef{column.offering.title, column.offering.StartsAt()});
  }
  for (const auto id : school_ids) {
    auto& record = read.records[id];
    auto& marks = read.marks[id];
    for (const auto& column : *columns) {
      const auto outcome = OutcomeOf(column, id, now);
      record.Add(column.offering, outcome, now);
      if (!column.offering.Cancelled()) marks.push_back(MarkOf(column.offering, outcome, now));
    }
  }
  return read;
}

}  // namespace practica::learning
