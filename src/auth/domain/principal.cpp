#include "auth/domain/principal.hpp"

#include <array>

namespace practica::auth {
namespace {

struct RoleInfo {
  Role role;
  std::string_view code;
  std::string_view label;
  ScopeKind natural;
};

constexpr std::array<RoleInfo, 9> kRoles = {{
    {Role::kDirector, "director", "Director", ScopeKind::kDistrict},
    {Role::kCoordinator, "coordinator", "Coordinator", ScopeKind::kDistrict},
    {Role::kSpecialist, "specialist", "Specialist", ScopeKind::kDistrict},
    {Role::kCoach, "coach", "Instructional Technology Facilitator (coach)", ScopeKind::kCaseload},
    {Role::kInstructionalDirector, "instructional_director", "Instructional director",
     ScopeKind::kLocalDistrict},
    {Role::kPrincipal, "principal", "Principal", ScopeKind::kSchool},
    {Role::kTeamMember, "team_member", "Practitioner team member", ScopeKind::kSchool},
    {Role::kTeacher, "teacher", "Teacher", ScopeKind::kSchool},
    {Role::kReviewer, "reviewer", "Application reviewer", ScopeKind::kDistrict},
}};

const RoleInfo& Info(Role role) {
  for (const auto& info : kRoles) {
    if (info.role == role) return info;
  }
  return kRoles.back();
}

}  // namespace

std::string_view RoleCode(Role role) { return Info(role).code; }
std::string_view RoleLabel(Role role) { return Info(role).label; }
ScopeKind NaturalScope(Role role) { return Info(role).natural; }

std::optional<Role> ParseRole(std::string_view code) {
  for (const auto& info : kRoles) {
    if (info.code == code) return info.role;
  }
  return std::nullopt;
}

const std::vector<Role>& AllRoles() {
  static const std::vector<Role> kAll = [] {
    std::vector<Role> all;
    for (const auto& info : kRoles) all.push_back(info.role);
    return all;
  }();
  return kAll;
}

std::string_view ScopeKindCode(ScopeKind kind) {
  switch (kind) {
    case ScopeKind::kDistrict: return "district";
    case ScopeKind::kLocalDistrict: return "local_district";
    case ScopeKind::kSchool: return "school";
    case ScopeKind::kCaseload: return "caseload";
  }
  return "district";
}

std::optional<ScopeKind> ParseScopeKind(std::string_view code) {
  for (auto kind : {ScopeKind::kDistrict, ScopeKind::kLocalDistrict, ScopeKind::kSchool,
                    ScopeKind::kCaseload}) {
    if (ScopeKindCode(kind) == code) return kind;
  }
  return std::nullopt;
}

bool Grant::ActiveOn(const core::LocalDate& day) const {
  return starts_on <= day && (!ends_on || day <= *ends_on);
}

}  // namespace practica::auth
