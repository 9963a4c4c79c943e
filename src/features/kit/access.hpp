// Questions a page asks the permission policy beyond the route's own action: which forms to
// show, which rows a list may keep. The route guard has already judged the request itself.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "auth/domain/principal.hpp"
#include "core/school_scope.hpp"
#include "features/kit/deps.hpp"

namespace practica::features {

// Whether the person may do `action` on the resource today, in the district's calendar.
bool Allows(const Deps& deps, const auth::Principal& who, std::string_view action,
            const auth::Resource& where);

// The schools a list may show for an action: all of them for a district-wide grant, else the
// schools, local districts and caseload the person's grants of the action's roles cover.
using ListScope = core::SchoolScope;
ListScope ScopeOf(const Deps& deps, const auth::Principal& who, std::string_view action);

}  // namespace practica::features
