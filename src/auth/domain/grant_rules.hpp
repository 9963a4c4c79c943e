// What makes a grant sensible before it is stored.
#pragma once

#include <optional>

#include "auth/domain/principal.hpp"
#include "core/error.hpp"

namespace practica::auth {

struct NewGrant {
  std::int64_t person_id = 0;
  Role role = Role::kTeacher;
  ScopeKind scope = ScopeKind::kSchool;
  std::int64_t scope_id = 0;  // ignored for district scope; the person for a caseload
  core::LocalDate starts_on;
  std::optional<core::LocalDate> ends_on;
};

// kInvalidInput naming the field: each role is held at its natural scope (staff district-wide,
// an instructional director over a local district, a coach over a caseload, school roles at a
// school), and a grant cannot end before it starts.
[[nodiscard]] core::Result<void> CheckGrant(const NewGrant& grant);

// The sign-in throttle: how long someone must wait, in seconds, given the recent failures of
// the account and of the address (oldest first, as instants). 0 when they may try.
struct RecentFailures {
  std::vector<std::int64_t> account;  // instants of failures in the window, oldest first
  std::vector<std::int64_t> address;
};
inline constexpr int kThrottleWindowSeconds = 15 * 60;
inline constexpr std::size_t kAccountFailureLimit = 5;
inline constexpr std::size_t kAddressFailureLimit = 20;
std::int64_t SecondsToWait(const RecentFailures& failures, std::int64_t now);

}  // namespace practica::auth
