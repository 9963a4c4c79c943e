#include "auth/principal_loader.hpp"

#include <algorithm>

namespace practica::auth {

core::Result<std::vector<Grant>> LoadGrants(db::Connection& db, std::int64_t district_id,
                                           std::int64_t person_id) {
  std::vector<Grant> grants;
  std::string bad_date;
  auto done = db.Execute(
      "SELECT g.id, g.role, g.scope_kind, g.scope_id, g.starts_on, COALESCE(g.ends_on, ''),"
      " COALESCE(s.name, l.name, '') FROM grants g"
      " LEFT JOIN schools s ON g.scope_kind = 'school' AND s.district_id = g.district_id"
      "  AND s.id = g.scope_id"
      " LEFT JOIN local_districts l ON g.scope_kind = 'local_district'"
      "  AND l.district_id = g.district_id AND l.id = g.scope_id"
      " WHERE g.district_id = $1 AND g.person_id = $2 AND g.ended_at IS NULL ORDER BY g.id",
      {district_id, person_id}, [&](const db::Row& row) {
        Grant grant;
        grant.id = row.Int(0);
        grant.role = ParseRole(row.Text(1)).value_or(Role::kTeacher);
        grant.scope = ParseScopeKind(row.Text(2)).value_or(ScopeKind::kSchool);
        grant.scope_id = row.Int(3);
        auto starts = core::ParseLocalDate(row.Text(4));
        if (!starts) bad_date = row.String(4);
        grant.starts_on = starts.value_or(core::LocalDate{9999, 12, 31});
        if (!row.Text(5).empty()) grant.ends_on = core::ParseLocalDate(row.Text(5)).value_or(core::LocalDate{});
        switch (grant.scope) {
          case ScopeKind::kDistrict: grant.scope_label = "District-wide"; break;
          case ScopeKind::kCaseload: grant.scope_label = "Their caseload of schools"; break;
          case ScopeKind::kLocalDistrict: grant.scope_label = "Local District " + row.String(6); break;
          case ScopeKind::kSchool: grant.scope_label = row.String(6); break;
        }
        grants.push_back(std::move(grant));
      });
  if (!done) return std::unexpected(done.error());
  return grants;
}

core::Result<std::optional<Principal>> LoadPrincipal(db::Connection& db, std::int64_t district_id,
                                                    std::int64_t person_id) {
  std::optional<Principal> principal;
  auto person = db.Execute(
      "SELECT email, display_name FROM people WHERE district_id = $1 AND id = $2 AND active = 1",
      {district_id, person_id}, [&](const db::Row& row) {
        principal = Principal{person_id, district_id, row.String(0), row.String(1), {}, {}, false, {}};
      });
  if (!person) return std::unexpected(person.error());
  if (!principal) return principal;
  auto grants = LoadGrants(db, district_id, person_id);
  if (!grants) return std::unexpected(grants.error());
  principal->grants = std::move(*grants);
  // Only a coach has a caseload; everyone else is spared the query on every request.
  const bool coach = std::any_of(principal->grants.begin(), principal->grants.end(),
                                 [](const Grant& g) { return g.role == Role::kCoach; });
  if (!coach) return principal;
  auto caseload = db.Execute(
      "SELECT school_id FROM coach_assignments WHERE district_id = $1 AND coach_person_id = $2"
      " AND ended_at IS NULL",
      {district_id, person_id},
      [&](const db::Row& row) { principal->caseload_school_ids.push_back(row.Int(0)); });
  if (!caseload) return std::unexpected(caseload.error());
  return principal;
}

}  // namespace practica::auth
