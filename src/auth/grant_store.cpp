#include "auth/grant_store.hpp"

#include "auth/principal_loader.hpp"

namespace practica::auth {

core::Result<Grant> GrantStore::Add(NewGrant grant, std::int64_t granted_by, std::int64_t now) {
  if (grant.scope == ScopeKind::kDistrict) grant.scope_id = 0;
  if (grant.scope == ScopeKind::kCaseload) grant.scope_id = grant.person_id;
  if (auto checked = CheckGrant(grant); !checked) return std::unexpected(checked.error());
  if (grant.scope == ScopeKind::kSchool || grant.scope == ScopeKind::kLocalDistrict) {
    const char* table = grant.scope == ScopeKind::kSchool ? "schools" : "local_districts";
    auto exists = db_.QueryInt(std::string("SELECT 1 FROM ") + table +
                                   " WHERE district_id = $1 AND id = $2",
                               {district_id_, grant.scope_id});
    if (!exists) return std::unexpected(exists.error());
    if (!exists->has_value()) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "That school or local district is not part of this district.", {}, "scope");
    }
  }
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  db::Value ends = grant.ends_on ? db::Value{core::FormatIsoDate(*grant.ends_on)} : db::Value{nullptr};
  auto saved = db_.Exec(
      "INSERT INTO grants (district_id, id, person_id, role, scope_kind, scope_id, starts_on,"
      " ends_on, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {district_id_, *id, grant.person_id, std::string(RoleCode(grant.role)),
       std::string(ScopeKindCode(grant.scope)), grant.scope_id, core::FormatIsoDate(grant.starts_on),
       ends, granted_by == 0 ? db::Value{nullptr} : db::Value{granted_by}, now});
  if (!saved) return std::unexpected(saved.error());
  auto grants = LoadGrants(db_, district_id_, grant.person_id);
  if (!grants) return std::unexpected(grants.error());
  for (auto& g : *grants) {
    if (g.id == *id) return g;
  }
  return core::Fail(core::ErrorCode::kInternal, "The new role could not be read back.");
}

core::Result<Grant> GrantStore::End(std::int64_t person_id, std::int64_t grant_id,
                                    std::int64_t ended_by, std::int64_t now) {
  auto grants = LoadGrants(db_, district_id_, person_id);
  if (!grants) return std::unexpected(grants.error());
  for (auto& grant : *grants) {
    if (grant.id != grant_id) continue;
    auto ended = db_.Exec(
        "UPDATE grants SET ended_at = $4, ended_by = $5 WHERE district_id = $1 AND id = $2"
        " AND person_id = $3 AND ended_at IS NULL",
        {district_id_, grant_id, person_id, now, ended_by});
    if (!ended) return std::unexpected(ended.error());
    return grant;
  }
  return core::Fail(core::ErrorCode::kNotFound,
                    "This person holds no current role with that number; it may have ended already.");
}

core::Result<bool> GrantStore::EnsureSchoolRole(std::int64_t person_id, Role role,
                                                std::int64_t school_id,
                                                const core::LocalDate& today,
                                                std::int64_t granted_by, std::int64_t now) {
  auto held = db_.QueryInt(
      "SELECT COUNT(*) FROM grants WHERE district_id = $1 AND person_id = $2 AND role = $3"
      " AND scope_kind = 'school' AND scope_id = $4 AND ended_at IS NULL"
      " AND (ends_on IS NULL OR ends_on >= $5)",
      {district_id_, person_id, std::string(RoleCode(role)), school_id, core::FormatIsoDate(today)});
  if (!held) return std::unexpected(held.error());
  if (held->value_or(0) > 0) return false;
  auto added = Add(NewGrant{person_id, role, ScopeKind::kSchool, school_id, today, std::nullopt},
                   granted_by, now);
  if (!added) return std::unexpected(added.error());
  return true;
}

core::Result<bool> GrantStore::EndSchoolRole(std::int64_t person_id, Role role,
                                             std::int64_t school_id, std::int64_t ended_by,
                                             std::int64_t now) {
  auto ended = db_.Exec(
      "UPDATE grants SET ended_at = $5, ended_by = $6 WHERE district_id = $1 AND person_id = $2"
      " AND role = $3 AND scope_kind = 'school' AND scope_id = $4 AND ended_at IS NULL",
      {district_id_, person_id, std::string(RoleCode(role)), school_id, now, ended_by});
  if (!ended) return std::unexpected(ended.error());
  return *ended > 0;
}

core::Result<void> GrantStore::AssignToCaseload(std::int64_t coach_person_id, std::int64_t school_id,
                                                std::int64_t now) {
  auto id = db_.NextId();
  if (!id) return std::unexpected(id.error());
  auto saved = db_.Exec(
      "INSERT INTO coach_assignments (district_id, id, school_id, coach_person_id, assigned_at)"
      " VALUES ($1, $2, $3, $4, $5)",
      {district_id_, *id, school_id, coach_person_id, now});
  if (!saved) return std::unexpected(saved.error());
  return {};
}

core::Result<void> GrantStore::EndCaseloadAssignment(std::int64_t coach_person_id,
                                                     std::int64_t school_id, std::int64_t now) {
  auto ended = db_.Exec(
      "UPDATE coach_assignments SET ended_at = $4 WHERE district_id = $1 AND coach_person_id = $2"
      " AND school_id = $3 AND ended_at IS NULL",
      {district_id_, coach_person_id, school_id, now});
  if (!ended) return std::unexpected(ended.error());
  return {};
}

}  // namespace practica::auth
