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
  return features::ScopeOf(deps, who, action);
}

}  // namespace practica::participations
