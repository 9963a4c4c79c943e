#include "auth/domain/grant_rules.hpp"

#include <gtest/gtest.h>

namespace practica::auth {

TEST(CheckGrant, RefusesAPrincipalWithoutASchool) {
  auto checked = CheckGrant({1, Role::kPrincipal, ScopeKind::kSchool, 0, {2019, 5, 20}, {}});

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().message, "Choose the school where Principal applies.");
  EXPECT_EQ(checked.error().field, "scope");
}

TEST(CheckGrant, RefusesAStaffRoleHeldAtASchool) {
  auto checked = CheckGrant({1, Role::kDirector, ScopeKind::kSchool, 10, {2019, 5, 20}, {}});

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().message, "The role Director is held district-wide.");
}

TEST(CheckGrant, RefusesAnEndBeforeTheStart) {
  auto checked = CheckGrant({1, Role::kTeacher, ScopeKind::kSchool, 10, {2019, 8, 1}, core::LocalDate{2019, 7, 31}});

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().message, "The role cannot end (2019-07-31) before it starts (2019-08-01).");
}

TEST(CheckGrant, AcceptsAOneDayRole) {
  EXPECT_TRUE(CheckGrant({1, Role::kTeacher, ScopeKind::kSchool, 10, {2019, 8, 1}, core::LocalDate{2019, 8, 1}}));
}

TEST(SecondsToWait, LetsFourFailuresThrough) {
  EXPECT_EQ(SecondsToWait({{100, 200, 300, 400}, {}}, 500), 0);
}

TEST(SecondsToWait, LocksTheAccountUntilTheWindowPassesTheFifthLastFailure) {
  EXPECT_EQ(SecondsToWait({{100, 200, 300, 400, 500}, {}}, 600), 100 + kThrottleWindowSeconds - 600);
}

TEST(SecondsToWait, LocksAnAddressAfterTwentyFailuresAcrossAccounts) {
  std::vector<std::int64_t> twenty(20, 1000);

  EXPECT_EQ(SecondsToWait({{}, twenty}, 1000), kThrottleWindowSeconds);
}

}  // namespace practica::auth
