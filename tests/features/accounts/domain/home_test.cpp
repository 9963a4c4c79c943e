#include "features/accounts/domain/home.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace practica::accounts {

TEST(HomeSections, GivesACoachTheirCaseload) {
  auth::Principal coach{7, 1, "c@x.org", "C",
                        {auth::Grant{1, auth::Role::kCoach, auth::ScopeKind::kCaseload, 7, "Their caseload", {2019, 1, 1}, {}}},
                        {10}, false, ""};

  auto sections = HomeSections(coach, {2026, 11, 23}, {{10, "hope-street-es", "Hope Street ES"}}, "");

  ASSERT_EQ(sections.size(), 1u);
  ASSERT_EQ(sections[0].links.size(), 8u);  // caseload, school, sessions, log, cycles, observations, counts, forms
  EXPECT_EQ(sections[0].links[0].url, "/caseload");
  EXPECT_EQ(sections[0].links[1].url, "/schools/hope-street-es");
  EXPECT_EQ(sections[0].links[2].url, "/learning");
}

TEST(HomeSections, TakesAPrincipalToTheNewestCohortsApplicationAgreementAndCommitments) {
  auth::Principal principal{7, 1, "p@x.org", "P",
                            {auth::Grant{1, auth::Role::kPrincipal, auth::ScopeKind::kSchool, 10, "Hope Street ES", {2019, 1, 1}, {}}},
                            {}, false, ""};

  auto sections = HomeSections(principal, {2026, 11, 23}, {{10, "hope-street-es", "Hope Street ES"}}, "", "ps-4-0");

  ASSERT_EQ(sections.size(), 1u);
  ASSERT_EQ(sections[0].links.size(), 11u);
  EXPECT_EQ(sections[0].links[2].url, "/cohorts/ps-4-0/schools/hope-street-es/application");
  EXPECT_EQ(sections[0].links[3].url, "/cohorts/ps-4-0/schools/hope-street-es/participation");
  EXPECT_EQ(sections[0].links[5].url, "/cohorts/ps-4-0/schools/hope-street-es/technology-plan");
  EXPECT_EQ(sections[0].links[6].url, "/cohorts/ps-4-0/schools/hope-street-es/certification");
  EXPECT_EQ(sections[0].links[7].url, "/learning");
}

TEST(HomeSections, GivesATeacherOnTheTeamOneSectionForTheirSchoolWithEachLinkOnce) {
  auth::Principal priya{7, 1, "t@x.org", "T",
                        {auth::Grant{1, auth::Role::kTeacher, auth::ScopeKind::kSchool, 10, "Garvanza", {2019, 1, 1}, {}},
                         auth::Grant{2, auth::Role::kTeamMember, auth::ScopeKind::kSchool, 10, "Garvanza", {2019, 1, 1}, {}}},
                        {}, false, ""};

  auto sections = HomeSections(priya, {2026, 11, 23}, {{10, "garvanza", "Garvanza"}}, "", "ps-4-0");

  ASSERT_EQ(sections.size(), 1u);
  EXPECT_EQ(sections[0].role, "Teacher and practitioner team member");
  EXPECT_EQ(sections[0].links.size(), 10u) << "school, staff, application, agreement, commitments, technology plan, "
                                             "certification, sessions, coaching with you, feedback forms";
}

TEST(HomeSections, LeadsDistrictStaffToEveryPageOfTheirWork) {
  auth::Principal director{7, 1, "d@x.org", "D",
                           {auth::Grant{1, auth::Role::kDirector, auth::ScopeKind::kDistrict, 0, "District-wide", {2019, 1, 1}, {}}},
                           {}, false, ""};

  auto sections = HomeSections(director, {2026, 11, 23}, {}, "", "ps-4-0");

  ASSERT_EQ(sections.size(), 1u);
  std::vector<std::string> urls;
  for (const auto& link : sections[0].links) urls.push_back(link.url);
  for (const std::string expected : {"/people", "/audit", "/cohorts/ps-4-0/setup", "/cohorts/ps-4-0/applications",
                                     "/cohorts/ps-4-0/participations", "/cohorts/ps-4-0/commitments",
                                     "/cohorts/ps-4-0/learning", "/surveys", "/jobs", "/schools/import",
                                     "/people/import", "/cohorts/ps-4-0/reports"}) {
    EXPECT_NE(std::find(urls.begin(), urls.end(), expected), urls.end()) << expected;
  }
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
