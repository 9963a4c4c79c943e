#include "features/participations/routes/access.hpp"

#include <algorithm>

#include "auth/domain/policy.hpp"
#include "auth/guard.hpp"
#include "features/kit/access.hpp"

namespace practica::participations {

auth::Resource SchoolResource(const SchoolRef& school) {
  return auth::Resource{school.local_district_id, school.id, 0, false};
}

http::ResourceResolver SchoolResolver(const features::Deps& deps) {
  return [&deps](const http::Request& request) -> core::Result<auth::Resource> {
    auto db = deps.database.Acquire();
    auto school = DirectoryStore(*db, deps.tenant.id).FindSchool(request.Param("school"));
    if (!school) return std::unexpected(school.error());
    if (!*school) {
      return core::Fail(core::ErrorCode::kNotFound, "There is no school \"" + std::string(request.Param("school")) +
                                                        "\"; search for it on the schools page.");
    }
    return SchoolResource(**school);
  };
}

bool May(const features::Deps& deps, const http::Request& request, std::string_view action,
         const auth::Resource& where) {
  return request.principal && features::Allows(deps, *request.principal, action, where);
}

Scope ScopeOf(const features::Deps& deps, const auth::Principal& who, std::string_view action) {
  Scope scope;
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
        scope.school_ids.insert(scope.school_ids.end(), who.caseload_school_ids.begin(), who.caseload_school_ids.end());
        break;
    }
  }
  return scope;
}

}  // namespace practica::participations
