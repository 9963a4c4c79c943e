// A grant as the pages and the API show it, the same everywhere.
#pragma once

#include <boost/json/object.hpp>

#include "auth/domain/principal.hpp"

namespace practica::features {

inline boost::json::object GrantJson(const auth::Grant& grant) {
  return boost::json::object{
      {"id", grant.id},
      {"role", auth::RoleCode(grant.role)},
      {"role_label", auth::RoleLabel(grant.role)},
      {"scope", auth::ScopeKindCode(grant.scope)},
      {"scope_label", grant.scope_label},
      {"starts_on", core::FormatIsoDate(grant.starts_on)},
      {"ends_on", grant.ends_on ? boost::json::value(core::FormatIsoDate(*grant.ends_on))
                                : boost::json::value(nullptr)},
  };
}

}  // namespace practica::features
