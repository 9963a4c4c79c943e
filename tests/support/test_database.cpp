#include "support/test_database.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <vector>

#include "app/application.hpp"
#include "features/districts/store/districts_store.hpp"

namespace practica::testing {
namespace {

std::string UniqueSuffix() {
  static std::atomic<int> counter{0};
  static const auto seed = std::random_device{}();
  return std::to_string(seed) + "_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
}

// The folders this process made; a static's destructor runs after every test and fixture has
// closed its database, so removing them then pulls nothing from under a connection.
class ScratchFolders {
 public:
  ~ScratchFolders() {
    std::error_code ignored;
    for (const auto& dir : folders_) std::filesystem::remove_all(dir, ignored);
  }
  void Add(const std::filesystem::path& dir) {
    std::lock_guard lock(mutex_);
    folders_.push_back(dir);
  }

 private:
  std::mutex mutex_;
  std::vector<std::filesystem::path> folders_;
};

ScratchFolders& Folders() {
  static ScratchFolders folders;
  return folders;
}

}  // namespace

std::filesystem::path ScratchDirectory(const std::string& prefix) {
  const auto dir = std::filesystem::temp_directory_path() / (prefix + "-" + UniqueSuffix());
  std::filesystem::create_directories(dir);
  Folders().Add(dir);
  return dir;
}

std::string DialectName(db::Dialect dialect) {
  return dialect == db::Dialect::kSqlite ? "sqlite" : "postgres";
}

std::string PostgresUrl() {
  const char* file = std::getenv("PRACTICA_TEST_POSTGRES_URL_FILE");
  std::string url;
  if (file != nullptr) std::getline(std::ifstream(file), url);
  if (url.empty()) {
    ADD_FAILURE() << "No PostgreSQL for store tests: run them through ctest (which starts "
                     "tests/rig/postgres.sh) or set PRACTICA_TEST_POSTGRES_URL_FILE.";
  }
  return url;
}

std::unique_ptr<db::Database> OpenMigrated(db::Dialect dialect, int pool_size) {
  std::string address;
  if (dialect == db::Dialect::kSqlite) {
    address = (ScratchDirectory("practica-test") / "test.db").string();
  } else {
    address = PostgresUrl();
  }
  auto database = app::OpenDatabase(address, pool_size);
  if (!database) {
    ADD_FAILURE() << database.error().message << " " << database.error().detail;
    return nullptr;
  }
  return std::move(*database);
}

std::string FreshPostgresDatabase() {
  const std::string url = PostgresUrl();
  auto admin = db::Database::Open(url, 1);
  if (!admin) {
    ADD_FAILURE() << admin.error().message;
    return {};
  }
  const std::string name = "practica_" + UniqueSuffix();
  auto lease = (*admin)->Acquire();
  if (auto created = lease->ExecuteScript("CREATE DATABASE " + name); !created) {
    ADD_FAILURE() << created.error().detail;
  }
  return url.substr(0, url.rfind('/') + 1) + name;
}

std::int64_t NewDistrict(db::Connection& connection, const std::string& name) {
  const std::string slug = "d" + UniqueSuffix();
  auto district = districts::DistrictsStore(connection).Create(
      districts::District{0, slug, name, "TD", "America/Los_Angeles"});
  EXPECT_TRUE(district.has_value()) << (district ? "" : district.error().detail);
  return district ? district->id : 0;
}

}  // namespace practica::testing
