#include "features/participations/domain/agreement.hpp"

#include <gtest/gtest.h>

namespace practica::participations {
namespace {

const PersonRef kOrtiz{1, "Elena Ortiz", "principal@practica.example"};
const PersonRef kLee{2, "Marcus Lee", "director.northeast@practica.example"};
const PersonRef kNewPrincipal{3, "Jane Doe", "jane.doe@practica.example"};

Leadership Garvanza(std::vector<PersonRef> principals = {kOrtiz}, std::vector<PersonRef> directors = {kLee}) {
  return Leadership{"Garvanza ES", "Northeast", std::move(principals), std::move(directors)};
}

Signature Signed(Slot slot, const PersonRef& who, int version) {
  return Signature{0, slot, who.id, who.name, version, "hash", 100};
}

TEST(ComputeAgreement, AwaitsBothSignaturesSayingWhoIsMissing) {
  auto status = ComputeAgreement(1, {}, Garvanza(), false);

  EXPECT_EQ(status.state, State::kAwaitingSignatures);
  EXPECT_EQ(status.missing, (std::vector<std::string>{
                                "Elena Ortiz, principal of Garvanza ES, has not signed yet.",
                                "Marcus Lee, instructional director of Local District Northeast, has not signed yet."}));
}

TEST(ComputeAgreement, StaysAwaitingWithOnlyThePrincipalsSignature) {
  auto status = ComputeAgreement(1, {Signed(Slot::kPrincipal, kOrtiz, 1)}, Garvanza(), false);

  EXPECT_EQ(status.state, State::kAwaitingSignatures);
  EXPECT_EQ(status.slots[0].state, SlotState::kSigned);
  EXPECT_EQ(status.missing, (std::vector<std::string>{
                                "Marcus Lee, instructional director of Local District Northeast, has not signed yet."}));
}

TEST(ComputeAgreement, IsActiveWhenBothCurrentLeadersSignedTheCurrentVersion) {
  auto status = ComputeAgreement(
      1, {Signed(Slot::kPrincipal, kOrtiz, 1), Signed(Slot::kInstructionalDirector, kLee, 1)}, Garvanza(), false);

  EXPECT_EQ(status.state, State::kActive);
  EXPECT_TRUE(status.missing.empty());
}

TEST(ComputeAgreement, NeedsReaffirmationWhenANewPrincipalHoldsTheRole) {
  auto status = ComputeAgreement(
      1, {Signed(Slot::kPrincipal, kOrtiz, 1), Signed(Slot::kInstructionalDirector, kLee, 1)},
      Garvanza({kNewPrincipal}), false);

  EXPECT_EQ(status.state, State::kNeedsReaffirmation);
  EXPECT_EQ(status.slots[0].state, SlotState::kNeedsReaffirmation);
  EXPECT_EQ(status.missing, (std::vector<std::string>{
                                "Elena Ortiz signed as principal of Garvanza ES but no longer holds that role; the "
                                "new principal, Jane Doe, needs to reaffirm the agreement."}));
}

TEST(ComputeAgreement, IsActiveAgainOnceTheNewPrincipalReaffirms) {
  auto status = ComputeAgreement(1,
                                 {Signed(Slot::kPrincipal, kOrtiz, 1), Signed(Slot::kInstructionalDirector, kLee, 1),
                                  Signed(Slot::kPrincipal, kNewPrincipal, 1)},
                                 Garvanza({kNewPrincipal}), false);

  EXPECT_EQ(status.state, State::kActive);
  EXPECT_EQ(status.slots[0].signature->name, "Jane Doe");
}

TEST(ComputeAgreement, NeedsReaffirmationWhileTheDirectorsRoleIsVacant) {
  auto status = ComputeAgreement(
      1, {Signed(Slot::kPrincipal, kOrtiz, 1), Signed(Slot::kInstructionalDirector, kLee, 1)}, Garvanza({kOrtiz}, {}),
      false);

  EXPECT_EQ(status.state, State::kNeedsReaffirmation);
  EXPECT_EQ(status.missing[0],
            "Marcus Lee signed as instructional director of Local District Northeast but no longer holds that "
            "role; once the program office grants the role to the new instructional director, they reaffirm "
            "the agreement.");
}

TEST(ComputeAgreement, ASignatureOnAnOlderVersionDoesNotCount) {
  auto status = ComputeAgreement(
      2, {Signed(Slot::kPrincipal, kOrtiz, 1), Signed(Slot::kInstructionalDirector, kLee, 2)}, Garvanza(), false);

  EXPECT_EQ(status.state, State::kAwaitingSignatures);
  EXPECT_EQ(status.missing, (std::vector<std::string>{
                                "Elena Ortiz signed version 1; version 2 is current, so the principal of Garvanza ES "
                                "signs again."}));
}

TEST(ComputeAgreement, SaysWhenNobodyHoldsThePrincipalRole) {
  auto status = ComputeAgreement(1, {}, Garvanza({}), false);

  EXPECT_EQ(status.missing[0],
            "Nobody holds the principal role at Garvanza ES; the program office grants it, then the principal signs.");
}

TEST(ComputeAgreement, AwaitsAPublishedAgreement) {
  auto status = ComputeAgreement(std::nullopt, {}, Garvanza(), false);

  EXPECT_EQ(status.state, State::kAwaitingSignatures);
  EXPECT_EQ(status.missing, (std::vector<std::string>{"No agreement is published for this cohort yet; the program "
                                                      "office publishes it before anyone signs."}));
}

TEST(ComputeAgreement, RetractedOverridesEveryOtherState) {
  auto status = ComputeAgreement(
      1, {Signed(Slot::kPrincipal, kOrtiz, 1), Signed(Slot::kInstructionalDirector, kLee, 1)}, Garvanza(), true);

  EXPECT_EQ(status.state, State::kRetracted);
  EXPECT_EQ(StateLabel(status.state), "Retracted");
}

TEST(CheckSigning, GivesThePrincipalThePrincipalsSlot) {
  auto status = ComputeAgreement(1, {}, Garvanza(), false);

  auto slot = CheckSigning(status, Garvanza(), 1, kOrtiz.id, 1, "PS 4.0");

  ASSERT_TRUE(slot.has_value());
  EXPECT_EQ(*slot, Slot::kPrincipal);
}

TEST(CheckSigning, RefusesAnOldVersionNamingTheCurrentOne) {
  auto status = ComputeAgreement(2, {}, Garvanza(), false);

  auto slot = CheckSigning(status, Garvanza(), 2, kLee.id, 1, "PS 4.0");

  ASSERT_FALSE(slot.has_value());
  EXPECT_EQ(slot.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(slot.error().message,
            "You are signing version 1 of the PS 4.0 agreement, but version 2 is current; read version 2 and sign it.");
  EXPECT_EQ(slot.error().field, "version");
}

TEST(CheckSigning, RefusesSomeoneWhoHoldsNeitherRole) {
  auto status = ComputeAgreement(1, {}, Garvanza(), false);

  auto slot = CheckSigning(status, Garvanza(), 1, kNewPrincipal.id, 1, "PS 4.0");

  ASSERT_FALSE(slot.has_value());
  EXPECT_EQ(slot.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(slot.error().message,
            "Only the principal of Garvanza ES or the instructional director of Local District Northeast signs "
            "this agreement.");
}

TEST(CheckSigning, RefusesASecondSignatureOfTheSameSlot) {
  auto status = ComputeAgreement(1, {Signed(Slot::kPrincipal, kOrtiz, 1)}, Garvanza(), false);

  auto slot = CheckSigning(status, Garvanza(), 1, kOrtiz.id, 1, "PS 4.0");

  ASSERT_FALSE(slot.has_value());
  EXPECT_EQ(slot.error().message,
            "The principal of Garvanza ES already signed version 1 (Elena Ortiz); there is nothing more for you to sign.");
}

TEST(CheckSigning, RefusesARetractedParticipation) {
  auto status = ComputeAgreement(1, {}, Garvanza(), true);

  auto slot = CheckSigning(status, Garvanza(), 1, kOrtiz.id, 1, "PS 4.0");

  ASSERT_FALSE(slot.has_value());
  EXPECT_EQ(slot.error().message,
            "Garvanza ES's participation in PS 4.0 was retracted; its agreement can no longer be signed.");
}

TEST(CheckSigning, LetsTheNewPrincipalReaffirm) {
  const std::vector<Signature> signatures{Signed(Slot::kPrincipal, kOrtiz, 1)};
  auto status = ComputeAgreement(1, signatures, Garvanza({kNewPrincipal}), false);

  auto slot = CheckSigning(status, Garvanza({kNewPrincipal}), 1, kNewPrincipal.id, 1, "PS 4.0");

  ASSERT_TRUE(slot.has_value());
  EXPECT_EQ(*slot, Slot::kPrincipal);
}

}  // namespace
}  // namespace practica::participations
