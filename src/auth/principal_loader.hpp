// Builds a Principal from the database: the person, their active grants, their caseload.
#pragma once

#include <optional>

#include "auth/domain/principal.hpp"
#include "db/connection.hpp"

namespace practica::auth {

// nullopt when the person does not exist in the district or is deactivated.
[[nodiscard]] core::Result<std::optional<Principal>> LoadPrincipal(db::Connection& db,
                                                                  std::int64_t district_id,
                                                                  std::int64_t person_id);

// Grants not yet ended, with a label for their scope.
[[nodiscard]] core::Result<std::vector<Grant>> LoadGrants(db::Connection& db,
                                                         std::int64_t district_id,
                                                         std::int64_t person_id);

}  // namespace practica::auth
