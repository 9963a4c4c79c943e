// The one place that answers "may this person do this action here?". Every route names an
// action from this catalog; a route whose action is not here does not start.
#pragma once

#include <string_view>
#include <vector>

#include "auth/domain/principal.hpp"

namespace practica::auth {

enum class Audience {
  kAnyone,    // visitors included
  kSignedIn,  // any signed-in person, about their own things
  kRoles,     // holders of one of the rule's roles whose scope covers the resource
};

struct ActionRule {
  std::string_view action;
  Audience audience = Audience::kRoles;
  bool changes_state = false;
  std::vector<Role> roles;
  std::string_view description;
};

const std::vector<ActionRule>& ActionCatalog();
const ActionRule* FindAction(std::string_view action);

// Whether a request for this action may change who is signed in or what they may do: end a
// session, deactivate or rename a person, add or end a role, assign a coach. A server that keeps
// sessions in memory forgets them all after such a request, so its own next request sees the
// change at once; any other change reaches it as the database's notice, in milliseconds.
bool ChangesAccess(std::string_view action);

enum class Decision { kAllow, kSignIn, kForbidden };

// kSignIn when nobody is signed in and the action needs someone; kForbidden when the person
// holds no active grant whose role is allowed and whose scope covers the resource.
Decision Decide(const Principal* who, const ActionRule& rule, const Resource& where,
                const core::LocalDate& today);

// True when the grant's scope includes the resource (a local district includes its schools;
// a caseload includes the schools assigned to the coach).
bool Covers(const Grant& grant, const Resource& where, const Principal& who);

// Whether the person holds any active district-wide grant of these roles: for lists that are
// filtered in the query by the rest of the person's scopes.
bool HoldsDistrictWide(const Principal& who, const std::vector<Role>& roles,
                       const core::LocalDate& today);

}  // namespace practica::auth
