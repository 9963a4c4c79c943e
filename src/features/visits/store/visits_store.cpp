// Visits: one statement each, inside the caller's transaction.
#include "features/visits/store/visits_store.hpp"

#include <algorithm>

namespace practica::visits {
namespace {

#define VISITS_TRY(expr)                   \
  if (auto tried = (expr); !tried) {       \
    return std::unexpected(tried.error()); \
  }

constexpr const char* kVisitColumns =
    "SELECT v.id, s.id, s.slug, s.name, v.held_on, v.starts_minute, v.ends_minute, v.purpose, v.look_fors,"
    " v.capacity, v.release_day, v.illustrative, v.offered_by, v.attendance_taken_at,"
    " (SELECT COUNT(*) FROM school_visit_signups u WHERE u.district_id = v.district_id AND u.visit_id = v.id"
    "  AND u.state = 'signed_up')"
    " FROM school_visits v"
    " JOIN published_schools s ON s.district_id = v.district_id AND s.id = v.school_id";

// The school a visitor comes from: a school-scoped role or the staff list, the first by name.
constexpr const char* kVisitorSchool =
    "(SELECT MIN(s.name) FROM published_schools s WHERE s.district_id = u.district_id AND s.id IN ("
    "  SELECT st.school_id FROM published_school_staff st WHERE st.district_id = u.district_id"
    "   AND st.person_id = u.person_id"
    "  UNION SELECT g.scope_id FROM published_grants g WHERE g.district_id = u.district_id"
    "   AND g.person_id = u.person_id AND g.scope_kind = 'school' AND g.ended_at IS NULL))";

}  // namespace

VisitFacts Visit::Facts() const { return VisitFacts{school.id, school.name, plan.held_on, plan.capacity, taken}; }

const Visitor* Visit::Find(std::int64_t person_id) const {
  auto found = std::ranges::find(visitors, person_id, &Visitor::person_id);
  return found == visitors.end() ? nullptr : &*found;
}

std::vector<std::int64_t> Visit::SignedUp() const {
  std::vector<std::int64_t> ids;
  for (const auto& v : visitors) {
    if (!v.cancelled) ids.push_back(v.person_id);
  }
  return ids;
}

core::Result<std::int64_t> VisitsStore::Add(std::int64_t school_id, const VisitPlan& plan, std::int64_t by,
                                            std::int64_t now, bool illustrative) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  VISITS_TRY(db_.Exec(
      "INSERT INTO school_visits (district_id, id, school_id, held_on, starts_minute, ends_minute, purpose, look_fors,"
      " capacity, release_day, illustrative, offered_by, offered_at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
      {district_id_, *id, school_id, core::FormatIsoDate(plan.held_on), std::int64_t{plan.starts_minute},
       std::int64_t{plan.ends_minute}, plan.purpose, plan.look_fors, std::int64_t{plan.capacity},
       std::int64_t{plan.release_day ? 1 : 0}, std::int64_t{illustrative ? 1 : 0}, by, now}));
  return *id;
}

core::Result<std::vector<Visit>> VisitsStore::Visits(const std::string& where, const db::Params& params) {
  std::vector<Visit> visits;
  VISITS_TRY(db_.Execute(std::string(kVisitColumns) + where, params, [&](const db::Row& row) {
    Visit v;
    v.id = row.Int(0);
    v.school = HostSchool{row.Int(1), row.String(2), row.String(3)};
    v.plan.held_on = row.OptionalDate(4).value_or(core::LocalDate{});
    v.plan.starts_minute = static_cast<int>(row.Int(5));
    v.plan.ends_minute = static_cast<int>(row.Int(6));
    v.plan.purpose = row.String(7);
    v.plan.look_fors = row.String(8);
    v.plan.capacity = static_cast<int>(row.Int(9));
    v.plan.release_day = row.Int(10) != 0;
    v.illustrative = row.Int(11) != 0;
    v.offered_by = row.Int(12);
    v.attendance_taken_at = row.OptionalInt(13);
    v.taken = static_cast<int>(row.Int(14));
    visits.push_back(std::move(v));
  }));
  return visits;
}

core::Result<void> VisitsStore::LoadVisitors(Visit& visit) {
  VISITS_TRY(db_.Execute(
      "SELECT u.person_id, COALESCE(p.display_name, ''), COALESCE(" + std::string(kVisitorSchool) +
          ", ''), u.state, u.attended, u.notes, u.take_back, COALESCE(u.reflected_at, 0)"
          " FROM school_visit_signups u"
          " LEFT JOIN published_people p ON p.district_id = u.district_id AND p.id = u.person_id"
          " WHERE u.district_id = $1 AND u.visit_id = $2 ORDER BY u.state DESC, 2, u.person_id",
      {district_id_, visit.id}, [&](const db::Row& row) {
        Visitor v;
        v.person_id = row.Int(0);
        v.name = row.String(1);
        v.from = row.String(2);
        v.cancelled = row.Text(3) == "cancelled";
        if (!row.IsNull(4)) v.attended = row.Int(4) != 0;
        v.notes = row.String(5);
        v.take_back = row.String(6);
        v.reflected_at = row.Int(7);
        visit.visitors.push_back(std::move(v));
      }));
  return {};
}

core::Result<std::optional<Visit>> VisitsStore::Load(std::int64_t id) {
  auto found = Visits(" WHERE v.district_id = $1 AND v.id = $2", {district_id_, id});
  if (!found) return std::unexpected(found.error());
  if (found->empty()) return std::optional<Visit>{};
  VISITS_TRY(LoadVisitors(found->front()));
  return std::optional<Visit>{std::move(found->front())};
}

core::Result<std::vector<Visit>> VisitsStore::Upcoming(const core::LocalDate& from) {
  return Visits(" WHERE v.district_id = $1 AND v.held_on >= $2 ORDER BY v.held_on, v.starts_minute, v.id",
                {district_id_, core::FormatIsoDate(from)});
}

core::Result<std::vector<Visit>> VisitsStore::OfSchool(std::int64_t school_id) {
  return Visits(" WHERE v.district_id = $1 AND v.school_id = $2 ORDER BY v.held_on DESC, v.starts_minute DESC, v.id",
                {district_id_, school_id});
}

core::Result<std::vector<Visit>> VisitsStore::SignedUpBy(std::int64_t person_id) {
  return Visits(
      " WHERE v.district_id = $1 AND v.id IN (SELECT u.visit_id FROM school_visit_signups u"
      "  WHERE u.district_id = $1 AND u.person_id = $2 AND u.state = 'signed_up')"
      " ORDER BY v.held_on, v.starts_minute, v.id",
      {district_id_, person_id});
}

core::Result<std::int64_t> VisitsStore::AttendanceDue(std::int64_t school_id, const core::LocalDate& today) {
  auto count = db_.QueryInt(
      "SELECT COUNT(*) FROM school_visits v WHERE v.district_id = $1 AND v.school_id = $2 AND v.held_on <= $3"
      " AND v.attendance_taken_at IS NULL AND EXISTS (SELECT 1 FROM school_visit_signups u"
      "  WHERE u.district_id = v.district_id AND u.visit_id = v.id AND u.state = 'signed_up')",
      {district_id_, school_id, core::FormatIsoDate(today)});
  if (!count) return std::unexpected(count.error());
  return count->value_or(0);
}

core::Result<std::int64_t> VisitsStore::ToReflect(std::int64_t person_id) {
  auto count = db_.QueryInt(
      "SELECT COUNT(*) FROM school_visit_signups WHERE district_id = $1 AND person_id = $2 AND state = 'signed_up'"
      " AND attended = 1 AND reflected_at IS NULL",
      {district_id_, person_id});
  if (!count) return std::unexpected(count.error());
  return count->value_or(0);
}

core::Result<void> VisitsStore::Lock(std::int64_t visit_id) {
  VISITS_TRY(db_.Exec("UPDATE school_visits SET revision = revision + 1 WHERE district_id = $1 AND id = $2",
                      {district_id_, visit_id}));
  return {};
}

core::Result<int> VisitsStore::SeatsTaken(std::int64_t visit_id) {
  auto count = db_.QueryInt(
      "SELECT COUNT(*) FROM school_visit_signups WHERE district_id = $1 AND visit_id = $2 AND state = 'signed_up'",
      {district_id_, visit_id});
  if (!count) return std::unexpected(count.error());
  return static_cast<int>(count->value_or(0));
}

core::Result<bool> VisitsStore::HoldsSeat(std::int64_t visit_id, std::int64_t person_id) {
  auto count = db_.QueryInt(
      "SELECT COUNT(*) FROM school_visit_signups WHERE district_id = $1 AND visit_id = $2 AND person_id = $3"
      " AND state = 'signed_up'",
      {district_id_, visit_id, person_id});
  if (!count) return std::unexpected(count.error());
  return count->value_or(0) > 0;
}

core::Result<void> VisitsStore::SignUp(std::int64_t visit_id, std::int64_t person_id, std::int64_t now) {
  VISITS_TRY(db_.Exec(
      "INSERT INTO school_visit_signups (district_id, visit_id, person_id, state, signed_up_at)"
      " VALUES ($1, $2, $3, 'signed_up', $4)"
      " ON CONFLICT (district_id, visit_id, person_id) DO UPDATE SET state = 'signed_up', signed_up_at = $4,"
      " attended = NULL",
      {district_id_, visit_id, person_id, now}));
  return {};
}

core::Result<void> VisitsStore::Cancel(std::int64_t visit_id, std::int64_t person_id) {
  VISITS_TRY(db_.Exec(
      "UPDATE school_visit_signups SET state = 'cancelled' WHERE district_id = $1 AND visit_id = $2 AND person_id = $3",
      {district_id_, visit_id, person_id}));
  return {};
}

core::Result<void> VisitsStore::TakeAttendance(std::int64_t visit_id, const std::vector<std::int64_t>& present,
                                               std::int64_t by, std::int64_t now) {
  VISITS_TRY(db_.Exec("UPDATE school_visit_signups SET attended = 0 WHERE district_id = $1 AND visit_id = $2"
                      " AND state = 'signed_up'",
                      {district_id_, visit_id}));
  for (auto person : present) {
    VISITS_TRY(db_.Exec("UPDATE school_visit_signups SET attended = 1 WHERE district_id = $1 AND visit_id = $2"
                        " AND person_id = $3 AND state = 'signed_up'",
                        {district_id_, visit_id, person}));
  }
  VISITS_TRY(db_.Exec("UPDATE school_visits SET attendance_taken_by = $3, attendance_taken_at = $4"
                      " WHERE district_id = $1 AND id = $2",
                      {district_id_, visit_id, by, now}));
  return {};
}

core::Result<void> VisitsStore::Reflect(std::int64_t visit_id, std::int64_t person_id, const Reflection& reflection,
                                        std::int64_t now) {
  VISITS_TRY(db_.Exec("UPDATE school_visit_signups SET notes = $4, take_back = $5, reflected_at = $6"
                      " WHERE district_id = $1 AND visit_id = $2 AND person_id = $3",
                      {district_id_, visit_id, person_id, reflection.notes, reflection.take_back, now}));
  return {};
}

core::Result<std::optional<HostSchool>> VisitsStore::FindSchool(const std::string& slug) {
  std::optional<HostSchool> school;
  VISITS_TRY(db_.Execute("SELECT id, slug, name FROM published_schools WHERE district_id = $1 AND slug = $2",
                         {district_id_, slug},
                         [&](const db::Row& row) { school = HostSchool{row.Int(0), row.String(1), row.String(2)}; }));
  return school;
}

core::Result<bool> VisitsStore::InACohort(std::int64_t school_id) {
  auto count = db_.QueryInt("SELECT COUNT(*) FROM published_participations WHERE district_id = $1 AND school_id = $2",
                            {district_id_, school_id});
  if (!count) return std::unexpected(count.error());
  return count->value_or(0) > 0;
}

core::Result<std::vector<HostSchool>> VisitsStore::PractitionerSchools() {
  std::vector<HostSchool> schools;
  VISITS_TRY(db_.Execute(
      "SELECT s.id, s.slug, s.name FROM published_schools s WHERE s.district_id = $1 AND s.id IN"
      " (SELECT pp.school_id FROM published_participations pp WHERE pp.district_id = $1) ORDER BY s.name, s.id",
      {district_id_}, [&](const db::Row& row) { schools.push_back(HostSchool{row.Int(0), row.String(1), row.String(2)}); }));
  return schools;
}

core::Result<std::vector<std::int64_t>> VisitsStore::SchoolsOf(std::int64_t person_id) {
  std::vector<std::int64_t> ids;
  VISITS_TRY(db_.Execute("SELECT school_id FROM published_school_staff WHERE district_id = $1 AND person_id = $2",
                         {district_id_, person_id}, [&](const db::Row& row) { ids.push_back(row.Int(0)); }));
  return ids;
}

}  // namespace practica::visits
