#include "app/replica_choice.hpp"

#include <cstdio>

namespace practica::app {

namespace {
std::string OneDecimal(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", seconds);
  return text;
}
}  // namespace

std::optional<double> LagSeconds(const std::deque<PrimaryMark>& marks, std::int64_t replayed_lsn,
                                 double now) {
  if (marks.empty()) return std::nullopt;
  // Marks are oldest first; the newest one replayed tells how current the replica is.
  for (auto mark = marks.rbegin(); mark != marks.rend(); ++mark) {
    if (mark->lsn <= replayed_lsn) return std::max(0.0, now - mark->at);
  }
  return std::max(0.0, now - marks.front().at);
}

ReplicaState Judge(const Probe& probe, int max_lag_seconds) {
  if (!probe.reachable) return ReplicaState::kUnreachable;
  if (!probe.standby) return ReplicaState::kNotStandby;
  if (!probe.lag_seconds) return ReplicaState::kUnknown;
  return *probe.lag_seconds > max_lag_seconds ? ReplicaState::kLagging : ReplicaState::kServing;
}

int ReadYourWritesSeconds(int max_lag_seconds, int probe_seconds) {
  return max_lag_seconds + 2 * probe_seconds;
}

ReadSource ChooseReadSource(const ReadFacts& facts) {
  if (!facts.route_only_reads || !facts.replica_configured) return ReadSource::kPrimary;
  if (facts.state != ReplicaState::kServing) return ReadSource::kPrimary;
  // A clock set back makes the stamp look recent: the primary is the safe side.
  if (facts.wrote_at && facts.now - *facts.wrote_at < facts.read_your_writes_seconds) {
    return ReadSource::kPrimary;
  }
  return ReadSource::kReplica;
}

std::string StateChangeLine(ReplicaState before, ReplicaState after, const Probe& probe,
                            int max_lag_seconds, const std::string& replica) {
  if (before == after) return {};
  const std::string name = "replica " + replica;
  switch (after) {
    case ReplicaState::kServing:
      return before == ReplicaState::kUnknown
                 ? name + " is serving reads that need no write"
                 : name + " is back within " + std::to_string(max_lag_seconds) +
                       " s of the primary; reads that need no write go to it again";
    case ReplicaState::kLagging:
      return name + " is " + OneDecimal(probe.lag_seconds.value_or(0)) + " s behind the primary, over replica_max_lag_seconds = " +
             std::to_string(max_lag_seconds) + "; reads go to the primary until it catches up";
    case ReplicaState::kUnreachable:
      return name + " cannot be reached; reads go to the primary until it answers again";
    case ReplicaState::kNotStandby:
      return name + " is not a standby (not replaying a primary); reads go to the primary";
    case ReplicaState::kUnknown:
      return {};
  }
  return {};
}

}  // namespace practica::app
