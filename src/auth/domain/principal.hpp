// Who is asking: a person with roles, each held over a scope for a span of dates.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/time_zone.hpp"

namespace practica::auth {

enum class Role {
  kDirector,                // district program staff
  kCoordinator,             // district program staff
  kSpecialist,              // district program staff
  kCoach,                   // the ITF: the schools of a caseload
  kInstructionalDirector,   // a local district's instructional director
  kPrincipal,               // a school's principal (or administrator designee)
  kTeamMember,              // a member of a school's practitioner team
  kTeacher,                 // a teacher of a school
  kReviewer,                // reads and scores applications
};

enum class ScopeKind { kDistrict, kLocalDistrict, kSchool, kCaseload };

std::string_view RoleCode(Role role);    // "director"
std::string_view RoleLabel(Role role);   // "Director"
std::optional<Role> ParseRole(std::string_view code);
const std::vector<Role>& AllRoles();
std::string_view ScopeKindCode(ScopeKind kind);  // "district", "local_district", "school", "caseload"
std::optional<ScopeKind> ParseScopeKind(std::string_view code);
// The scope a role is normally held at: staff district-wide, a principal at a school, …
ScopeKind NaturalScope(Role role);

struct Grant {
  std::int64_t id = 0;
  Role role = Role::kTeacher;
  ScopeKind scope = ScopeKind::kDistrict;
  std::int64_t scope_id = 0;  // local district or school id; the coach's own id for a caseload
  std::string scope_label;    // "Hope Street ES", "Local District East", "District-wide"
  core::LocalDate starts_on;
  std::optional<core::LocalDate> ends_on;  // the last day it holds; none: open-ended

  bool ActiveOn(const core::LocalDate& day) const;
};

struct Principal {
  std::int64_t person_id = 0;
  std::int64_t district_id = 0;
  std::string email;
  std::string display_name;
  std::vector<Grant> grants;
  std::vector<std::int64_t> caseload_school_ids;  // schools assigned to this person as coach
  bool by_api_token = false;
  std::string csrf_token;  // empty for API tokens
};

// What an action is done to: nothing but the district (0s), a local district, or a school
// (with its local district, so a local district's grant covers its schools), or a person.
struct Resource {
  std::int64_t local_district_id = 0;
  std::int64_t school_id = 0;
  std::int64_t person_id = 0;
  // A list across schools (a cohort's applications, a caseload): any grant of an allowed role
  // opens it, and the route's query keeps only the rows inside the person's scopes.
  bool listing = false;
};

}  // namespace practica::auth
