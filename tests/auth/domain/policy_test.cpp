#include "auth/domain/policy.hpp"

#include <gtest/gtest.h>

namespace practica::auth {
namespace {

const core::LocalDate kToday{2026, 11, 23};

Grant Held(Role role, ScopeKind scope, std::int64_t scope_id = 0,
           core::LocalDate from = {2019, 5, 20}, std::optional<core::LocalDate> until = {}) {
  return Grant{1, role, scope, scope_id, "", from, until};
}

Principal With(std::vector<Grant> grants, std::vector<std::int64_t> caseload = {}) {
  return Principal{7, 1, "p@x.org", "P", std::move(grants), std::move(caseload), false, "t"};
}

const ActionRule& Rule(std::string_view action) { return *FindAction(action); }

}  // namespace

TEST(Decide, LetsAnyoneReadThePublicProgram) {
  EXPECT_EQ(Decide(nullptr, Rule("cohorts.read"), {}, kToday), Decision::kAllow);
}

TEST(Decide, SendsAVisitorToSignInForAnythingElse) {
  EXPECT_EQ(Decide(nullptr, Rule("account.read"), {}, kToday), Decision::kSignIn);
  EXPECT_EQ(Decide(nullptr, Rule("people.read"), {}, kToday), Decision::kSignIn);
}

TEST(Decide, LetsAPrincipalSeeTheirOwnSchoolsStaffOnly) {
  const auto principal = With({Held(Role::kPrincipal, ScopeKind::kSchool, 10)});

  EXPECT_EQ(Decide(&principal, Rule("school.staff.read"), {3, 10, 0}, kToday), Decision::kAllow);
  EXPECT_EQ(Decide(&principal, Rule("school.staff.read"), {3, 11, 0}, kToday), Decision::kForbidden);
}

TEST(Decide, LetsALocalDistrictsDirectorSeeItsSchools) {
  const auto director = With({Held(Role::kInstructionalDirector, ScopeKind::kLocalDistrict, 3)});

  EXPECT_EQ(Decide(&director, Rule("school.staff.read"), {3, 10, 0}, kToday), Decision::kAllow);
  EXPECT_EQ(Decide(&director, Rule("school.staff.read"), {4, 12, 0}, kToday), Decision::kForbidden);
}

TEST(Decide, LetsACoachSeeTheCaseloadOnly) {
  const auto coach = With({Held(Role::kCoach, ScopeKind::kCaseload, 7)}, {10, 11});

  EXPECT_EQ(Decide(&coach, Rule("school.staff.read"), {3, 11, 0}, kToday), Decision::kAllow);
  EXPECT_EQ(Decide(&coach, Rule("school.staff.read"), {3, 12, 0}, kToday), Decision::kForbidden);
}

TEST(Decide, IgnoresAGrantOutsideItsDates) {
  const auto ended = With({Held(Role::kDirector, ScopeKind::kDistrict, 0, {2018, 7, 1}, core::LocalDate{2019, 6, 30})});
  const auto future = With({Held(Role::kDirector, ScopeKind::kDistrict, 0, {2027, 7, 1})});

  EXPECT_EQ(Decide(&ended, Rule("people.read"), {}, kToday), Decision::kForbidden);
  EXPECT_EQ(Decide(&future, Rule("people.read"), {}, kToday), Decision::kForbidden);
}

TEST(Decide, HoldsAGrantThroughItsLastDay) {
  const auto director = With({Held(Role::kDirector, ScopeKind::kDistrict, 0, {2026, 1, 1}, kToday)});

  EXPECT_EQ(Decide(&director, Rule("people.read"), {}, kToday), Decision::kAllow);
}

TEST(Decide, KeepsPeopleManagementToTheDirectorAndCoordinator) {
  const auto specialist = With({Held(Role::kSpecialist, ScopeKind::kDistrict)});
  const auto coordinator = With({Held(Role::kCoordinator, ScopeKind::kDistrict)});

  EXPECT_EQ(Decide(&specialist, Rule("people.read"), {}, kToday), Decision::kAllow);
  EXPECT_EQ(Decide(&specialist, Rule("people.manage"), {}, kToday), Decision::kForbidden);
  EXPECT_EQ(Decide(&coordinator, Rule("people.manage"), {}, kToday), Decision::kAllow);
}

TEST(Decide, DoesNotLetASchoolRoleReachADistrictWideAction) {
  const auto principal = With({Held(Role::kPrincipal, ScopeKind::kSchool, 10)});

  EXPECT_EQ(Decide(&principal, Rule("audit.read"), {}, kToday), Decision::kForbidden);
}

TEST(ActionCatalog, MarksEveryWriteAsStateChanging) {
  for (const char* action : {"people.manage", "account.sign_in", "account.sign_out", "account.tokens"}) {
    EXPECT_TRUE(FindAction(action)->changes_state) << action;
  }
}

// The actions after which a server forgets the sessions it keeps: each is in the catalog and
// changes state (a name that drifted from the catalog would silently forget nothing).
TEST(ChangesAccess, NamesTheCatalogsActionsThatEndSessionsOrChangeRoles) {
  for (const char* action : {"account.sign_out", "account.recover", "people.manage", "teams.manage",
                             "participations.manage"}) {
    ASSERT_NE(FindAction(action), nullptr) << action;
    EXPECT_TRUE(FindAction(action)->changes_state) << action;
    EXPECT_TRUE(ChangesAccess(action)) << action;
  }
  // Signing in opens a new session and changes none that is kept; evidence changes no one.
  EXPECT_FALSE(ChangesAccess("account.sign_in"));
  EXPECT_FALSE(ChangesAccess("commitments.submit"));
  EXPECT_FALSE(ChangesAccess("account.notifications"));
}

}  // namespace practica::auth
