#include "features/kit/home_tasks.hpp"

namespace practica::features {

bool Holds(const auth::Principal& who, auth::Role role, const core::LocalDate& today) {
  for (const auto& grant : who.grants) {
    if (grant.role == role && grant.ActiveOn(today)) return true;
  }
  return false;
}

}  // namespace practica::features
