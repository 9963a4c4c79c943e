// Who may do what on these pages: the route guard decides the request itself; these answer the
// questions a page asks about the rest (which forms to show, which rows a list keeps).
#pragma once

#include <string_view>

#include "auth/domain/principal.hpp"
#include "features/kit/deps.hpp"
#include "features/participations/store/participations_store.hpp"
#include "http/router.hpp"

namespace practica::participations {

// Resolves the {school} of the path for the policy: its id and local district. kNotFound when
// there is no such school. The participation itself is the handler's business, so a person
// outside the school's scopes is refused before anyone learns whether it takes part.
http::ResourceResolver SchoolResolver(const features::Deps& deps);

auth::Resource SchoolResource(const SchoolRef& school);

// Whether the signed-in person may do `action` on the resource today.
bool May(const features::Deps& deps, const http::Request& request, std::string_view action,
         const auth::Resource& where);

// The participations `action`'s roles let the person see: everything for district-wide
// grants, else their schools, local districts and caseload.
Scope ScopeOf(const features::Deps& deps, const auth::Principal& who, std::string_view action);

}  // namespace practica::participations
