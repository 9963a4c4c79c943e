#include "jobs/job_list.hpp"

namespace practica::jobs {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, kind, dedupe_key, state, attempts, max_attempts, progress_done, progress_total,"
    " last_error, locked_by, run_after, created_at, started_at, finished_at FROM jobs";

JobRow ReadRow(const db::Row& row) {
  return JobRow{row.Int(0),
                row.String(1),
                row.String(2),
                ParseJobState(row.Text(3)).value_or(JobState::kQueued),
                static_cast<int>(row.Int(4)),
                static_cast<int>(row.Int(5)),
                row.Int(6),
                row.Int(7),
                row.String(8),
                row.String(9),
                row.Int(10),
                row.Int(11),
                row.OptionalInt(12),
                row.OptionalInt(13)};
}

core::Result<std::optional<JobRow>> Find(db::Connection& connection, std::int64_t district_id,
                                         std::int64_t job_id) {
  std::optional<JobRow> found;
  auto done = connection.Execute(std::string(kColumns) + " WHERE district_id = $1 AND id = $2",
                                 {district_id, job_id},
                                 [&](const db::Row& row) { found = ReadRow(row); });
  if (!done) return std::unexpected(done.error());
  return found;
}

}  // namespace

core::Result<std::vector<JobRow>> ListJobs(db::Connection& connection, std::int64_t district_id,
                                           const JobFilter& filter) {
  std::string sql(kColumns);
  sql += " WHERE district_id = $1 AND ($2 = '' OR state = $2) AND ($3 = '' OR kind = $3)"
         " ORDER BY run_after DESC, id DESC LIMIT $4";
  std::vector<JobRow> rows;
  auto done = connection.Execute(
      sql,
      {district_id, filter.state ? std::string(JobStateName(*filter.state)) : std::string(),
       filter.kind, std::int64_t{filter.limit}},
      [&](const db::Row& row) { rows.push_back(ReadRow(row)); });
  if (!done) return std::unexpected(done.error());
  return rows;
}

core::Result<std::map<JobState, std::int64_t>> CountByState(db::Connection& connection,
                                                            std::int64_t district_id) {
  std::map<JobState, std::int64_t> counts = {
      {JobState::kQueued, 0}, {JobState::kRunning, 0}, {JobState::kDone, 0}, {JobState::kFailed, 0}};
  auto done = connection.Execute(
      "SELECT state, COUNT(*) FROM jobs WHERE district_id = $1 GROUP BY state", {district_id},
      [&](const db::Row& row) {
        if (auto state = ParseJobState(row.Text(0))) counts[*state] = row.Int(1);
      });
  if (!done) return std::unexpected(done.error());
  return counts;
}

core::Result<std::vector<std::string>> Kinds(db::Connection& connection, std::int64_t district_id) {
  std::vector<std::string> kinds;
  auto done = connection.Execute(
      "SELECT DISTINCT kind FROM jobs WHERE district_id = $1 ORDER BY kind", {district_id},
      [&](const db::Row& row) { kinds.push_back(row.String(0)); });
  if (!done) return std::unexpected(done.error());
  return kinds;
}

core::Result<JobRow> RetryNow(db::Connection& connection, std::int64_t district_id,
                              std::int64_t job_id, std::int64_t now) {
  auto changed = connection.Exec(
      "UPDATE jobs SET state = 'queued', attempts = 0, run_after = $3, finished_at = NULL"
      " WHERE district_id = $1 AND id = $2 AND state = 'failed'",
      {district_id, job_id, now});
  if (!changed) return std::unexpected(changed.error());
  auto job = Find(connection, district_id, job_id);
  if (!job) return std::unexpected(job.error());
  if (!*job) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "There is no job " + std::to_string(job_id) + "; it may belong to another district.");
  }
  if (*changed == 0) {
    return core::Fail(core::ErrorCode::kConflict,
                      "Job " + std::to_string(job_id) + " is " +
                          std::string(JobStateName((*job)->state)) +
                          ", not failed; only a failed job can be retried.");
  }
  return **job;
}

}  // namespace practica::jobs
