// Who is told when district staff return or approve a school's technology plan, read through
// the rooms' published views (team members, grants, people).
#include "auth/domain/active_grant.hpp"
#include "features/techplans/store/techplans_store.hpp"

namespace practica::techplans {

core::Result<std::vector<TechPlansStore::Recipient>> TechPlansStore::PlanTeam(std::int64_t cohort_id,
                                                                               std::int64_t school_id,
                                                                               const core::LocalDate& today) {
  std::vector<Recipient> team;
  auto done = db_.Execute(
      "SELECT p.id, p.display_name, p.email FROM published_people p WHERE p.district_id = $1 AND p.active = 1"
      " AND p.id IN (SELECT t.person_id FROM published_team_members t WHERE t.district_id = $1"
      " AND t.cohort_id = $2 AND t.school_id = $3 AND t.removed_at IS NULL"
      " UNION SELECT g.person_id FROM published_grants g WHERE g.district_id = $1 AND g.role = 'principal'"
      " AND g.scope_kind = 'school' AND g.scope_id = $3 AND " +
          auth::GrantHoldsOn("g", "$4") + ") ORDER BY p.display_name, p.id",
      {district_id_, cohort_id, school_id, core::FormatIsoDate(today)},
      [&](const db::Row& row) { team.push_back(Recipient{row.Int(0), row.String(1), row.String(2)}); });
  if (!done) return std::unexpected(done.error());
  return team;
}

}  // namespace practica::techplans
