#include "features/commitments/store/reminders_store.hpp"

#include "auth/domain/active_grant.hpp"

namespace practica::commitments {

core::Result<std::vector<IssuedSchool>> RemindersStore::Schools(std::string_view extra,
                                                                db::Params params) {
  std::string sql =
      "SELECT DISTINCT c.id, c.slug, c.number, s.id, s.slug, s.name"
      " FROM school_commitments sc"
      " JOIN published_cohorts c ON c.district_id = sc.district_id AND c.id = sc.cohort_id"
      " JOIN published_schools s ON s.district_id = sc.district_id AND s.id = sc.school_id"
      " LEFT JOIN published_participation_details pd ON pd.district_id = sc.district_id"
      "  AND pd.cohort_id = sc.cohort_id AND pd.school_id = sc.school_id"
      " WHERE sc.district_id = $1 AND sc.party = 'school' AND pd.retracted_at IS NULL";
  sql += extra;
  sql += " ORDER BY c.slug, s.name, s.id";
  std::vector<IssuedSchool> schools;
  auto done = db_.Execute(sql, params, [&](const db::Row& row) {
    schools.push_back({row.Int(0), row.String(1), row.String(2), row.Int(3), row.String(4),
                       row.String(5)});
  });
  if (!done) return std::unexpected(done.error());
  return schools;
}

core::Result<std::vector<IssuedSchool>> RemindersStore::IssuedSchools() {
  return Schools("", {district_id_});
}

core::Result<std::vector<IssuedSchool>> RemindersStore::Caseload(std::int64_t coach_person_id) {
  return Schools(
      " AND EXISTS (SELECT 1 FROM published_participation_coaches pc WHERE pc.district_id = sc.district_id"
      " AND pc.cohort_id = sc.cohort_id AND pc.school_id = sc.school_id"
      " AND pc.coach_person_id = $2 AND pc.ended_at IS NULL)",
      {district_id_, coach_person_id});
}

core::Result<std::vector<Recipient>> RemindersStore::SchoolTeam(std::int64_t cohort_id,
                                                                std::int64_t school_id,
                                                                const core::LocalDate& today) {
  const std::string day = core::FormatIsoDate(today);
  std::vector<Recipient> people;
  auto done = db_.Execute(
      "SELECT p.id, p.email, p.display_name FROM published_people p WHERE p.district_id = $1"
      " AND p.active = 1 AND (p.id IN (SELECT g.person_id FROM published_grants g WHERE g.district_id = $1"
      "  AND g.role = 'principal' AND g.scope_kind = 'school' AND g.scope_id = $3"
      "  AND " + auth::GrantHoldsOn("g", "$4") + ")"
      " OR p.id IN (SELECT t.person_id FROM published_team_members t WHERE t.district_id = $1"
      "  AND t.cohort_id = $2 AND t.school_id = $3 AND t.removed_at IS NULL))"
      " ORDER BY p.display_name, p.id",
      {district_id_, cohort_id, school_id, day}, [&](const db::Row& row) {
        people.push_back({row.Int(0), row.String(1), row.String(2)});
      });
  if (!done) return std::unexpected(done.error());
  return people;
}

core::Result<std::vector<Recipient>> RemindersStore::Coaches() {
  std::vector<Recipient> coaches;
  auto done = db_.Execute(
      "SELECT p.id, p.email, p.display_name FROM published_people p WHERE p.district_id = $1"
      " AND p.active = 1 AND p.id IN (SELECT pc.coach_person_id FROM published_participation_coaches pc"
      "  WHERE pc.district_id = $1 AND pc.ended_at IS NULL)"
      " ORDER BY p.display_name, p.id",
      {district_id_}, [&](const db::Row& row) {
        coaches.push_back({row.Int(0), row.String(1), row.String(2)});
      });
  if (!done) return std::unexpected(done.error());
  return coaches;
}

}  // namespace practica::commitments
