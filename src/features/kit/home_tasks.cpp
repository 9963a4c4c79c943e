#include "features/kit/home_tasks.hpp"

namespace practica::features {

bool Holds(const auth::Principal& who, auth::Role role, const core::LocalDate& today) {
  for (const auto& grant : who.grants) {
    if (grant.role == role && grant.ActiveOn(today)) return true;
  }
  return false;
}

bool HoldsAt(const auth::Principal& who, auth::Role role, auth::ScopeKind scope, std::int64_t scope_id,
             const core::LocalDate& today) {
  for (const auto& grant : who.grants) {
    if (grant.role == role && grant.scope == scope && grant.scope_id == scope_id && grant.ActiveOn(today)) {
      return true;
    }
  }
  return false;
}

}  // namespace practica::features
