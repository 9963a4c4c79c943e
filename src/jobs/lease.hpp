// How a runner takes a job, reports on it and lets it go: the claim, progress, success, failure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::jobs {

enum class JobState { kQueued, kRunning, kDone, kFailed };
std::string_view JobStateName(JobState state);  // "queued", "running", "done", "failed"
std::optional<JobState> ParseJobState(std::string_view name);

// Seconds to wait before try number `attempts + 1` after `attempts` failed tries: 30 s, 1 min,
// 2 min, 4 min ... doubling, never more than an hour.
std::int64_t BackoffSeconds(int attempts);

struct ClaimedJob {
  std::int64_t district_id = 0;
  std::int64_t id = 0;
  std::string kind;
  std::string payload;
  int attempts = 0;  // including this one
  int max_attempts = 0;
};

// Takes the district's oldest due job: queued with run_after <= now, or running with a lease
// that ran out before now (its server stopped). The job becomes running, locked by `worker`
// until now + lease_seconds, with one more attempt counted. nullopt when nothing is due.
// On PostgreSQL concurrent claimers skip each other's rows (FOR UPDATE SKIP LOCKED); SQLite
// serializes writers. Runs in its own transaction, so the connection must not be in one.
[[nodiscard]] core::Result<std::optional<ClaimedJob>> Claim(db::Connection& connection,
                                                            std::int64_t district_id,
                                                            const std::string& worker,
                                                            std::int64_t now, int lease_seconds);

// Records progress ("12 of 40 e-mails") on a job this worker holds.
[[nodiscard]] core::Result<void> ReportProgress(db::Connection& connection, const ClaimedJob& job,
                                                std::int64_t done, std::int64_t total);

// Marks the job done. kConflict when the worker no longer holds it (its lease ran out and
// another server took it), in which case nothing is changed.
[[nodiscard]] core::Result<void> Complete(db::Connection& connection, const ClaimedJob& job,
                                          const std::string& worker, std::int64_t now);

// Records a failed try: queued again after BackoffSeconds while attempts remain and the failure
// is not `permanent`, otherwise failed. Returns the state the job is left in.
[[nodiscard]] core::Result<JobState> RecordFailure(db::Connection& connection,
                                                   const ClaimedJob& job,
                                                   const std::string& worker, std::int64_t now,
                                                   const std::string& error, bool permanent);

}  // namespace practica::jobs
