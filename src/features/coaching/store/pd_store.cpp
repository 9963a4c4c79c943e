#include "features/coaching/store/pd_store.hpp"

#include <map>

#include "db/find_or_insert.hpp"
#include "features/cohorts/domain/cohort.hpp"
#include "features/cohorts/published/cohort_refs.hpp"
#include "features/schools/published/school_refs.hpp"

namespace practica::coaching {

std::optional<YearSpan> YearOf(const core::CohortRef& cohort) {
  auto last = cohorts::SchoolYearLastDay(cohort.school_year);
  if (!last) return std::nullopt;
  return YearSpan{core::LocalDate{last->year - 1, 7, 1}, *last};
}

core::Result<std::optional<core::CohortRef>> PdStore::FindCohort(std::string_view slug) {
  return cohorts::FindCohortRef(db_, district_id_, slug);
}

core::Result<std::optional<core::CohortRef>> PdStore::CohortById(std::int64_t id) {
  return cohorts::CohortRefById(db_, district_id_, id);
}

core::Result<std::optional<core::SchoolRef>> PdStore::FindSchool(std::string_view slug) {
  return schools::FindSchoolRef(db_, district_id_, slug);
}

core::Result<bool> PdStore::InCohort(std::int64_t cohort_id, std::int64_t school_id) {
  auto found = db_.QueryInt(
      "SELECT 1 FROM published_participations WHERE district_id = $1 AND cohort_id = $2 AND school_id = $3",
      {district_id_, cohort_id, school_id});
  if (!found) return std::unexpected(found.error());
  return found->has_value();
}

core::Result<PlanPeople> PdStore::People(std::int64_t cohort_id, std::int64_t school_id) {
  PlanPeople people;
  auto staff = db_.Execute(
      "SELECT st.person_id, st.role, p.display_name FROM published_school_staff st JOIN published_people p"
      " ON p.district_id = st.district_id AND p.id = st.person_id"
      " WHERE st.district_id = $1 AND st.school_id = $2 AND p.active = 1",
      {district_id_, school_id}, [&](const db::Row& row) {
        people.staff.insert(row.Int(0));
        people.names[row.Int(0)] = row.String(2);
        if (row.Text(1) == "teacher") people.teachers.insert(row.Int(0));
        if (row.Text(1) == "principal") people.leaders.insert(row.Int(0));
      });
  if (!staff) return std::unexpected(staff.error());
  auto team = db_.Execute(
      "SELECT t.person_id, p.display_name FROM published_team_members t JOIN published_people p"
      " ON p.district_id = t.district_id AND p.id = t.person_id"
      " WHERE t.district_id = $1 AND t.cohort_id = $2 AND t.school_id = $3 AND t.removed_at IS NULL",
      {district_id_, cohort_id, school_id}, [&](const db::Row& row) {
        people.leaders.insert(row.Int(0));
        people.names[row.Int(0)] = row.String(1);
      });
  if (!team) return std::unexpected(team.error());
  auto coach = db_.Execute(
      "SELECT c.coach_person_id, p.display_name FROM published_participation_coaches c JOIN published_people p"
      " ON p.district_id = c.district_id AND p.id = c.coach_person_id"
      " WHERE c.district_id = $1 AND c.cohort_id = $2 AND c.school_id = $3 AND c.ended_at IS NULL",
      {district_id_, cohort_id, school_id}, [&](const db::Row& row) {
        people.coach = row.Int(0);
        people.names[row.Int(0)] = row.String(1);
      });
  if (!coach) return std::unexpected(coach.error());
  return people;
}

core::Result<PdPlan> PdStore::Plan(const core::CohortRef& cohort, const core::SchoolRef& school) {
  PdPlan plan;
  plan.cohort = cohort;
  plan.school = school;
  auto found = db_.Execute(
      "SELECT pl.id, pl.agreed_at, p.display_name, pl.illustrative FROM pd_plans pl"
      " LEFT JOIN published_people p ON p.district_id = pl.district_id AND p.id = pl.agreed_by"
      " WHERE pl.district_id = $1 AND pl.cohort_id = $2 AND pl.school_id = $3",
      {district_id_, cohort.id, school.id}, [&](const db::Row& row) {
        plan.id = row.Int(0);
        if (!row.IsNull(1)) plan.agreed_at = row.Int(1);
        plan.agreed_by_name = row.IsNull(2) ? "" : row.String(2);
        plan.illustrative = row.Int(3) == 1;
      });
  if (!found) return std::unexpected(found.error());
  if (plan.id == 0) return plan;
  std::map<std::int64_t, std::size_t> at;
  auto sessions = db_.Execute(
      "SELECT id, held_on, topic, focus FROM pd_sessions WHERE district_id = $1 AND plan_id = $2"
      " ORDER BY held_on, id",
      {district_id_, plan.id}, [&](const db::Row& row) {
        PdSession s;
        s.id = row.Int(0);
        s.plan_id = plan.id;
        s.held_on = row.OptionalDate(1).value_or(core::LocalDate{});
        s.topic = row.String(2);
        s.focus = row.String(3);
        at[s.id] = plan.sessions.size();
        plan.sessions.push_back(std::move(s));
      });
  if (!sessions) return std::unexpected(sessions.error());
  const db::Params params{district_id_, plan.id};
  auto facilitators = db_.Execute(
      "SELECT f.session_id, p.id, p.display_name FROM pd_session_facilitators f"
      " JOIN pd_sessions s ON s.district_id = f.district_id AND s.id = f.session_id"
      " JOIN published_people p ON p.district_id = f.district_id AND p.id = f.person_id"
      " WHERE f.district_id = $1 AND s.plan_id = $2 ORDER BY p.display_name",
      params, [&](const db::Row& row) {
        plan.sessions[at[row.Int(0)]].facilitators.push_back(NamedPerson{row.Int(1), row.String(2)});
      });
  if (!facilitators) return std::unexpected(facilitators.error());
  auto present = db_.Execute(
      "SELECT a.session_id, a.person_id FROM pd_attendance a"
      " JOIN pd_sessions s ON s.district_id = a.district_id AND s.id = a.session_id"
      " WHERE a.district_id = $1 AND s.plan_id = $2",
      params, [&](const db::Row& row) { plan.sessions[at[row.Int(0)]].present.insert(row.Int(1)); });
  if (!present) return std::unexpected(present.error());
  auto shares = db_.Execute(
      "SELECT SH.session_id, SH.person_id, p.display_name, SH.text, SH.created_at"
      " FROM pd_shares SH JOIN pd_sessions s ON s.district_id = SH.district_id AND s.id = SH.session_id"
      " JOIN published_people p ON p.district_id = SH.district_id AND p.id = SH.person_id"
      " WHERE SH.district_id = $1 AND s.plan_id = $2 ORDER BY SH.created_at, SH.id",
      params, [&](const db::Row& row) {
        plan.sessions[at[row.Int(0)]].shares.push_back(Share{row.Int(1), row.String(2), row.String(3), row.Int(4)});
      });
  if (!shares) return std::unexpected(shares.error());
  return plan;
}

core::Result<std::int64_t> PdStore::EnsurePlan(std::int64_t cohort_id, std::int64_t school_id, bool illustrative,
                                               std::int64_t now) {
  return db::FindOrInsert(db_, "pd_plans",
                          {{"district_id", district_id_}, {"cohort_id", cohort_id}, {"school_id", school_id}},
                          {{"illustrative", std::int64_t{illustrative ? 1 : 0}}, {"created_at", now}});
}

core::Result<std::int64_t> PdStore::AddSession(std::int64_t plan_id, const SessionDraft& draft, std::int64_t by,
                                               std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO pd_sessions (district_id, id, plan_id, held_on, topic, focus, created_by, created_at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {district_id_, *id, plan_id, core::FormatIsoDate(draft.held_on), draft.topic, draft.focus, by, now});
  if (!added) return std::unexpected(added.error());
  for (auto person : std::set<std::int64_t>(draft.facilitators.begin(), draft.facilitators.end())) {
    auto named = db_.Exec(
        "INSERT INTO pd_session_facilitators (district_id, session_id, person_id) VALUES ($1, $2, $3)",
        {district_id_, *id, person});
    if (!named) return std::unexpected(named.error());
  }
  return *id;
}

core::Result<void> PdStore::Agree(std::int64_t plan_id, std::int64_t by, std::int64_t now) {
  auto changed = db_.Exec(
      "UPDATE pd_plans SET agreed_by = $3, agreed_at = $4 WHERE district_id = $1 AND id = $2 AND agreed_at IS NULL",
      {district_id_, plan_id, by, now});
  if (!changed) return std::unexpected(changed.error());
  if (*changed == 0) return core::Fail(core::ErrorCode::kConflict, "The plan is agreed already.");
  return {};
}

core::Result<PdStore::SessionPlace> PdStore::PlaceOf(std::int64_t session_id) {
  std::optional<SessionPlace> place;
  auto done = db_.Execute(
      "SELECT pl.id, pl.cohort_id, sc.id, sc.local_district_id, sc.slug, sc.name FROM pd_sessions s"
      " JOIN pd_plans pl ON pl.district_id = s.district_id AND pl.id = s.plan_id"
      " JOIN published_schools sc ON sc.district_id = pl.district_id AND sc.id = pl.school_id"
      " WHERE s.district_id = $1 AND s.id = $2",
      {district_id_, session_id}, [&](const db::Row& row) {
        place = SessionPlace{row.Int(0), row.Int(1), core::SchoolRef{row.Int(2), row.Int(3), row.String(4), row.String(5), ""}};
      });
  if (!done) return std::unexpected(done.error());
  if (!place) {
    return core::Fail(core::ErrorCode::kNotFound, "There is no banked-time session " + std::to_string(session_id) + ".");
  }
  return *place;
}

core::Result<void> PdStore::SetAttendance(std::int64_t session_id, const std::vector<std::int64_t>& present,
                                          std::int64_t by, std::int64_t now) {
  auto cleared = db_.Exec("DELETE FROM pd_attendance WHERE district_id = $1 AND session_id = $2",
                          {district_id_, session_id});
  if (!cleared) return std::unexpected(cleared.error());
  for (auto person : std::set<std::int64_t>(present.begin(), present.end())) {
    auto marked = db_.Exec(
        "INSERT INTO pd_attendance (district_id, session_id, person_id, marked_by, marked_at)"
        " VALUES ($1, $2, $3, $4, $5)",
        {district_id_, session_id, person, by, now});
    if (!marked) return std::unexpected(marked.error());
  }
  return {};
}

core::Result<std::set<std::int64_t>> PdStore::Attendees(std::int64_t plan_id) {
  std::set<std::int64_t> people;
  auto done = db_.Execute(
      "SELECT DISTINCT a.person_id FROM pd_attendance a"
      " JOIN pd_sessions s ON s.district_id = a.district_id AND s.id = a.session_id"
      " WHERE a.district_id = $1 AND s.plan_id = $2",
      {district_id_, plan_id}, [&](const db::Row& row) { people.insert(row.Int(0)); });
  if (!done) return std::unexpected(done.error());
  return people;
}

core::Result<std::vector<std::int64_t>> PdStore::SharesOwed(std::int64_t person_id, const core::LocalDate& since,
                                                            const core::LocalDate& until) {
  std::vector<std::int64_t> sessions;
  auto done = db_.Execute(
      "SELECT s.id FROM pd_attendance a JOIN pd_sessions s ON s.district_id = a.district_id AND s.id = a.session_id"
      " WHERE a.district_id = $1 AND a.person_id = $2 AND s.held_on >= $3 AND s.held_on <= $4"
      " AND NOT EXISTS (SELECT 1 FROM pd_shares sh WHERE sh.district_id = a.district_id"
      " AND sh.session_id = s.id AND sh.person_id = a.person_id)"
      " ORDER BY s.held_on DESC, s.id DESC",
      {district_id_, person_id, core::FormatIsoDate(since), core::FormatIsoDate(until)},
      [&](const db::Row& row) { sessions.push_back(row.Int(0)); });
  if (!done) return std::unexpected(done.error());
  return sessions;
}

core::Result<std::int64_t> PdStore::AddShare(std::int64_t session_id, std::int64_t person_id, const std::string& text,
                                             std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto added = db_.Exec(
      "INSERT INTO pd_shares (district_id, id, session_id, person_id, text, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
      {district_id_, *id, session_id, person_id, text, now});
  if (!added) return std::unexpected(added.error());
  return *id;
}

}  // namespace practica::coaching
