// Which database answers a request's reads: the pure rules behind app/replica_reads.cpp, with
// no clock, thread or connection of their own so that tests can state them one case a line.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>

namespace practica::app {

// How the replica stands, as the last probe found it.
enum class ReplicaState {
  kUnknown,     // not probed yet: reads stay on the primary until the first probe
  kServing,     // reachable, a standby, and no further behind than the limit
  kLagging,     // reachable but further behind than replica_max_lag_seconds
  kUnreachable, // the probe could not connect or query
  kNotStandby,  // reachable but not replaying a primary's WAL (promoted, or misconfigured)
};

// One reading of the primary's WAL position: `lsn` bytes written by `at` (seconds on a
// monotonic clock).
struct PrimaryMark {
  double at = 0;
  std::int64_t lsn = 0;
};

// How far behind the replica is, in seconds: the time since the newest primary mark that the
// replica has replayed. A replica that has replayed the newest mark is 0 behind; one that has
// replayed none of them is at least as far behind as the oldest. Nullopt when there are no
// marks. Unlike now() - pg_last_xact_replay_timestamp(), this does not grow while the primary
// is idle.
std::optional<double> LagSeconds(const std::deque<PrimaryMark>& marks, std::int64_t replayed_lsn,
                                 double now);

struct Probe {
  bool reachable = false;
  bool standby = false;              // pg_is_in_recovery()
  std::optional<double> lag_seconds;  // LagSeconds of the marks
};

ReplicaState Judge(const Probe& probe, int max_lag_seconds);

// After a write, a session reads from the primary for this many seconds: the replica may be up
// to max_lag behind and still serve, and the monitor's view may be one probe old, so anything
// shorter could show a person a page without what they just saved.
int ReadYourWritesSeconds(int max_lag_seconds, int probe_seconds);

struct ReadFacts {
  bool route_only_reads = false;      // marked in app/replica_reads.cpp
  bool replica_configured = false;    // database_replica is set
  ReplicaState state = ReplicaState::kUnknown;
  std::optional<std::int64_t> wrote_at;  // the session's last write (unix seconds), from its cookie
  std::int64_t now = 0;                   // unix seconds
  int read_your_writes_seconds = 0;
};

enum class ReadSource { kPrimary, kReplica };

ReadSource ChooseReadSource(const ReadFacts& facts);

// The log line for a change of state, naming what the reads do now; empty when there is
// nothing to say (the same state again, or the first probe finding the replica serving).
std::string StateChangeLine(ReplicaState before, ReplicaState after, const Probe& probe,
                            int max_lag_seconds, const std::string& replica);

}  // namespace practica::app
