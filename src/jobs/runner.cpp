#include "jobs/runner.hpp"

#include "core/failure.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <exception>

namespace practica::jobs {

void JobContext::Progress(std::int64_t done, std::int64_t total) {
  if (auto recorded = ReportProgress(connection_, job_, done, total); !recorded) {
    spdlog::warn("job {}: progress not recorded: {}", job_.id, recorded.error().detail);
  }
}

Runner::Runner(db::Database& database, const core::Clock& clock, RunnerOptions options)
    : database_(database), clock_(clock), options_(std::move(options)) {
  if (options_.worker_id.empty()) options_.worker_id = DefaultWorkerId();
}

Runner::~Runner() { Stop(); }

void Runner::Handle(std::string kind, Handler handler) {
  handlers_[std::move(kind)] = std::move(handler);
}

namespace {
// What the log needs to find the cause: the detail (SQL, SMTP, exception text) and the message.
std::string Detail(const core::Error& error) {
  return error.detail.empty() ? error.message : error.message + " [" + error.detail + "]";
}
}  // namespace

void Runner::OnWake(WakeHook hook) { wake_hooks_.push_back(std::move(hook)); }

void Runner::RunOne(db::Connection& connection, const ClaimedJob& job, RunReport& report) {
  core::Result<void> outcome;
  auto handler = handlers_.find(job.kind);
  if (handler == handlers_.end()) {
    outcome = core::Fail(core::ErrorCode::kInvalidInput,
                         "No handler for jobs of kind " + job.kind + ".");
  } else {
    JobContext context(job, connection, clock_);
    try {
      outcome = handler->second(context);
    } catch (const core::Failure& failure) {
      outcome = std::unexpected(failure.error());
    } catch (const std::exception& e) {
      outcome = core::Fail(core::ErrorCode::kInternal, "The job stopped on an unexpected error.",
                           e.what());
    } catch (...) {
      // The runner's thread is the boundary: nothing a handler throws may end it silently.
      outcome = core::Fail(core::ErrorCode::kInternal, "The job stopped on an unexpected error.",
                           "an exception that is not a std::exception");
    }
  }
  const auto now = clock_.NowUtcSeconds();
  if (outcome) {
    if (auto completed = Complete(connection, job, options_.worker_id, now); !completed) {
      spdlog::warn("job {} ({}): done but not recorded: {}", job.id, job.kind, Detail(completed.error()));
      return;
    }
    ++report.done;
    return;
  }
  const auto& error = outcome.error();
  std::string shown = error.detail.empty() ? error.message : error.message + " (" + error.detail + ")";
  bool permanent = error.code == core::ErrorCode::kInvalidInput;
  auto state = RecordFailure(connection, job, options_.worker_id, now, shown, permanent);
  if (!state) {
    spdlog::warn("job {} ({}): failure not recorded: {}; the job failed with: {}", job.id, job.kind,
                 Detail(state.error()), Detail(error));
    return;
  }
  spdlog::warn("job {} ({}) try {} of {} failed: {}", job.id, job.kind, job.attempts,
               job.max_attempts, Detail(error));
  ++(*state == JobState::kFailed ? report.failed : report.retried);
}

core::Result<RunReport> Runner::RunDue(int max_jobs) {
  auto connection = database_.Acquire();
  for (const auto& hook : wake_hooks_) {
    if (auto planned = hook(*connection, clock_.NowUtcSeconds()); !planned) {
      spdlog::warn("jobs: planning failed: {}", Detail(planned.error()));
    }
  }
  RunReport report;
  for (int ran = 0; ran < max_jobs; ++ran) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) break;
    }
    auto job = Claim(*connection, options_.district_id, options_.worker_id,
                     clock_.NowUtcSeconds(), options_.lease_seconds);
    if (!job) return std::unexpected(job.error());
    if (!*job) break;
    RunOne(*connection, **job, report);
  }
  return report;
}

void Runner::Loop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      if (auto report = RunDue(); !report) spdlog::warn("jobs: {}", Detail(report.error()));
    } catch (const core::Failure& failure) {
      spdlog::warn("jobs: {}", Detail(failure.error()));
    } catch (const std::exception& e) {
      spdlog::error("jobs: the runner stopped a round on an unexpected error: {}", e.what());
    } catch (...) {
      spdlog::error("jobs: the runner stopped a round on an exception that is not a std::exception");
    }
    lock.lock();
    wake_.wait_for(lock, std::chrono::seconds(options_.poll_seconds), [&] { return stopping_ || nudged_; });
    nudged_ = false;
  }
}

void Runner::Nudge() {
  {
    std::lock_guard lock(mutex_);
    nudged_ = true;
  }
  wake_.notify_all();
}

void Runner::Start() {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { Loop(); });
}

void Runner::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
  std::lock_guard lock(mutex_);
  stopping_ = false;
}

std::string DefaultWorkerId() {
  char host[256] = {};
  if (gethostname(host, sizeof host - 1) != 0) host[0] = '\0';
  return std::string(host) + ":" + std::to_string(getpid());
}

}  // namespace practica::jobs
