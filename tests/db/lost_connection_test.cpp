// What a server behind a balancer meets when PostgreSQL restarts or fails over: every pooled
// connection closed under it. Each test has a database of its own, so ending its sessions
// touches no other test.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>
#include <vector>

#include "app/application.hpp"
#include "db/database.hpp"
#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

// Ends every other session on the database `url` names, as a restart does
// (FATAL: terminating connection due to administrator command), and waits until they are gone.
void EndOtherSessions(const std::string& url) {
  auto admin = db::Database::Open(url, 1);
  ASSERT_TRUE(admin.has_value()) << admin.error().detail;
  auto lease = (*admin)->Acquire();
  const std::string others =
      " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";
  auto ended = lease->QueryInt("SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid)" + others + ") t");
  ASSERT_TRUE(ended.has_value()) << ended.error().detail;
  ASSERT_GT(ended->value_or(0), 0) << "the pool had sessions to end";
  for (int i = 0; i < 100; ++i) {
    if (lease->QueryInt("SELECT COUNT(*)" + others).value().value_or(0) == 0) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  FAIL() << "the sessions did not end";
}

TEST(PooledConnections, AreReplacedBeforeServingWhenTheServerClosedThem) {
  const auto url = FreshPostgresDatabase();
  auto database = app::OpenDatabase(url, 3);
  ASSERT_TRUE(database.has_value()) << database.error().detail;
  {
    std::vector<db::Lease> all;  // every connection of the pool in use once
    for (int i = 0; i < 3; ++i) all.push_back((*database)->Acquire());
    for (auto& lease : all) ASSERT_TRUE(lease->Exec("SELECT 1"));
  }
  EndOtherSessions(url);

  std::vector<db::Lease> all;
  for (int i = 0; i < 3; ++i) all.push_back((*database)->Acquire());

  for (auto& lease : all) {
    auto answered = lease->QueryInt("SELECT COUNT(*) FROM schema_migrations");
    EXPECT_TRUE(answered.has_value()) << answered.error().detail;
  }
}

// PostgreSQL refuses every write in a read-only transaction, as a hot standby does.
std::string ReadOnly(const std::string& url) {
  return url + "?options=-c%20default_transaction_read_only%3Don";
}

TEST(Migrate, WritesNothingWhenTheSchemaIsCurrentSoAStandbyCanServe) {
  const auto url = FreshPostgresDatabase();
  ASSERT_TRUE(app::OpenDatabase(url, 1).has_value());
  auto standby = db::Database::Open(ReadOnly(url), 1);
  ASSERT_TRUE(standby.has_value()) << standby.error().detail;
  ASSERT_FALSE((*standby)->Acquire()->ExecuteScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY)"))
      << "the read-only database stands in for a standby only if it refuses DDL";

  const auto migrations = app::Migrations();
  auto report = db::Migrate(**standby, migrations);

  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_EQ(report->applied, 0);
  EXPECT_EQ(report->current_version, migrations.back().version);
}

TEST(Migrate, StillMigratesAnEmptyDatabaseOnce) {
  const auto url = FreshPostgresDatabase();
  auto database = db::Database::Open(url, 1);
  ASSERT_TRUE(database.has_value());
  const auto migrations = app::Migrations();

  auto first = db::Migrate(**database, migrations);
  auto second = db::Migrate(**database, migrations);

  ASSERT_TRUE(first.has_value()) << first.error().message;
  EXPECT_EQ(first->applied, static_cast<int>(migrations.size()));
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->applied, 0);
}

TEST(Application, StartsOnAReadOnlyStandbyOfACurrentDatabase) {
  auto primary = AppServer::StartOn(db::Dialect::kPostgres);
  ASSERT_NE(primary, nullptr);
  app::Config config = primary->config();
  config.database = ReadOnly(config.database);

  auto standby = AppServer::Start(config, false);

  ASSERT_NE(standby, nullptr);
  EXPECT_EQ(standby->Get("/readyz").status, 200);
  EXPECT_EQ(standby->Get("/").status, 200);
}

TEST(Application, AnswersNo503AfterTheDatabaseClosedEveryPooledConnection) {
  auto server = AppServer::StartOn(db::Dialect::kPostgres);
  ASSERT_NE(server, nullptr);
  const auto pool = server->config().db_pool;
  for (int i = 0; i < 2 * pool; ++i) ASSERT_EQ(server->Get("/readyz").status, 200);
  EndOtherSessions(server->config().database);

  int unavailable = 0;
  for (int i = 0; i < 3 * pool; ++i) {
    for (const char* page : {"/readyz", "/", "/sign-in"}) {
      if (server->Get(page).status == 503) ++unavailable;
    }
  }

  EXPECT_EQ(unavailable, 0);
}

}  // namespace
}  // namespace practica::testing
