// The application's one list of effects: every event some room emits has its owner's handlers.
#include "app/effects.hpp"

#include <gtest/gtest.h>

namespace practica::app {
namespace {

TEST(MakeEffects, GivesEveryEventItsOwnersHandlers) {
  const auto effects = MakeEffects(1);

  EXPECT_EQ(effects.HandlerCount<features::AttendanceMet>(), 1u);
  EXPECT_EQ(effects.HandlerCount<features::CohortCopied>(), 2u) << "the goals, then the commitments";
  EXPECT_EQ(effects.HandlerCount<features::ApplicationAccepted>(), 1u);
  EXPECT_EQ(effects.HandlerCount<features::AcceptanceUndone>(), 1u);
  EXPECT_EQ(effects.HandlerCount<features::LeadsDesignated>(), 1u);
  EXPECT_EQ(effects.HandlerCount<features::TeamConfirmed>(), 1u);
  EXPECT_EQ(effects.HandlerCount<features::TeamRegistered>(), 1u);
  EXPECT_EQ(effects.HandlerCount<features::VisitHeld>(), 1u) << "the commitments room verifies 20 and 21";
}

}  // namespace
}  // namespace practica::app
