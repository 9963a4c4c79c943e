// Runs the district's due jobs: on a thread of its own in each server, or once from the CLI.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "db/database.hpp"
#include "jobs/lease.hpp"

namespace practica::jobs {

// What a handler sees of the job it runs.
class JobContext {
 public:
  JobContext(const ClaimedJob& job, db::Connection& connection, const core::Clock& clock)
      : job_(job), connection_(connection), clock_(clock) {}
  std::int64_t district_id() const { return job_.district_id; }
  std::int64_t job_id() const { return job_.id; }
  const std::string& payload() const { return job_.payload; }
  int attempt() const { return job_.attempts; }
  db::Connection& connection() { return connection_; }
  const core::Clock& clock() const { return clock_; }
  // Shown on the jobs page; a failure to record it is not the job's failure.
  void Progress(std::int64_t done, std::int64_t total);

 private:
  const ClaimedJob& job_;
  db::Connection& connection_;
  const core::Clock& clock_;
};

// A handler returns an error to have the job tried again later; kInvalidInput means trying
// again cannot help, and the job is marked failed at once.
using Handler = std::function<core::Result<void>(JobContext&)>;
// Called each time the runner wakes, before it claims: the place to plan periodic work.
using WakeHook = std::function<core::Result<void>(db::Connection&, std::int64_t now)>;

struct RunnerOptions {
  std::int64_t district_id = 0;
  std::string worker_id;   // unique per process: "host:pid"
  int lease_seconds = 600;  // a job not finished by then may be taken by another server
  int poll_seconds = 30;   // how long the thread sleeps when nothing is due
};

struct RunReport {
  int done = 0;
  int retried = 0;  // failed this time, queued again
  int failed = 0;   // failed for good
};

class Runner {
 public:
  Runner(db::Database& database, const core::Clock& clock, RunnerOptions options);
  ~Runner();
  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;

  // Register before Start or RunDue.
  void Handle(std::string kind, Handler handler);
  void OnWake(WakeHook hook);

  // Runs the wake hooks, then claims and runs due jobs until none is left or `max_jobs` ran.
  // kUnavailable when the database cannot be reached; a failing job is recorded, not returned.
  [[nodiscard]] core::Result<RunReport> RunDue(int max_jobs = 10000);

  // The background thread: RunDue, then sleep poll_seconds (or until Stop). Stop waits for the
  // job in hand to finish.
  void Start();
  void Stop();
  // Has the thread look for due jobs now rather than at its next poll: a job a person waits for
  // (a progress report) was queued on this server. Other servers find it at their next poll.
  void Nudge();

 private:
  void RunOne(db::Connection& connection, const ClaimedJob& job, RunReport& report);
  void Loop();

  db::Database& database_;
  const core::Clock& clock_;
  RunnerOptions options_;
  std::map<std::string, Handler, std::less<>> handlers_;
  std::vector<WakeHook> wake_hooks_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool nudged_ = false;
  std::thread thread_;
};

// "host:pid", unique enough among the servers sharing a database.
std::string DefaultWorkerId();

}  // namespace practica::jobs
