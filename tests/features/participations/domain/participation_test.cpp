#include "features/participations/domain/participation.hpp"

#include <gtest/gtest.h>

namespace practica::participations {
namespace {

const ParticipationName kHope{"Hope Street ES", "PS 3.0"};
const PersonRef kCastillo{7, "Ramon Castillo", "coach@practica.example"};
const PersonRef kOther{8, "Dana Cruz", "dana.cruz@practica.example"};

TEST(CheckAssignCoach, RefusesASecondCoachNamingTheCurrentOne) {
  const CoachAssignment current{1, kCastillo, 100, std::nullopt};

  auto assigned = CheckAssignCoach(kHope, false, current, kOther, true);

  ASSERT_FALSE(assigned.has_value());
  EXPECT_EQ(assigned.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(assigned.error().message, "Hope Street ES already has Ramon Castillo as its coach; end that assignment first.");
}

TEST(CheckAssignCoach, RefusesSomeoneWithoutTheCoachRole) {
  auto assigned = CheckAssignCoach(kHope, false, std::nullopt, kOther, false);

  ASSERT_FALSE(assigned.has_value());
  EXPECT_EQ(assigned.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(assigned.error().message,
            "Dana Cruz does not hold the coach role; grant it on their page under People first.");
}

TEST(CheckAssignCoach, RefusesARetractedParticipation) {
  auto assigned = CheckAssignCoach(kHope, true, std::nullopt, kCastillo, true);

  ASSERT_FALSE(assigned.has_value());
  EXPECT_EQ(assigned.error().message, "Hope Street ES's participation in PS 3.0 was retracted; it gets no coach.");
}

TEST(CheckAssignCoach, AcceptsACoachForAParticipationWithoutOne) {
  EXPECT_TRUE(CheckAssignCoach(kHope, false, std::nullopt, kCastillo, true).has_value());
}

TEST(CheckEndCoach, RefusesWhenThereIsNoCoach) {
  auto ended = CheckEndCoach(kHope, std::nullopt);

  ASSERT_FALSE(ended.has_value());
  EXPECT_EQ(ended.error().message, "Hope Street ES has no coach for PS 3.0 to end; assign one instead.");
}

TEST(CheckRetraction, NeedsAReason) {
  auto reason = CheckRetraction(kHope, std::nullopt, "   ");

  ASSERT_FALSE(reason.has_value());
  EXPECT_EQ(reason.error().field, "reason");
  EXPECT_EQ(reason.error().message, "Give the reason for retracting; the school reads it in the e-mail it gets.");
}

TEST(CheckRetraction, RefusesRetractingTwice) {
  auto reason = CheckRetraction(kHope, Retraction{"r", PersonRef{1, "Sophia Mendoza", "s@x"}, 5}, "again");

  ASSERT_FALSE(reason.has_value());
  EXPECT_EQ(reason.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(reason.error().message, "Hope Street ES's participation in PS 3.0 was already retracted by Sophia Mendoza.");
}

TEST(CheckLeads, NeedsTheTechnologyLeadsClassification) {
  auto checked = CheckLeads(Leads{kOther, std::nullopt, std::nullopt});

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "tech_lead_classification");
}

TEST(NotPartOf, NamesTheSchoolAndTheCohort) {
  EXPECT_EQ(NotPartOf(kHope), "Hope Street ES is not part of PS 3.0; the school's page lists the cohorts it took part in.");
}

TEST(WhatIsMissing, ListsSignaturesTeamLeadsAndCoachInOrder) {
  const Leadership leaders{"Hope Street ES", "East", {kOther}, {}};
  auto agreement = ComputeAgreement(1, {}, leaders, false);

  auto missing = WhatIsMissing(agreement, {}, false, Leads{}, false);

  ASSERT_EQ(missing.size(), 9u);
  EXPECT_EQ(missing[0], "Dana Cruz, principal of Hope Street ES, has not signed yet.");
  EXPECT_EQ(missing[2], "The team needs the principal or an administrator designee.");
  EXPECT_EQ(missing[6], "Designate a technology support lead (certificated or classified staff).");
  EXPECT_EQ(missing[8], "No coach (ITF) is assigned yet; the program office assigns one.");
}

TEST(WhatIsMissing, AsksToConfirmACompleteDraftTeam) {
  const Leadership leaders{"Hope Street ES", "East", {}, {}};
  std::vector<TeamMember> team{{1, kOther, MemberKind::kPrincipal, true},
                               {2, kCastillo, MemberKind::kTeacher, true},
                               {3, PersonRef{9, "Ana Ruiz", "a@x"}, MemberKind::kSupport, true}};

  auto missing = WhatIsMissing(ComputeAgreement(1, {}, leaders, false), team, false, Leads{}, true);

  EXPECT_NE(std::find(missing.begin(), missing.end(),
                      "The team is complete; the principal or a team member confirms it."),
            missing.end());
}

TEST(WhatIsMissing, IsEmptyForARetractedParticipation) {
  const Leadership leaders{"Hope Street ES", "East", {}, {}};

  EXPECT_TRUE(WhatIsMissing(ComputeAgreement(1, {}, leaders, true), {}, false, Leads{}, false).empty());
}

}  // namespace
}  // namespace practica::participations
