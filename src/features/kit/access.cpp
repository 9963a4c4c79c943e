#include "features/kit/access.hpp"

#include <algorithm>

#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"

namespace practica::features {

bool Allows(const Deps& deps, const auth::Principal& who, std::string_view action,
            const auth::Resource& where) {
  const auto* rule = auth::FindAction(action);
  return rule != nullptr &&
         auth::Decide(&who, *rule, where, auth::Today(deps.clock, deps.tenant.zone)) ==
             auth::Decision::kAllow;
}

ListScope ScopeOf(const Deps& deps, const auth::Principal& who, std::string_view action) {
  ListScope scope;
  const auto* rule = auth::FindAction(action);
  if (rule == nullptr) return scope;
  const auto today = auth::Today(deps.clock, deps.tenant.zone);
  for (const auto& grant : who.grants) {
    if (!grant.ActiveOn(today)) continue;
    if (std::find(rule->roles.begin(), rule->roles.end(), grant.role) == rule->roles.end()) continue;
    switch (grant.scope) {
      case auth::ScopeKind::kDistrict: scope.everything = true; break;
      case auth::ScopeKind::kLocalDistrict: scope.local_district_ids.push_back(grant.scope_id); break;
      case auth::ScopeKind::kSchool: scope.school_ids.push_back(grant.scope_id); break;
      case auth::ScopeKind::kCaseload:
        scope.school_ids.insert(scope.school_ids.end(), who.caseload_school_ids.begin(),
                                who.caseload_school_ids.end());
        break;
    }
  }
  return scope;
}

}  // namespace practica::features
