#include "features/surveys/published/school_feedback.hpp"

#include "features/surveys/domain/completion.hpp"

namespace practica::surveys {

core::Result<std::map<std::int64_t, SchoolFeedback>> CohortFeedback(db::Connection& db, std::int64_t district_id,
                                                                   std::int64_t cohort_id, std::int64_t now) {
  std::map<std::int64_t, SchoolFeedback> found;
  // Per form and school: the forms are few, and each one's invitations are counted from
  // survey_invitations_by_school without reading the invitations themselves.
  auto read = db.Execute(
      "SELECT i.school_id, f.audience_kind, f.closes_at, COUNT(*), SUM(i.answered)"
      " FROM survey_forms f JOIN survey_invitations i ON i.district_id = f.district_id AND i.form_id = f.id"
      " WHERE f.district_id = $1 AND i.cohort_id = $2 AND i.school_id IS NOT NULL"
      " GROUP BY f.id, i.school_id, f.audience_kind, f.closes_at",
      {district_id, cohort_id}, [&](const db::Row& row) {
        if (!CountsForStaff(row.Text(1))) return;
        const Completion completion{row.Int(3), row.Int(4)};
        auto& school = found[row.Int(0)];
        ++school.forms;
        school.asked += completion.asked;
        school.answered += completion.answered;
        if (MostAnswered(completion)) {
          ++school.most;
        } else if (row.Int(2) <= now) {
          ++school.closed_short;
        }
      });
  if (!read) return std::unexpected(read.error());
  return found;
}

}  // namespace practica::surveys
