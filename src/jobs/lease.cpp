#include "jobs/lease.hpp"

#include <algorithm>
#include <array>

namespace practica::jobs {
namespace {

constexpr std::array<std::string_view, 4> kStateNames = {"queued", "running", "done", "failed"};

// The candidate row; PostgreSQL locks it and lets concurrent claimers pass over it.
constexpr std::string_view kClaimHead =
    "UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $2,"
    " locked_until = $4, started_at = $3"
    " WHERE district_id = $1 AND id = (SELECT id FROM jobs WHERE district_id = $1 AND"
    " ((state = 'queued' AND run_after <= $3) OR (state = 'running' AND locked_until < $3))"
    " ORDER BY run_after, id LIMIT 1";
constexpr std::string_view kClaimTail =
    ") RETURNING district_id, id, kind, payload, attempts, max_attempts";

}  // namespace

std::string_view JobStateName(JobState state) { return kStateNames[static_cast<int>(state)]; }

std::optional<JobState> ParseJobState(std::string_view name) {
  for (std::size_t i = 0; i < kStateNames.size(); ++i) {
    if (kStateNames[i] == name) return static_cast<JobState>(i);
  }
  return std::nullopt;
}

std::int64_t BackoffSeconds(int attempts) {
  constexpr std::int64_t kFirst = 30, kMost = 3600;
  if (attempts < 1) return kFirst;
  std::int64_t wait = kFirst;
  for (int i = 1; i < attempts && wait < kMost; ++i) wait *= 2;
  return std::min(wait, kMost);
}

core::Result<std::optional<ClaimedJob>> Claim(db::Connection& connection,
                                              std::int64_t district_id,
                                              const std::string& worker, std::int64_t now,
                                              int lease_seconds) {
  std::string sql(kClaimHead);
  if (connection.dialect() == db::Dialect::kPostgres) sql += " FOR UPDATE SKIP LOCKED";
  sql += kClaimTail;
  auto transaction = db::Transaction::Begin(connection);
  if (!transaction) return std::unexpected(transaction.error());
  std::optional<ClaimedJob> claimed;
  auto done = connection.Execute(sql, {district_id, worker, now, now + lease_seconds},
                                 [&](const db::Row& row) {
                                   claimed = ClaimedJob{row.Int(0),
                                                        row.Int(1),
                                                        row.String(2),
                                                        row.String(3),
                                                        static_cast<int>(row.Int(4)),
                                                        static_cast<int>(row.Int(5))};
                                 });
  if (!done) return std::unexpected(done.error());
  if (auto committed = transaction->Commit(); !committed) {
    return std::unexpected(committed.error());
  }
  return claimed;
}

core::Result<void> ReportProgress(db::Connection& connection, const ClaimedJob& job,
                                  std::int64_t done, std::int64_t total) {
  auto changed = connection.Exec(
      "UPDATE jobs SET progress_done = $3, progress_total = $4 WHERE district_id = $1 AND id = $2",
      {job.district_id, job.id, done, total});
  if (!changed) return std::unexpected(changed.error());
  return {};
}

core::Result<void> Complete(db::Connection& connection, const ClaimedJob& job,
                            const std::string& worker, std::int64_t now) {
  auto changed = connection.Exec(
      "UPDATE jobs SET state = 'done', finished_at = $4, locked_by = NULL, locked_until = NULL,"
      " last_error = NULL WHERE district_id = $1 AND id = $2 AND locked_by = $3"
      " AND state = 'running'",
      {job.district_id, job.id, worker, now});
  if (!changed) return std::unexpected(changed.error());
  if (*changed == 0) {
    return core::Fail(core::ErrorCode::kConflict,
                      "Job " + std::to_string(job.id) + " was taken over by another server.");
  }
  return {};
}

core::Result<JobState> RecordFailure(db::Connection& connection, const ClaimedJob& job,
                                     const std::string& worker, std::int64_t now,
                                     const std::string& error, bool permanent) {
  bool gives_up = permanent || job.attempts >= job.max_attempts;
  JobState next = gives_up ? JobState::kFailed : JobState::kQueued;
  auto changed = connection.Exec(
      "UPDATE jobs SET state = $4, run_after = $5, last_error = $6, locked_by = NULL,"
      " locked_until = NULL, finished_at = $7 WHERE district_id = $1 AND id = $2"
      " AND locked_by = $3 AND state = 'running'",
      {job.district_id, job.id, worker, std::string(JobStateName(next)),
       gives_up ? now : now + BackoffSeconds(job.attempts), error,
       gives_up ? db::Value{now} : db::Value{nullptr}});
  if (!changed) return std::unexpected(changed.error());
  if (*changed == 0) {
    return core::Fail(core::ErrorCode::kConflict,
                      "Job " + std::to_string(job.id) + " was taken over by another server.");
  }
  return next;
}

}  // namespace practica::jobs
