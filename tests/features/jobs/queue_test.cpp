// The job queue on a SQLite file and on the rig's PostgreSQL: dedupe, claim, retry, give up,
// lease expiry, and concurrent claimers that never share a job.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>

#include "jobs/lease.hpp"
#include "jobs/queue.hpp"
#include "jobs/runner.hpp"
#include "support/test_database.hpp"

namespace practica::jobs {
namespace {

constexpr std::int64_t kNow = 1542384000;  // 2018-11-16 16:00 UTC

class QueueTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam(), 4);
    ASSERT_NE(database_, nullptr);
    auto lease = database_->Acquire();
    district_ = testing::NewDistrict(*lease);
  }

  bool Add(const std::string& key, std::int64_t run_after = kNow, int max_attempts = 3) {
    auto lease = database_->Acquire();
    auto added = Enqueue(*lease, district_, {"test.echo", "{}", key, run_after, max_attempts, kNow});
    EXPECT_TRUE(added.has_value()) << (added ? "" : added.error().detail);
    return added.value_or(false);
  }

  std::optional<ClaimedJob> ClaimAt(std::int64_t now, const std::string& worker = "w1") {
    auto lease = database_->Acquire();
    auto job = Claim(*lease, district_, worker, now, 60);
    EXPECT_TRUE(job.has_value()) << (job ? "" : job.error().detail);
    return job.value_or(std::nullopt);
  }

  std::string StateOf(std::int64_t id) {
    auto lease = database_->Acquire();
    std::string state;
    EXPECT_TRUE(lease->Execute("SELECT state FROM jobs WHERE district_id = $1 AND id = $2",
                               {district_, id}, [&](const db::Row& row) { state = row.String(0); }));
    return state;
  }

  std::unique_ptr<db::Database> database_;
  std::int64_t district_ = 0;
};

TEST_P(QueueTest, SecondJobWithTheSameKeyIsNotAdded) {
  EXPECT_TRUE(Add("reminder:1"));
  EXPECT_FALSE(Add("reminder:1"));

  auto lease = database_->Acquire();
  EXPECT_EQ(lease->QueryInt("SELECT COUNT(*) FROM jobs WHERE district_id = $1", {district_}).value(),
            1);
}

TEST_P(QueueTest, JobsWithoutAKeyAreNeverMerged) {
  EXPECT_TRUE(Add(""));
  EXPECT_TRUE(Add(""));
}

TEST_P(QueueTest, EnqueueRefusesAJobWithoutKind) {
  auto lease = database_->Acquire();

  auto added = Enqueue(*lease, district_, {"", "{}", "k", kNow, 3, kNow});

  ASSERT_FALSE(added.has_value());
  EXPECT_EQ(added.error().field, "kind");
}

TEST_P(QueueTest, EnqueueMailRefusesAMessageWithoutRecipient) {
  auto lease = database_->Acquire();

  auto added = EnqueueMail(*lease, district_, {"", "", "Subject", "Text"}, "m:1", kNow);

  ASSERT_FALSE(added.has_value());
  EXPECT_EQ(added.error().field, "to");
}

TEST_P(QueueTest, ClaimTakesOnlyDueJobs) {
  Add("later", kNow + 3600);

  EXPECT_FALSE(ClaimAt(kNow).has_value());
  auto job = ClaimAt(kNow + 3600);

  ASSERT_TRUE(job.has_value());
  EXPECT_EQ(job->attempts, 1);
  EXPECT_EQ(StateOf(job->id), "running");
}

TEST_P(QueueTest, ARunningJobIsNotClaimedTwiceWhileItsLeaseLasts) {
  Add("one");

  auto first = ClaimAt(kNow, "w1");
  auto second = ClaimAt(kNow + 59, "w2");

  ASSERT_TRUE(first.has_value());
  EXPECT_FALSE(second.has_value());
}

TEST_P(QueueTest, AnExpiredLeaseLetsAnotherServerTakeTheJob) {
  Add("one");
  auto first = ClaimAt(kNow, "crashed");

  auto second = ClaimAt(kNow + 61, "w2");

  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->id, first->id);
  EXPECT_EQ(second->attempts, 2);
  auto lease = database_->Acquire();
  EXPECT_EQ(Complete(*lease, *first, "crashed", kNow + 62).error().code,
            core::ErrorCode::kConflict);
  EXPECT_TRUE(Complete(*lease, *second, "w2", kNow + 62).has_value());
  EXPECT_EQ(StateOf(first->id), "done");
}

TEST_P(QueueTest, AFailedTryIsQueuedAgainAfterBackoff) {
  Add("one");
  auto job = ClaimAt(kNow);
  auto lease = database_->Acquire();

  auto state = RecordFailure(*lease, *job, "w1", kNow, "SMTP down", false);

  EXPECT_EQ(state.value(), JobState::kQueued);
  EXPECT_FALSE(ClaimAt(kNow + BackoffSeconds(1) - 1).has_value());
  EXPECT_TRUE(ClaimAt(kNow + BackoffSeconds(1)).has_value());
}

TEST_P(QueueTest, TheLastAllowedFailureMarksTheJobFailedWithTheError) {
  Add("one", kNow, 2);
  auto lease = database_->Acquire();
  auto first = ClaimAt(kNow);
  ASSERT_EQ(RecordFailure(*lease, *first, "w1", kNow, "SMTP down", false).value(), JobState::kQueued);
  auto second = ClaimAt(kNow + 3600);

  auto state = RecordFailure(*lease, *second, "w1", kNow + 3600, "SMTP still down", false);

  EXPECT_EQ(state.value(), JobState::kFailed);
  EXPECT_FALSE(ClaimAt(kNow + 999999).has_value());
  std::string error;
  ASSERT_TRUE(lease->Execute("SELECT last_error FROM jobs WHERE district_id = $1 AND id = $2",
                             {district_, first->id}, [&](const db::Row& row) { error = row.String(0); }));
  EXPECT_EQ(error, "SMTP still down");
}

TEST_P(QueueTest, RunnerRetriesAFailingHandlerThenGivesUp) {
  core::FixedClock clock(kNow);
  Runner runner(*database_, clock, {district_, "w1", 60, 1});
  int calls = 0;
  runner.Handle("test.echo", [&](JobContext&) -> core::Result<void> {
    ++calls;
    return core::Fail(core::ErrorCode::kUnavailable, "The echo server is away.");
  });
  Add("one", kNow, 3);

  EXPECT_EQ(runner.RunDue()->retried, 1);
  EXPECT_EQ(runner.RunDue()->retried, 0);  // not due yet: backing off
  clock.Set(kNow + 3600);
  EXPECT_EQ(runner.RunDue()->retried, 1);
  clock.Set(kNow + 7200);
  EXPECT_EQ(runner.RunDue()->failed, 1);

  EXPECT_EQ(calls, 3);
}

TEST_P(QueueTest, AJobOfUnknownKindFailsAtOnce) {
  core::FixedClock clock(kNow);
  Runner runner(*database_, clock, {district_, "w1", 60, 1});
  Add("one", kNow, 5);

  auto report = runner.RunDue();

  EXPECT_EQ(report->failed, 1);
}

TEST_P(QueueTest, ConcurrentClaimersNeverGetTheSameJob) {
  constexpr int kJobs = 60;
  for (int i = 0; i < kJobs; ++i) Add("job:" + std::to_string(i));
  std::mutex mutex;
  std::vector<std::int64_t> claimed;
  std::atomic<int> errors = 0;

  auto claimer = [&](std::string worker) {
    auto lease = database_->Acquire();
    for (;;) {
      auto job = Claim(*lease, district_, worker, kNow, 60);
      if (!job) { ++errors; continue; }
      if (!*job) return;
      std::lock_guard lock(mutex);
      claimed.push_back((*job)->id);
    }
  };
  std::thread a(claimer, "server-a"), b(claimer, "server-b"), c(claimer, "server-c");
  a.join(); b.join(); c.join();

  EXPECT_EQ(claimed.size(), static_cast<std::size_t>(kJobs));
  EXPECT_EQ(std::set<std::int64_t>(claimed.begin(), claimed.end()).size(), claimed.size());
}

TEST_P(QueueTest, TwoRunnersRunEachJobOnce) {
  constexpr int kJobs = 40;
  for (int i = 0; i < kJobs; ++i) Add("job:" + std::to_string(i));
  core::FixedClock clock(kNow);
  std::mutex mutex;
  std::multiset<std::int64_t> ran;
  auto handler = [&](JobContext& context) -> core::Result<void> {
    std::lock_guard lock(mutex);
    ran.insert(context.job_id());
    return {};
  };
  Runner one(*database_, clock, {district_, "server-1", 60, 1});
  Runner two(*database_, clock, {district_, "server-2", 60, 1});
  one.Handle("test.echo", handler);
  two.Handle("test.echo", handler);

  core::Result<RunReport> report_one, report_two;
  std::thread a([&] { report_one = one.RunDue(); });
  std::thread b([&] { report_two = two.RunDue(); });
  a.join(); b.join();

  EXPECT_EQ(report_one->done + report_two->done, kJobs);
  EXPECT_EQ(ran.size(), static_cast<std::size_t>(kJobs));
  EXPECT_EQ(std::set<std::int64_t>(ran.begin(), ran.end()).size(), ran.size());
}

INSTANTIATE_TEST_SUITE_P(BothDialects, QueueTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::jobs
