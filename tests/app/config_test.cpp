#include "app/config.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

namespace practica::app {

TEST(ConfigApply, TakesAPortInRange) {
  Config config;

  ASSERT_TRUE(Apply({{"port", "9090"}}, config).has_value());

  EXPECT_EQ(config.port, 9090);
}

TEST(ConfigApply, NamesTheKeyAndValueOfABadPort) {
  Config config;

  auto applied = Apply({{"port", "80800"}}, config);

  ASSERT_FALSE(applied.has_value());
  EXPECT_EQ(applied.error().message,
            "The setting port = \"80800\" must be a whole number from 0 to 65535.");
  EXPECT_EQ(applied.error().field, "port");
  EXPECT_EQ(config.port, 8080);
}

TEST(ConfigApply, RefusesAnUnknownLogLevel) {
  Config config;

  EXPECT_FALSE(Apply({{"log_level", "loud"}}, config).has_value());
}

TEST(ConfigApply, TakesTrustedProxiesAndNamesOneThatIsNotAnAddress) {
  Config config;

  ASSERT_TRUE(Apply({{"trusted_proxies", "10.0.0.5, 10.0.1.0/24 ::1"}}, config).has_value());
  auto refused = Apply({{"trusted_proxies", "10.0.0.5, nginx"}}, config);

  EXPECT_EQ(config.trusted_proxies, "10.0.0.5, 10.0.1.0/24 ::1");
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().field, "trusted_proxies");
  EXPECT_NE(refused.error().message.find("\"nginx\""), std::string::npos);
}

TEST(ReadEnvironment, ReadsTrustedProxies) {
  ::setenv("PRACTICA_TRUSTED_PROXIES", "10.0.0.0/8", 1);

  const auto settings = ReadEnvironment();

  ::unsetenv("PRACTICA_TRUSTED_PROXIES");
  ASSERT_TRUE(settings.contains("trusted_proxies"));
  EXPECT_EQ(settings.at("trusted_proxies"), "10.0.0.0/8");
}

TEST(ConfigFinish, RefusesARealAddressWithoutAMailServer) {
  Config config;
  ASSERT_TRUE(Apply({{"public_url", "https://practica.lausd.net"}}, config).has_value());

  auto finished = Finish(config);

  ASSERT_FALSE(finished.has_value());
  EXPECT_EQ(finished.error().field, "smtp_url");
  EXPECT_NE(finished.error().message.find("set smtp_url, or development = true"), std::string::npos);
}

TEST(ConfigFinish, LetsADevelopmentServerLogItsMail) {
  Config config;
  ASSERT_TRUE(Apply({{"public_url", "https://practica.test"}, {"development", "true"}}, config).has_value());

  EXPECT_TRUE(Finish(config).has_value());
}

TEST(ConfigFinish, FillsThreadsFromTheMachineAndTheDatabase) {
  const auto cores = static_cast<std::int64_t>(std::max(1u, std::thread::hardware_concurrency()));
  Config sqlite;
  Config postgres;
  ASSERT_TRUE(Apply({{"database", "postgresql://practica@127.0.0.1/practica"}}, postgres).has_value());

  ASSERT_TRUE(Finish(sqlite).has_value());
  ASSERT_TRUE(Finish(postgres).has_value());

  EXPECT_EQ(sqlite.io_threads, cores);
  EXPECT_EQ(sqlite.worker_threads, std::max<std::int64_t>(4, 2 * cores));
  EXPECT_EQ(sqlite.download_threads, 4);
  EXPECT_EQ(sqlite.db_pool, sqlite.worker_threads + 4);
  EXPECT_EQ(postgres.worker_threads, std::max<std::int64_t>(4, 2 * cores));
  EXPECT_EQ(postgres.db_pool, postgres.worker_threads);
}

TEST(ConfigFinish, KeepsTheThreadsItIsGivenAndSizesThePoolForThem) {
  Config config;
  ASSERT_TRUE(Apply({{"worker_threads", "6"}, {"download_threads", "2"}}, config).has_value());

  ASSERT_TRUE(Finish(config).has_value());

  EXPECT_EQ(config.worker_threads, 6);
  EXPECT_EQ(config.download_threads, 2);
  EXPECT_EQ(config.db_pool, 8);  // SQLite: a connection for each worker and each download
}

TEST(ConfigApply, RefusesANegativeDownloadThreadCount) {
  Config config;

  auto applied = Apply({{"download_threads", "-1"}}, config);

  ASSERT_FALSE(applied.has_value());
  EXPECT_EQ(applied.error().field, "download_threads");
}

TEST(ConfigFinish, KeepsSessionsInMemoryOnlyOnPostgres) {
  Config sqlite;
  ASSERT_TRUE(Apply({{"session_cache", "true"}, {"database", "practica.db"}}, sqlite).has_value());
  auto refused = Finish(sqlite);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().field, "session_cache");
  EXPECT_NE(refused.error().message.find("PostgreSQL"), std::string::npos);

  Config postgres;
  ASSERT_TRUE(Apply({{"session_cache", "true"}, {"database", "postgresql://practica@127.0.0.1/practica"}}, postgres)
                  .has_value());
  EXPECT_TRUE(Finish(postgres).has_value());
  EXPECT_TRUE(postgres.session_cache);

  Config typo;
  EXPECT_FALSE(Apply({{"session_cache", "yes"}}, typo).has_value());
}

TEST(ReadTomlFile, ReadsKnownKeysAndRefusesUnknownOnes) {
  const auto dir = std::filesystem::temp_directory_path() / "practica-config-test";
  std::filesystem::create_directories(dir);
  const auto good = dir / "good.toml";
  const auto bad = dir / "bad.toml";
  std::ofstream(good) << "port = 9000\ndatabase = \"x.db\"\naccess_log = false\n";
  std::ofstream(bad) << "prot = 9000\n";

  auto settings = ReadTomlFile(good.string());
  auto refused = ReadTomlFile(bad.string());

  ASSERT_TRUE(settings.has_value());
  EXPECT_EQ(settings->at("port"), "9000");
  EXPECT_EQ(settings->at("access_log"), "false");
  ASSERT_FALSE(refused.has_value());
  EXPECT_NE(refused.error().message.find("unknown key \"prot\""), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace practica::app

namespace practica::app {

TEST(ConfigFinish, WantsTheWholeOpenIdClientOrNone) {
  Config config;
  config.oidc_issuer = "https://login.district.example";
  config.oidc_client_id = "practica";

  auto finished = Finish(config);

  ASSERT_FALSE(finished.has_value());
  EXPECT_EQ(finished.error().field, "oidc_client_secret");
}

TEST(ConfigFinish, DerivesThePublicUrlFromTheAddress) {
  Config config;
  config.port = 9000;

  ASSERT_TRUE(Finish(config).has_value());

  EXPECT_EQ(config.public_url, "http://127.0.0.1:9000");
}

}  // namespace practica::app

namespace practica::app {

TEST(ConfigFinish, RefusesAReplicaBesideASqliteDatabase) {
  Config config;
  ASSERT_TRUE(Apply({{"database_replica", "postgresql://practica@10.0.0.22/practica"}}, config));

  auto finished = Finish(config);

  ASSERT_FALSE(finished.has_value());
  EXPECT_EQ(finished.error().field, "database_replica");
  EXPECT_NE(finished.error().message.find("a replica needs PostgreSQL"), std::string::npos);
}

TEST(ConfigFinish, TakesAPostgresReplicaAndItsLagLimit) {
  Config config;
  ASSERT_TRUE(Apply({{"database", "postgresql://practica@10.0.0.21/practica"},
                     {"database_replica", "postgresql://practica@10.0.0.22/practica"},
                     {"replica_max_lag_seconds", "30"}},
                    config));

  ASSERT_TRUE(Finish(config).has_value());
  EXPECT_EQ(config.replica_max_lag_seconds, 30);
  EXPECT_FALSE(Apply({{"replica_max_lag_seconds", "0"}}, config).has_value());
}

TEST(ConfigFinish, RefusesAReplicaThatIsNotAPostgresUrl) {
  Config config;
  ASSERT_TRUE(Apply({{"database", "postgresql://practica@10.0.0.21/practica"},
                     {"database_replica", "replica.db"}},
                    config));

  auto finished = Finish(config);

  ASSERT_FALSE(finished.has_value());
  EXPECT_EQ(finished.error().field, "database_replica");
}

}  // namespace practica::app
