#include "features/commitments/domain/commitment.hpp"

#include <gtest/gtest.h>

namespace practica::commitments {
namespace {

Commitment Valid() {
  Commitment c;
  c.phase = Phase::kBeforeCoach;
  c.number = 2;
  c.title = "Designate a Technology Support Lead";
  c.due = DueRule{DueKind::kBeforeCoach};
  c.evidence = EvidenceSpec{EvidenceKind::kPerson, "Name of the Technology Support Lead", false};
  return c;
}

TEST(Code, NumbersTheDistrictsCommitmentsApart) {
  Commitment district = Valid();
  district.phase = Phase::kDistrict;

  EXPECT_EQ(Code(Valid()), "2");
  EXPECT_EQ(Code(district), "d2");
  EXPECT_EQ(ShortLabel(district), "D2");
  EXPECT_EQ(Name(district), "district commitment 2");
  EXPECT_EQ(CapitalName(Valid()), "Commitment 2");
}

TEST(ParseCode, ReadsBothKindsAndRefusesTheRest) {
  EXPECT_TRUE(ParseCode("12").has_value());
  EXPECT_TRUE(ParseCode("d3")->district);
  EXPECT_FALSE(ParseCode("x1").has_value());
  EXPECT_FALSE(ParseCode("0").has_value());
  EXPECT_FALSE(ParseCode("d").has_value());
}

TEST(SortInAgreementOrder, PutsTheSchoolsCommitmentsByNumberThenTheDistricts) {
  Commitment d1 = Valid();
  d1.phase = Phase::kDistrict;
  d1.number = 1;
  Commitment c12 = Valid();
  c12.phase = Phase::kFirstMonth;
  c12.number = 12;
  std::vector<Commitment> items = {d1, c12, Valid()};

  SortInAgreementOrder(items);

  EXPECT_EQ(Code(items[0]), "2");
  EXPECT_EQ(Code(items[1]), "12");
  EXPECT_EQ(Code(items[2]), "d1");
}

TEST(CheckCommitment, NeedsADateForAFixedDueDate) {
  Commitment c = Valid();
  c.due = DueRule{DueKind::kFixed};

  auto checked = CheckCommitment(c);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "due_on");
  EXPECT_EQ(checked.error().message,
            "Give commitment 2 its due date (YYYY-MM-DD), or choose another kind of due date.");
}

TEST(CheckCommitment, AllowsAMajorityOnlyForACount) {
  Commitment c = Valid();
  c.evidence.majority = true;

  auto checked = CheckCommitment(c);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "majority");
}

TEST(CheckCommitment, NeedsATitle) {
  Commitment c = Valid();
  c.title = "  ";

  auto checked = CheckCommitment(c);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().message, "Give commitment 2 a title, e.g. \"Designate a Technology Support Lead\".");
}

}  // namespace
}  // namespace practica::commitments
