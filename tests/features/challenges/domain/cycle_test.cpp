#include "features/challenges/domain/cycle.hpp"

#include <gtest/gtest.h>

namespace practica::challenges {
namespace {

Cycle Recorded() {
  Cycle cycle;
  cycle.number = 1;
  cycle.try_text = "A fractions lesson with an adaptive practice station";
  cycle.prediction = "Fewer students need a re-teach.";
  cycle.evidence_planned = "Exit tickets";
  cycle.happened = "Re-teach lists fell from 14 to 8.";
  cycle.evidence_links = "https://drive.example.org/exit-tickets";
  cycle.learned = "Partners help.";
  cycle.decision = Decision::kAdapt;
  cycle.next_step = "Add partner talk.";
  return cycle;
}

TEST(CheckClose, ClosesWithEvidenceAndADecision) { EXPECT_TRUE(CheckClose(Recorded()).has_value()); }

TEST(CheckClose, RefusesWithoutEvidence) {
  auto cycle = Recorded();
  cycle.evidence_links = "  ";

  auto closed = CheckClose(cycle);

  ASSERT_FALSE(closed.has_value());
  EXPECT_EQ(closed.error().field, "evidence_links");
}

TEST(CheckClose, AFileUploadedIsEvidenceEnoughWithoutALink) {
  auto cycle = Recorded();
  cycle.evidence_links.clear();
  cycle.files.push_back(EvidenceFile{7, "exit-tickets.pdf", "application/pdf", 48213, 1541520000});

  EXPECT_TRUE(CheckClose(cycle).has_value());
}

TEST(CheckClose, RefusesWithoutADecision) {
  auto cycle = Recorded();
  cycle.decision.reset();

  auto closed = CheckClose(cycle);

  ASSERT_FALSE(closed.has_value());
  EXPECT_EQ(closed.error().field, "decision");
  EXPECT_EQ(closed.error().message, "A cycle closes with a decision: adopt, adapt or abandon what you tried.");
}

TEST(CheckClose, RefusesWithoutWhatHappened) {
  auto cycle = Recorded();
  cycle.happened.clear();

  EXPECT_EQ(CheckClose(cycle).error().field, "happened");
}

TEST(CheckClose, RefusesACycleClosedAlready) {
  auto cycle = Recorded();
  cycle.closed_at = 1544832000;

  EXPECT_EQ(CheckClose(cycle).error().code, core::ErrorCode::kConflict);
}

TEST(CheckPlan, NeedsWhatWeTryPredictAndCollect) {
  Cycle cycle;
  cycle.try_text = "A lesson";

  auto planned = CheckPlan(cycle);

  ASSERT_FALSE(planned.has_value());
  EXPECT_EQ(planned.error().field, "prediction");
}

TEST(CheckCanOpen, RefusesWhileACycleIsOpen) {
  auto open = Recorded();
  open.number = 2;

  auto opened = CheckCanOpen(open);

  ASSERT_FALSE(opened.has_value());
  EXPECT_EQ(opened.error().code, core::ErrorCode::kConflict);
  EXPECT_TRUE(CheckCanOpen(std::nullopt).has_value());
}

TEST(ParseDecision, ReadsAdoptAdaptAbandon) {
  EXPECT_EQ(ParseDecision("adopt"), Decision::kAdopt);
  EXPECT_EQ(ParseDecision("abandon"), Decision::kAbandon);
  EXPECT_FALSE(ParseDecision("keep").has_value());
}

}  // namespace
}  // namespace practica::challenges
