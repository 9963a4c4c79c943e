#include "auth/domain/grant_rules.hpp"

#include <algorithm>
#include <string>

namespace practica::auth {

core::Result<void> CheckGrant(const NewGrant& grant) {
  const ScopeKind natural = NaturalScope(grant.role);
  if (grant.scope != natural) {
    std::string where;
    switch (natural) {
      case ScopeKind::kDistrict: where = "district-wide"; break;
      case ScopeKind::kLocalDistrict: where = "over a local district; choose the local district"; break;
      case ScopeKind::kSchool: where = "at a school; choose the school"; break;
      case ScopeKind::kCaseload: where = "over the coach's caseload of schools"; break;
    }
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The role " + std::string(RoleLabel(grant.role)) + " is held " + where + ".",
                      {}, "scope");
  }
  if ((natural == ScopeKind::kSchool || natural == ScopeKind::kLocalDistrict) && grant.scope_id == 0) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Choose the " + std::string(natural == ScopeKind::kSchool ? "school" : "local district") +
                          " where " + std::string(RoleLabel(grant.role)) + " applies.",
                      {}, "scope");
  }
  if (grant.ends_on && *grant.ends_on < grant.starts_on) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The role cannot end (" + core::FormatIsoDate(*grant.ends_on) +
                          ") before it starts (" + core::FormatIsoDate(grant.starts_on) + ").",
                      {}, "ends_on");
  }
  return {};
}

std::int64_t SecondsToWait(const RecentFailures& failures, std::int64_t now) {
  // Locked until the window has passed since the failure that reached the limit.
  const auto wait_for = [now](const std::vector<std::int64_t>& at, std::size_t limit) -> std::int64_t {
    if (at.size() < limit) return 0;
    const std::int64_t until = at[at.size() - limit] + kThrottleWindowSeconds;
    return std::max<std::int64_t>(0, until - now);
  };
  return std::max(wait_for(failures.account, kAccountFailureLimit),
                  wait_for(failures.address, kAddressFailureLimit));
}

}  // namespace practica::auth
