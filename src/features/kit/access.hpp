// Questions a page asks the permission policy beyond the route's own action: which forms to
// show, which rows a list may keep. The route guard has already judged the request itself.
#pragma once

#include <string_view>

#include "auth/domain/principal.hpp"
#include "features/kit/deps.hpp"

namespace practica::features {

// Whether the person may do `action` on the resource today, in the district's calendar.
bool Allows(const Deps& deps, const auth::Principal& who, std::string_view action,
            const auth::Resource& where);

}  // namespace practica::features
