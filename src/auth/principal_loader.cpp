#include "auth/principal_loader.hpp"

#include <algorithm>

namespace practica::auth {

namespace {

// The grant columns every query here selects, in this order: id, role, scope_kind, scope_id,
// starts_on, ends_on ('' when open), the scope's name ('' when none).
constexpr const char* kGrantJoins =
    " LEFT JOIN published_schools s ON g.scope_kind = 'school' AND s.district_id = g.district_id"
    "  AND s.id = g.scope_id"
    " LEFT JOIN published_local_districts l ON g.scope_kind = 'local_district'"
    "  AND l.district_id = g.district_id AND l.id = g.scope_id";
constexpr const char* kGrantColumns =
    "g.id, g.role, g.scope_kind, g.scope_id, g.starts_on, COALESCE(g.ends_on, ''),"
    " COALESCE(s.name, l.name, '')";

Grant ReadGrant(const db::Row& row, int first) {
  Grant grant;
  grant.id = row.Int(first);
  grant.role = ParseRole(row.Text(first + 1)).value_or(Role::kTeacher);
  grant.scope = ParseScopeKind(row.Text(first + 2)).value_or(ScopeKind::kSchool);
  grant.scope_id = row.Int(first + 3);
  // A date that does not parse opens nothing: the grant starts at the end of time.
  grant.starts_on = core::ParseLocalDate(row.Text(first + 4)).value_or(core::LocalDate{9999, 12, 31});
  if (!row.Text(first + 5).empty()) {
    grant.ends_on = core::ParseLocalDate(row.Text(first + 5)).value_or(core::LocalDate{});
  }
  switch (grant.scope) {
    case ScopeKind::kDistrict: grant.scope_label = "District-wide"; break;
    case ScopeKind::kCaseload: grant.scope_label = "Their caseload of schools"; break;
    case ScopeKind::kLocalDistrict: grant.scope_label = "Local District " + row.String(first + 6); break;
    case ScopeKind::kSchool: grant.scope_label = row.String(first + 6); break;
  }
  return grant;
}

bool IsCoach(const Principal& principal) {
  return std::any_of(principal.grants.begin(), principal.grants.end(),
                     [](const Grant& g) { return g.role == Role::kCoach; });
}

}  // namespace

core::Result<std::vector<Grant>> LoadGrants(db::Connection& db, std::int64_t district_id,
                                           std::int64_t person_id) {
  std::vector<Grant> grants;
  auto done = db.Execute(std::string("SELECT ") + kGrantColumns + " FROM grants g" + kGrantJoins +
                             " WHERE g.district_id = $1 AND g.person_id = $2 AND g.ended_at IS NULL"
                             " ORDER BY g.id",
                         {district_id, person_id},
                         [&](const db::Row& row) { grants.push_back(ReadGrant(row, 0)); });
  if (!done) return std::unexpected(done.error());
  return grants;
}

core::Result<std::map<std::int64_t, std::vector<Grant>>> LoadGrantsOf(
    db::Connection& db, std::int64_t district_id, const std::vector<std::int64_t>& person_ids) {
  std::map<std::int64_t, std::vector<Grant>> grants;
  if (person_ids.empty()) return grants;
  std::string ids;
  for (auto id : person_ids) ids += (ids.empty() ? "" : ",") + std::to_string(id);  // numbers only
  auto done = db.Execute(std::string("SELECT g.person_id, ") + kGrantColumns + " FROM grants g" + kGrantJoins +
                             " WHERE g.district_id = $1 AND g.person_id IN (" + ids + ") AND g.ended_at IS NULL"
                             " ORDER BY g.person_id, g.id",
                         {district_id},
                         [&](const db::Row& row) { grants[row.Int(0)].push_back(ReadGrant(row, 1)); });
  if (!done) return std::unexpected(done.error());
  return grants;
}

core::Result<std::optional<SessionPrincipal>> LoadSessionPrincipal(db::Connection& db,
                                                                   std::int64_t district_id,
                                                                   std::string_view token_hash) {
  // One round trip: the session row joined to its person and grants (one row per grant), then
  // the caseload's schools as rows of kind 1. A session of a deactivated person comes back
  // without a principal, so the expiry rules still apply to it.
  static const std::string kSql =
      std::string("SELECT 0, se.person_id, se.last_seen_at, se.expires_at, se.csrf_token,"
                  " pe.email, pe.display_name, ") +
      kGrantColumns +
      " FROM sessions se"
      " LEFT JOIN published_people pe ON pe.district_id = se.district_id AND pe.id = se.person_id"
      "  AND pe.active = 1"
      " LEFT JOIN grants g ON g.district_id = se.district_id AND g.person_id = pe.id"
      "  AND g.ended_at IS NULL" +
      kGrantJoins +
      " WHERE se.district_id = $1 AND se.token_hash = $2"
      " UNION ALL"
      " SELECT 1, ca.school_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL"
      " FROM sessions se JOIN coach_assignments ca ON ca.district_id = se.district_id"
      "  AND ca.coach_person_id = se.person_id AND ca.ended_at IS NULL"
      " WHERE se.district_id = $1 AND se.token_hash = $2"
      " ORDER BY 1, 8";
  std::optional<SessionPrincipal> found;
  std::vector<std::int64_t> caseload;
  auto done = db.Execute(kSql, {district_id, std::string(token_hash)}, [&](const db::Row& row) {
    if (row.Int(0) == 1) {
      caseload.push_back(row.Int(1));
      return;
    }
    if (!found) {
      found = SessionPrincipal{row.Int(1), row.Int(2), row.Int(3), row.String(4), std::nullopt};
      if (!row.IsNull(5)) {
        found->principal = Principal{row.Int(1), district_id, row.String(5), row.String(6), {}, {}, false, {}};
      }
    }
    if (found->principal && !row.IsNull(7)) found->principal->grants.push_back(ReadGrant(row, 7));
  });
  if (!done) return std::unexpected(done.error());
  // Only a coach has a caseload; assignments left from an ended coach grant do not count.
  if (found && found->principal && IsCoach(*found->principal)) {
    found->principal->caseload_school_ids = std::move(caseload);
  }
  return found;
}

core::Result<std::optional<Principal>> LoadPrincipal(db::Connection& db, std::int64_t district_id,
                                                    std::int64_t person_id) {
  std::optional<Principal> principal;
  auto person = db.Execute(
      "SELECT email, display_name FROM published_people WHERE district_id = $1 AND id = $2 AND active = 1",
      {district_id, person_id}, [&](const db::Row& row) {
        principal = Principal{person_id, district_id, row.String(0), row.String(1), {}, {}, false, {}};
      });
  if (!person) return std::unexpected(person.error());
  if (!principal) return principal;
  auto grants = LoadGrants(db, district_id, person_id);
  if (!grants) return std::unexpected(grants.error());
  principal->grants = std::move(*grants);
  // Only a coach has a caseload; everyone else is spared the query.
  if (!IsCoach(*principal)) return principal;
  auto caseload = db.Execute(
      "SELECT school_id FROM coach_assignments WHERE district_id = $1 AND coach_person_id = $2"
      " AND ended_at IS NULL",
      {district_id, person_id},
      [&](const db::Row& row) { principal->caseload_school_ids.push_back(row.Int(0)); });
  if (!caseload) return std::unexpected(caseload.error());
  return principal;
}

}  // namespace practica::auth
