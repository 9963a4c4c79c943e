#include "features/kit/access.hpp"

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

}  // namespace practica::features
