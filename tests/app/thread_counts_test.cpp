#include "app/thread_counts.hpp"

#include <gtest/gtest.h>

namespace practica::app {
namespace {

TEST(DefaultThreadCounts, GivesAnIoThreadPerCoreAndTwoWorkersPerCore) {
  const auto counts = DefaultThreadCounts(8);

  EXPECT_EQ(counts.io, 8);
  EXPECT_EQ(counts.workers, 16);
}

TEST(DefaultThreadCounts, KeepsFourWorkersOnSmallMachines) {
  // Two cores, and one: spare workers for the waits (a write lock, sign-in, printing).
  EXPECT_EQ(DefaultThreadCounts(2).workers, 4);
  EXPECT_EQ(DefaultThreadCounts(1).workers, 4);
  EXPECT_EQ(DefaultThreadCounts(0).io, 1);  // a count the machine could not tell
}

TEST(DefaultThreadCounts, GivesDownloadsThreadsOfTheirOwn) {
  EXPECT_EQ(DefaultThreadCounts(2).downloads, 4);
  EXPECT_EQ(DefaultThreadCounts(16).downloads, 4);
}

TEST(DefaultDbPool, OpensASqliteConnectionForEveryThreadThatReads) {
  // Four downloads at once still leave a connection for each worker.
  const auto counts = DefaultThreadCounts(2);
  EXPECT_EQ(DefaultDbPool(counts.workers, counts.downloads, false), 4 + 4);
  EXPECT_EQ(DefaultDbPool(6, 2, false), 8);
}

TEST(DefaultDbPool, KeepsPostgresConnectionsToTheWorkers) {
  // max_connections counts every server's pool (README, "Connection pooling").
  const auto counts = DefaultThreadCounts(2);
  EXPECT_EQ(DefaultDbPool(counts.workers, counts.downloads, true), 4);
  EXPECT_EQ(DefaultDbPool(6, 2, true), 6);
}

}  // namespace
}  // namespace practica::app
