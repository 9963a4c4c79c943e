#include "auth/domain/active_grant.hpp"

namespace practica::auth {

std::string GrantHoldsOn(std::string_view alias, std::string_view day) {
  const std::string g(alias);
  const std::string d(day);
  return g + ".ended_at IS NULL AND " + g + ".starts_on <= " + d + " AND (" + g + ".ends_on IS NULL OR " + g +
         ".ends_on >= " + d + ")";
}

}  // namespace practica::auth
