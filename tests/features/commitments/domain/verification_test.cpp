// Which of a school's commitments evidence recorded elsewhere verifies, and what it says.
#include "features/commitments/domain/verification.hpp"

#include <gtest/gtest.h>

namespace practica::commitments {
namespace {

SchoolCommitment Copy(int number, VerifiedBy key, Phase phase = Phase::kBeforeCoach) {
  SchoolCommitment item;
  item.commitment.id = 100 + number;
  item.commitment.phase = phase;
  item.commitment.number = number;
  item.commitment.due = DueRule{DueKind::kBeforeCoach};
  item.commitment.verified_by = key;
  return item;
}

Event Happened(EventKind kind, std::int64_t at) {
  Event event;
  event.kind = kind;
  event.at = at;
  return event;
}

// PS 3.0's list as the demo marks it: 1 (SSO lead), 2 (technology support lead), 5 (team),
// 13 (Planning Cohort registration), 14 with no key.
std::vector<SchoolCommitment> Ps3() {
  return {Copy(1, VerifiedBy::kSsoLead), Copy(2, VerifiedBy::kTechLead), Copy(5, VerifiedBy::kTeamConfirmed),
          Copy(13, VerifiedBy::kPlanningRegistration, Phase::kFirstMonth), Copy(14, VerifiedBy::kPerson, Phase::kOngoing)};
}

std::vector<int> Numbers(const std::vector<const SchoolCommitment*>& items) {
  std::vector<int> numbers;
  for (const auto* item : items) numbers.push_back(item->commitment.number);
  return numbers;
}

TEST(ToVerify, PicksTheItemTheTemplateMarksWithTheEvidence) {
  const auto items = Ps3();

  EXPECT_EQ(Numbers(ToVerify(items, VerifiedBy::kSsoLead)), std::vector<int>{1});
  EXPECT_EQ(Numbers(ToVerify(items, VerifiedBy::kTechLead)), std::vector<int>{2});
  EXPECT_EQ(Numbers(ToVerify(items, VerifiedBy::kTeamConfirmed)), std::vector<int>{5});
  EXPECT_EQ(Numbers(ToVerify(items, VerifiedBy::kPlanningRegistration)), std::vector<int>{13});
}

TEST(ToVerify, PicksNothingWhenNoItemCarriesTheKey) {
  auto items = Ps3();
  items[0].commitment.verified_by = VerifiedBy::kPerson;

  EXPECT_TRUE(ToVerify(items, VerifiedBy::kSsoLead).empty());
  EXPECT_TRUE(ToVerify(items, VerifiedBy::kPerson).empty()) << "a person's items are never picked";
}

TEST(ToVerify, PicksNothingWhenTheCommitmentsAreNotIssued) {
  EXPECT_TRUE(ToVerify({}, VerifiedBy::kSsoLead).empty());
}

TEST(ToVerify, NeverVerifiesTwice) {
  auto items = Ps3();
  items[0].events = {Happened(EventKind::kSubmitted, 1), Happened(EventKind::kVerified, 2)};

  EXPECT_TRUE(ToVerify(items, VerifiedBy::kSsoLead).empty());
}

TEST(ToVerify, VerifiesAgainWhatAVerifierReturned) {
  auto items = Ps3();
  items[0].events = {Happened(EventKind::kVerified, 2), Happened(EventKind::kReturned, 3)};

  EXPECT_EQ(Numbers(ToVerify(items, VerifiedBy::kSsoLead)), std::vector<int>{1});
}

TEST(ToVerify, LeavesTheDistrictsAndRecurringCommitmentsToPeople) {
  std::vector<SchoolCommitment> items = {Copy(1, VerifiedBy::kSsoLead, Phase::kDistrict),
                                         Copy(19, VerifiedBy::kTeamConfirmed, Phase::kOngoing)};
  items[1].commitment.due = DueRule{DueKind::kRecurring, std::nullopt, 1};

  EXPECT_TRUE(ToVerify(items, VerifiedBy::kSsoLead).empty());
  EXPECT_TRUE(ToVerify(items, VerifiedBy::kTeamConfirmed).empty());
}

TEST(ToVerifyByNumber, PicksTheNumberedItemWhateverItsKeyUnlessVerified) {
  auto items = Ps3();

  EXPECT_EQ(Numbers(ToVerifyByNumber(items, 14)), std::vector<int>{14});
  items[4].events = {Happened(EventKind::kVerified, 2)};
  EXPECT_TRUE(ToVerifyByNumber(items, 14).empty());
  EXPECT_TRUE(ToVerifyByNumber(items, 6).empty());
}

TEST(VerificationComment, SaysWhatVerifiedIt) {
  EXPECT_EQ(VerificationComment(VerifiedBy::kSsoLead, "Ana Ruiz"),
            "Verified when Ana Ruiz was designated the single sign-on lead");
  EXPECT_EQ(VerificationComment(VerifiedBy::kTechLead, "Kevin Tran"),
            "Verified when Kevin Tran was designated the technology support lead");
  EXPECT_EQ(VerificationComment(VerifiedBy::kTeamConfirmed, ""), "Verified when the practitioner team was confirmed");
  EXPECT_EQ(VerificationComment(VerifiedBy::kPlanningRegistration, "Planning Cohort, March 2019"),
            "Verified when the team registered for Planning Cohort, March 2019");
}

TEST(VerifiedBy, ReadsBackEveryCodeAndRefusesOthers) {
  for (auto key : AllVerifiedBy()) EXPECT_EQ(ParseVerifiedBy(VerifiedByCode(key)), key);

  EXPECT_EQ(ParseVerifiedBy(""), VerifiedBy::kPerson);
  EXPECT_EQ(VerifiedByCode(VerifiedBy::kPlanningRegistration), "planning_registration");
  EXPECT_FALSE(ParseVerifiedBy("principal").has_value());
}

TEST(CheckCommitment, RefusesAKeyOnTheDistrictsOwnCommitment) {
  Commitment item = Copy(1, VerifiedBy::kSsoLead, Phase::kDistrict).commitment;
  item.title = "Assign an ITF to the school";
  item.evidence = EvidenceSpec{EvidenceKind::kPerson, "Name of the ITF", false};

  auto checked = CheckCommitment(item);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "verified_by");
  EXPECT_EQ(checked.error().message,
            "District staff verify the district's own commitments; choose \"Never: a person verifies it\" for "
            "district commitment 1.");
}

TEST(CheckCommitment, RefusesAKeyOnARecurringCommitment) {
  Commitment item = Copy(19, VerifiedBy::kAttendance, Phase::kOngoing).commitment;
  item.title = "Complete the periodic online feedback forms";
  item.due = DueRule{DueKind::kRecurring, std::nullopt, 1};
  item.evidence = EvidenceSpec{EvidenceKind::kCount, "Staff who completed the form", false};

  auto checked = CheckCommitment(item);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "verified_by");
}

}  // namespace
}  // namespace practica::commitments
