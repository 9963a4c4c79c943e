#include "app/thread_counts.hpp"

#include <gtest/gtest.h>

namespace practica::app {
namespace {

TEST(DefaultThreadCounts, GivesTwoWorkersPerCoreOnBothDatabases) {
  const auto sqlite = DefaultThreadCounts(8, false);
  const auto postgres = DefaultThreadCounts(8, true);

  EXPECT_EQ(sqlite.io, 8);
  EXPECT_EQ(sqlite.workers, 16);
  EXPECT_EQ(postgres.io, 8);
  EXPECT_EQ(postgres.workers, 16);
}

TEST(DefaultThreadCounts, KeepsFourWorkersOnSmallMachines) {
  // Two cores, and one: spare workers for the waits (a write lock, sign-in, printing).
  EXPECT_EQ(DefaultThreadCounts(2, false).workers, 4);
  EXPECT_EQ(DefaultThreadCounts(1, false).workers, 4);
  EXPECT_EQ(DefaultThreadCounts(2, true).workers, 4);
  EXPECT_EQ(DefaultThreadCounts(0, false).io, 1);  // a count the machine could not tell
}

TEST(DefaultThreadCounts, GivesDownloadsThreadsOfTheirOwn) {
  EXPECT_EQ(DefaultThreadCounts(2, false).downloads, 4);
  EXPECT_EQ(DefaultThreadCounts(16, true).downloads, 4);
}

TEST(DefaultThreadCounts, OpensASqliteConnectionForEveryThreadThatReads) {
  // Four downloads at once still leave a connection for each worker.
  EXPECT_EQ(DefaultThreadCounts(2, false).db_pool, 4 + 4);
  EXPECT_EQ(DefaultDbPool(6, 2, false), 8);
}

TEST(DefaultThreadCounts, KeepsPostgresConnectionsToTheWorkers) {
  // max_connections counts every server's pool (README, "Connection pooling").
  EXPECT_EQ(DefaultThreadCounts(2, true).db_pool, 4);
  EXPECT_EQ(DefaultDbPool(6, 2, true), 6);
}

}  // namespace
}  // namespace practica::app
