#include "features/accounts/domain/home.hpp"

#include <gtest/gtest.h>

namespace practica::accounts {

TEST(HomeSections, GivesACoachTheirCaseload) {
  auth::Principal coach{7, 1, "c@x.org", "C",
                        {auth::Grant{1, auth::Role::kCoach, auth::ScopeKind::kCaseload, 7, "Their caseload", {2019, 1, 1}, {}}},
                        {10}, false, ""};

  auto sections = HomeSections(coach, {2026, 11, 23}, {{10, "hope-street-es", "Hope Street ES"}}, "");

  ASSERT_EQ(sections.size(), 1u);
  ASSERT_EQ(sections[0].links.size(), 1u);
  EXPECT_EQ(sections[0].links[0].url, "/schools/hope-street-es");
}

TEST(HomeSections, LeavesOutEndedRoles) {
  auth::Principal teacher{7, 1, "t@x.org", "T",
                          {auth::Grant{1, auth::Role::kTeacher, auth::ScopeKind::kSchool, 10, "", {2018, 1, 1}, core::LocalDate{2019, 6, 30}}},
                          {}, false, ""};

  EXPECT_TRUE(HomeSections(teacher, {2026, 11, 23}, {}, "").empty());
}

TEST(SafeNext, KeepsALocalPath) { EXPECT_EQ(SafeNext("/people?q=a"), "/people?q=a"); }

TEST(SafeNext, RefusesAnotherHost) {
  EXPECT_EQ(SafeNext("//evil.example/"), "/home");
  EXPECT_EQ(SafeNext("https://evil.example/"), "/home");
  EXPECT_EQ(SafeNext("/\\evil.example"), "/home");
}

}  // namespace practica::accounts
