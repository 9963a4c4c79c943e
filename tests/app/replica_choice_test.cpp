// Which database answers a request's reads (app/replica_choice.hpp).
#include "app/replica_choice.hpp"

#include <gtest/gtest.h>

namespace practica::app {
namespace {

ReadFacts Serving() {
  ReadFacts facts;
  facts.route_only_reads = true;
  facts.replica_configured = true;
  facts.state = ReplicaState::kServing;
  facts.now = 1'000'000;
  facts.read_your_writes_seconds = 12;
  return facts;
}

TEST(ReplicaChoice, AMarkedReadGoesToAServingReplica) {
  EXPECT_EQ(ChooseReadSource(Serving()), ReadSource::kReplica);
}

TEST(ReplicaChoice, AnUnmarkedRouteStaysOnThePrimary) {
  auto facts = Serving();
  facts.route_only_reads = false;
  EXPECT_EQ(ChooseReadSource(facts), ReadSource::kPrimary);
}

TEST(ReplicaChoice, NoReplicaConfiguredMeansThePrimary) {
  auto facts = Serving();
  facts.replica_configured = false;
  EXPECT_EQ(ChooseReadSource(facts), ReadSource::kPrimary);
}

TEST(ReplicaChoice, EveryStateButServingFallsBackToThePrimary) {
  for (auto state : {ReplicaState::kUnknown, ReplicaState::kLagging, ReplicaState::kUnreachable,
                     ReplicaState::kNotStandby}) {
    auto facts = Serving();
    facts.state = state;
    EXPECT_EQ(ChooseReadSource(facts), ReadSource::kPrimary) << static_cast<int>(state);
  }
}

TEST(ReplicaChoice, ASessionThatJustWroteReadsItsWriteFromThePrimary) {
  auto facts = Serving();
  facts.wrote_at = facts.now - 11;
  EXPECT_EQ(ChooseReadSource(facts), ReadSource::kPrimary);
  facts.wrote_at = facts.now - 12;  // the window has passed
  EXPECT_EQ(ChooseReadSource(facts), ReadSource::kReplica);
}

TEST(ReplicaChoice, AWriteStampFromTheFutureKeepsThePrimary) {
  auto facts = Serving();
  facts.wrote_at = facts.now + 3600;  // a clock set back: the safe side
  EXPECT_EQ(ChooseReadSource(facts), ReadSource::kPrimary);
}

TEST(ReplicaChoice, TheReadYourWritesWindowCoversTheLagLimitAndAStaleProbe) {
  EXPECT_EQ(ReadYourWritesSeconds(10, 1), 12);
  EXPECT_GT(ReadYourWritesSeconds(1, 1), 1);
}

TEST(ReplicaLag, ACaughtUpReplicaIsNotBehind) {
  std::deque<PrimaryMark> marks{{100, 500}, {101, 700}};
  EXPECT_DOUBLE_EQ(*LagSeconds(marks, 700, 101.5), 0.5);
  EXPECT_DOUBLE_EQ(*LagSeconds(marks, 900, 101.5), 0.5);  // ahead of the last mark
}

TEST(ReplicaLag, AnIdlePrimaryDoesNotMakeTheReplicaLookBehind) {
  // The primary wrote nothing for a minute: every mark has the same position.
  std::deque<PrimaryMark> marks{{40, 500}, {70, 500}, {100, 500}};
  EXPECT_DOUBLE_EQ(*LagSeconds(marks, 500, 100), 0);
}

TEST(ReplicaLag, APausedReplayFallsBehindFromTheFirstMarkItMissed) {
  std::deque<PrimaryMark> marks{{100, 500}, {101, 800}, {102, 800}, {103, 900}};
  EXPECT_DOUBLE_EQ(*LagSeconds(marks, 500, 104), 4);
}

TEST(ReplicaLag, AReplicaBehindEveryMarkIsAtLeastAsFarBehindAsTheOldest) {
  std::deque<PrimaryMark> marks{{100, 500}, {101, 800}};
  EXPECT_DOUBLE_EQ(*LagSeconds(marks, 10, 130), 30);
  EXPECT_FALSE(LagSeconds({}, 10, 130));
}

TEST(ReplicaJudge, StatesFromAProbe) {
  EXPECT_EQ(Judge(Probe{false, false, std::nullopt}, 10), ReplicaState::kUnreachable);
  EXPECT_EQ(Judge(Probe{true, false, std::nullopt}, 10), ReplicaState::kNotStandby);
  EXPECT_EQ(Judge(Probe{true, true, std::nullopt}, 10), ReplicaState::kUnknown);
  EXPECT_EQ(Judge(Probe{true, true, 10.0}, 10), ReplicaState::kServing);
  EXPECT_EQ(Judge(Probe{true, true, 10.5}, 10), ReplicaState::kLagging);
}

TEST(ReplicaLog, OneLinePerChangeNamingWhereReadsGo) {
  const Probe behind{true, true, 42.4};
  EXPECT_EQ(StateChangeLine(ReplicaState::kServing, ReplicaState::kServing, behind, 10, "r"), "");
  EXPECT_EQ(StateChangeLine(ReplicaState::kServing, ReplicaState::kLagging, behind, 10, "r"),
            "replica r is 42.4 s behind the primary, over replica_max_lag_seconds = 10; reads go "
            "to the primary until it catches up");
  EXPECT_NE(StateChangeLine(ReplicaState::kServing, ReplicaState::kUnreachable, {}, 10, "r")
                .find("reads go to the primary"),
            std::string::npos);
  EXPECT_NE(StateChangeLine(ReplicaState::kLagging, ReplicaState::kServing, {}, 10, "r")
                .find("go to it again"),
            std::string::npos);
}

}  // namespace
}  // namespace practica::app
