// Which of the host school's commitments a visit held verifies (the commitments room's rule for
// the visits' dated evidence): the quarter of a recurring commitment that holds the visit's day,
// a one-time one within the cohort's school year, never twice.
#include <gtest/gtest.h>

#include "features/commitments/domain/verification.hpp"

namespace practica::commitments {
namespace {

// PS 3.0's calendar: instruction from August 14, 2018, support until June 7, 2019, the school
// year over on June 30, 2019.
const Calendar kPs3{core::LocalDate{2018, 8, 8}, core::LocalDate{2018, 8, 14}, core::LocalDate{2019, 6, 7},
                    core::LocalDate{2019, 6, 30}};

SchoolCommitment Item(int number, DueRule due) {
  SchoolCommitment item;
  item.commitment.id = 100 + number;
  item.commitment.phase = Phase::kOngoing;
  item.commitment.number = number;
  item.commitment.due = due;
  item.commitment.verified_by = VerifiedBy::kVisitHosted;
  return item;
}

std::vector<SchoolCommitment> Visits() {
  return {Item(20, DueRule{DueKind::kRecurring, std::nullopt, 3}), Item(21, DueRule{DueKind::kEndOfSupport})};
}

TEST(VisitVerification, PicksTheQuarterHoldingTheVisitsDayAndTheOneTimeItem) {
  const auto items = Visits();

  auto picked = ToVerifyOn(items, VerifiedBy::kVisitHosted, {2019, 2, 7}, kPs3);

  ASSERT_EQ(picked.size(), 2u);
  EXPECT_EQ(picked[0].item->commitment.number, 20);
  EXPECT_EQ(picked[0].period, "2019-02");
  EXPECT_EQ(picked[1].item->commitment.number, 21);
  EXPECT_EQ(picked[1].period, "");
}

TEST(VisitVerification, LeavesAVerifiedQuarterAndADayOfAnotherSchoolYearAlone) {
  auto items = Visits();
  Event verified;
  verified.kind = EventKind::kVerified;
  verified.period = "2019-02";
  items[0].events.push_back(verified);

  EXPECT_EQ(ToVerifyOn(items, VerifiedBy::kVisitHosted, {2019, 3, 14}, kPs3).size(), 1u) << "21 only";
  EXPECT_TRUE(ToVerifyOn(items, VerifiedBy::kVisitHosted, {2027, 3, 4}, kPs3).empty()) << "years later";
}

TEST(CheckCommitment, TakesTheVisitKeyOnAQuarterlyCommitment) {
  Commitment item = Visits()[0].commitment;
  item.title = "Open the school to non-evaluative visits";
  item.evidence = EvidenceSpec{EvidenceKind::kDate, "Date of the visit", false};

  EXPECT_TRUE(CheckCommitment(item).has_value());
  EXPECT_EQ(VerificationComment(VerifiedBy::kVisitHosted, "Hope Street ES hosted 1 visitor on Thursday, May 30, 2019"),
            "Verified when Hope Street ES hosted 1 visitor on Thursday, May 30, 2019");
}

}  // namespace
}  // namespace practica::commitments
