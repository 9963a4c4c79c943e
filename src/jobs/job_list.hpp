// Reading the queue for people: the jobs page and its API, and retrying a failed job by hand.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "jobs/lease.hpp"

namespace practica::jobs {

struct JobRow {
  std::int64_t id = 0;
  std::string kind;
  std::string dedupe_key;
  JobState state = JobState::kQueued;
  int attempts = 0;
  int max_attempts = 0;
  std::int64_t progress_done = 0;
  std::int64_t progress_total = 0;
  std::string last_error;
  std::string locked_by;
  std::int64_t run_after = 0;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> started_at;
  std::optional<std::int64_t> finished_at;
};

struct JobFilter {
  std::optional<JobState> state;
  std::string kind;  // "" for every kind
  int limit = 200;
};

// Newest first (by run_after, then id), at most filter.limit.
[[nodiscard]] core::Result<std::vector<JobRow>> ListJobs(db::Connection& connection,
                                                         std::int64_t district_id,
                                                         const JobFilter& filter);
// How many jobs are in each state (every state present, zero when none).
[[nodiscard]] core::Result<std::map<JobState, std::int64_t>> CountByState(
    db::Connection& connection, std::int64_t district_id);
// The kinds the district's queue holds, for the filter.
[[nodiscard]] core::Result<std::vector<std::string>> Kinds(db::Connection& connection,
                                                           std::int64_t district_id);

// Queues a failed job again, due now, with its attempts reset. kNotFound for an unknown id;
// kConflict, naming the state, when the job has not failed.
[[nodiscard]] core::Result<JobRow> RetryNow(db::Connection& connection, std::int64_t district_id,
                                            std::int64_t job_id, std::int64_t now);

}  // namespace practica::jobs
