#include "features/applications/domain/review.hpp"

#include <gtest/gtest.h>

namespace practica::applications {
namespace {

constexpr std::int64_t kHope = 501;  // a school
constexpr std::int64_t kEast = 7;    // its local district
const core::LocalDate kToday{2026, 11, 23};

HeldRole Role(std::string role, std::string label, RoleScope scope, std::int64_t id, std::string where) {
  return HeldRole{std::move(role), std::move(label), scope, id, std::move(where), {2019, 5, 20}, std::nullopt};
}

const HeldRole kReviewer = Role("reviewer", "Reviewer", RoleScope::kDistrict, 0, "District-wide");

Setup Ps3() {
  Setup setup;
  setup.cohort.number = "3.0";
  setup.cohort.title = "Innovative Designer";
  setup.site_visits_from = core::LocalDate{2018, 4, 9};
  setup.site_visits_to = core::LocalDate{2018, 5, 4};
  setup.criteria = {{21, 1, "An experienced ILT."}, {22, 2, "Dedicated digital resources."}};
  return setup;
}

}  // namespace

TEST(ReviewerConflict, FindsARoleAtTheSchool) {
  const auto principal = Role("principal", "Principal", RoleScope::kSchool, kHope, "Hope Street ES");

  auto conflict = ReviewerConflict({kReviewer, principal}, kHope, kEast, kToday);

  ASSERT_TRUE(conflict.has_value());
  EXPECT_EQ(conflict->role, "principal");
}

TEST(ReviewerConflict, FindsARoleOverTheSchoolsLocalDistrict) {
  const auto director = Role("instructional_director", "Instructional director", RoleScope::kLocalDistrict, kEast,
                             "Local District East");

  EXPECT_TRUE(ReviewerConflict({kReviewer, director}, kHope, kEast, kToday).has_value());
}

TEST(ReviewerConflict, IgnoresOtherSchoolsDistrictRolesAndRolesNotHeldToday) {
  auto elsewhere = Role("principal", "Principal", RoleScope::kSchool, 999, "Garvanza");
  auto ended = Role("teacher", "Teacher", RoleScope::kSchool, kHope, "Hope Street ES");
  ended.ends_on = core::LocalDate{2026, 6, 30};
  auto future = Role("teacher", "Teacher", RoleScope::kSchool, kHope, "Hope Street ES");
  future.starts_on = core::LocalDate{2027, 1, 1};
  const auto staff = Role("specialist", "Specialist", RoleScope::kDistrict, 0, "District-wide");

  EXPECT_FALSE(ReviewerConflict({kReviewer, elsewhere, ended, future, staff}, kHope, kEast, kToday).has_value());
}

TEST(ReviewerConflict, IgnoresALocalDistrictWhenTheSchoolHasNone) {
  const auto director = Role("instructional_director", "Instructional director", RoleScope::kLocalDistrict, 0, "");

  EXPECT_FALSE(ReviewerConflict({director}, kHope, 0, kToday).has_value());
}

TEST(CheckReviewerFree, NamesTheReviewerTheSchoolAndTheRole) {
  const auto principal = Role("principal", "Principal", RoleScope::kSchool, kHope, "Hope Street ES");

  auto refused = CheckReviewerFree("Hannah Kim", "Hope Street ES", {kReviewer, principal}, kHope, kEast, kToday);

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(refused.error().message,
            "Hannah Kim cannot review Hope Street ES: they are Principal at Hope Street ES. Reviewers come from "
            "outside the school and its local district; assign someone else.");
}

TEST(CheckMayReview, NeedsAReviewingRole) {
  const auto teacher = Role("teacher", "Teacher", RoleScope::kSchool, 999, "Garvanza");

  EXPECT_TRUE(CheckMayReview("Dominic Caguioa", {kReviewer}, kToday).has_value());
  EXPECT_EQ(CheckMayReview("Priya Shah", {teacher}, kToday).error().message,
            "Priya Shah holds no reviewer role; grant them the Reviewer role on the People page first.");
}

TEST(CheckScores, RefusesAScoreOutsideTheRubric) {
  auto refused = CheckScores(Ps3().criteria, {{21, 3, ""}, {22, 9, ""}});

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().field, "score_22");
  EXPECT_EQ(refused.error().message,
            "The score for criterion 2 (\"Dedicated digital resources.\") must be from 1 (Not yet in place) to 4 "
            "(Exemplary); got 9.");
}

TEST(CheckScores, AsksForEveryCriterionOnce) {
  auto missing = CheckScores(Ps3().criteria, {{21, 3, ""}});
  auto twice = CheckScores(Ps3().criteria, {{21, 3, ""}, {21, 2, ""}, {22, 1, ""}});

  EXPECT_EQ(missing.error().message, "Score criterion 2 (\"Dedicated digital resources.\") too; a review scores every criterion.");
  EXPECT_EQ(twice.error().message, "Criterion 1 is scored twice; score it once.");
  EXPECT_TRUE(CheckScores(Ps3().criteria, {{21, 3, "Strong ILT"}, {22, 1, ""}}).has_value());
}

TEST(CheckSiteVisit, RefusesADayOutsideTheWindowNamingIt) {
  auto refused = CheckSiteVisit({{2018, 5, 7}, "Sophia Mendoza", ""}, Ps3());

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().message,
            "Site visits for PS 3.0 take place April 9 to May 4, 2018; Monday, May 7, 2018 is outside that window.");
  EXPECT_EQ(refused.error().field, "visited_on");
}

TEST(CheckSiteVisit, AcceptsBothEndsOfTheWindow) {
  EXPECT_TRUE(CheckSiteVisit({{2018, 4, 9}, "Sophia Mendoza", ""}, Ps3()).has_value());
  EXPECT_TRUE(CheckSiteVisit({{2018, 5, 4}, "Allison Jonas", ""}, Ps3()).has_value());
}

}  // namespace practica::applications
