#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "app/application.hpp"
#include "db/database.hpp"
#include "db/sqlite_connection.hpp"
#include "db/migrator.hpp"
#include "db/read_snapshot.hpp"
#include "support/test_database.hpp"

namespace practica::db {
namespace {

// One local district written and the district's count of them read back, as the tests below
// check what a transaction or a snapshot kept.
core::Result<std::int64_t> AddLocalDistrict(Connection& db, std::int64_t district) {
  return db.Exec("INSERT INTO local_districts (district_id, id, slug, name) VALUES ($1, 1, 'x', 'X')", {district});
}
std::int64_t LocalDistricts(Connection& db, std::int64_t district) {
  return db.QueryInt("SELECT COUNT(*) FROM local_districts WHERE district_id = $1", {district}).value().value_or(-1);
}

class DatabaseTest : public ::testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
  }
  std::unique_ptr<Database> database_;
};

TEST_P(DatabaseTest, ReadsBackWhatItWroteWithNulls) {
  auto db = database_->Acquire();
  const auto district = testing::NewDistrict(*db);

  ASSERT_TRUE(db->Exec("INSERT INTO local_districts (district_id, id, slug, name) VALUES ($1, $2, $3, $4)",
                       {district, std::int64_t{990001}, std::string("east"), std::string("East")}));
  std::string name;
  bool null_seen = false;
  auto read = db->Execute("SELECT name, NULL FROM local_districts WHERE district_id = $1 AND id = $2",
                          {district, std::int64_t{990001}}, [&](const Row& row) {
                            name = row.String(0);
                            null_seen = row.IsNull(1);
                          });

  ASSERT_TRUE(read.has_value());
  EXPECT_EQ(name, "East");
  EXPECT_TRUE(null_seen);
}

TEST_P(DatabaseTest, RollsBackATransactionThatIsNotCommitted) {
  auto db = database_->Acquire();
  const auto district = testing::NewDistrict(*db);
  {
    auto tx = Transaction::Begin(*db);
    ASSERT_TRUE(tx.has_value());
    ASSERT_TRUE(AddLocalDistrict(*db, district));
  }

  EXPECT_EQ(LocalDistricts(*db, district), 0);
}

TEST_P(DatabaseTest, ReportsAUniqueViolationAsAConflict) {
  auto db = database_->Acquire();
  const auto district = testing::NewDistrict(*db);
  const std::string sql =
      "INSERT INTO local_districts (district_id, id, slug, name) VALUES ($1, $2, 'same', 'Same')";
  ASSERT_TRUE(db->Exec(sql, {district, std::int64_t{1}}));

  auto second = db->Exec(sql, {district, std::int64_t{2}});

  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(second.error().message.find("INSERT"), std::string::npos) << "SQL must stay in the log";
}

TEST_P(DatabaseTest, HandsOutIncreasingIds) {
  auto db = database_->Acquire();

  const auto first = db->NextId().value();
  const auto second = db->NextId().value();

  EXPECT_GT(second, first);
}

TEST_P(DatabaseTest, MigratingTwiceAppliesNothingTheSecondTime) {
  const auto migrations = app::Migrations();

  auto again = Migrate(*database_, migrations);

  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->applied, 0);
  EXPECT_EQ(again->current_version, migrations.back().version);
}

TEST_P(DatabaseTest, RefusesAChangeBegunInsideAReadSnapshotAndAllowsItAfter) {
  auto db = database_->Acquire();
  const auto district = testing::NewDistrict(*db);
  auto snapshot = ReadSnapshot::Begin(*db);
  ASSERT_TRUE(snapshot.has_value()) << snapshot.error().detail;

  auto inside = Transaction::Begin(*db);

  ASSERT_FALSE(inside.has_value());
  EXPECT_EQ(inside.error().code, core::ErrorCode::kInternal);
  EXPECT_NE(inside.error().detail.find("inside a read snapshot"), std::string::npos) << inside.error().detail;
  snapshot->End();
  // The connection is left as it was found: a change after the snapshot is kept.
  auto after = Transaction::Begin(*db);
  ASSERT_TRUE(after.has_value()) << after.error().detail;
  ASSERT_TRUE(AddLocalDistrict(*db, district));
  ASSERT_TRUE(after->Commit());
  EXPECT_EQ(LocalDistricts(*db, district), 1);
}

TEST_P(DatabaseTest, ASnapshotBegunInsideAnotherJoinsItAndEndsNothing) {
  auto db = database_->Acquire();
  auto outer = ReadSnapshot::Begin(*db);
  ASSERT_TRUE(outer.has_value());
  {
    auto inner = ReadSnapshot::Begin(*db);
    ASSERT_TRUE(inner.has_value()) << inner.error().detail;
  }

  // The outer one still holds: a change is still refused until it ends.
  EXPECT_FALSE(Transaction::Begin(*db).has_value());
  outer->End();
  EXPECT_TRUE(Transaction::Begin(*db).has_value());
}

TEST_P(DatabaseTest, ASnapshotBegunInsideAChangeJoinsItAndTheChangeIsKept) {
  auto db = database_->Acquire();
  const auto district = testing::NewDistrict(*db);
  auto tx = Transaction::Begin(*db);
  ASSERT_TRUE(tx.has_value());
  ASSERT_TRUE(AddLocalDistrict(*db, district));
  {
    auto read = ReadSnapshot::Begin(*db);
    ASSERT_TRUE(read.has_value()) << read.error().detail;
    EXPECT_EQ(LocalDistricts(*db, district), 1);
  }

  ASSERT_TRUE(tx->Commit());
  EXPECT_EQ(LocalDistricts(*db, district), 1);
}

INSTANTIATE_TEST_SUITE_P(BothDialects, DatabaseTest,
                         ::testing::Values(Dialect::kSqlite, Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

// On SQLite the snapshot is a read transaction: what another connection commits meanwhile is
// seen only after it ends, and a write slipped in without a Transaction is refused, not kept.
TEST(SqliteReadSnapshot, SeesOneMomentUntilItEnds) {
  auto database = testing::OpenMigrated(Dialect::kSqlite, 2);
  ASSERT_NE(database, nullptr);
  auto reader = database->Acquire();
  auto writer = database->Acquire();
  const auto district = testing::NewDistrict(*writer);
  const auto count = [&] { return LocalDistricts(*reader, district); };
  auto snapshot = ReadSnapshot::Begin(*reader);
  ASSERT_TRUE(snapshot.has_value());
  EXPECT_EQ(count(), 0);

  ASSERT_TRUE(AddLocalDistrict(*writer, district));

  EXPECT_EQ(count(), 0);
  snapshot->End();
  EXPECT_EQ(count(), 1);
}

TEST(SqliteReadSnapshot, RefusesAWriteWithoutATransactionAndKeepsNothing) {
  auto database = testing::OpenMigrated(Dialect::kSqlite, 1);
  ASSERT_NE(database, nullptr);
  auto db = database->Acquire();
  const auto district = testing::NewDistrict(*db);
  {
    auto snapshot = ReadSnapshot::Begin(*db);
    ASSERT_TRUE(snapshot.has_value());

    auto written = AddLocalDistrict(*db, district);

    ASSERT_FALSE(written.has_value());
    EXPECT_NE(written.error().detail.find("writes ran inside a read snapshot"), std::string::npos) << written.error().detail;
  }

  EXPECT_EQ(LocalDistricts(*db, district), 0);
  // After the snapshot the same connection writes again.
  EXPECT_TRUE(AddLocalDistrict(*db, district));
}

TEST(DatabaseOpen, NamesTheSqliteFileItCannotOpen) {
  auto database = Database::Open("/no/such/folder/practica.db", 1);

  ASSERT_FALSE(database.has_value());
  EXPECT_EQ(database.error().code, core::ErrorCode::kUnavailable);
  EXPECT_NE(database.error().message.find("/no/such/folder/practica.db"), std::string::npos);
}

TEST(DatabaseOpen, RefusesAFileThatIsNotADatabase) {
  const auto path = std::filesystem::temp_directory_path() / "practica-not-a-db.txt";
  std::ofstream(path) << "this is a text file, not a database, and it is long enough to matter\n";

  auto database = Database::Open(path.string(), 1);

  ASSERT_FALSE(database.has_value());
  EXPECT_NE(database.error().message.find(path.string()), std::string::npos);
  std::filesystem::remove(path);
}

TEST(DatabaseOpen, NamesThePostgresServerWithoutItsPassword) {
  auto database = Database::Open("postgresql://practica:secret@127.0.0.1:1/none", 1);

  ASSERT_FALSE(database.has_value());
  EXPECT_NE(database.error().message.find("postgresql://practica@127.0.0.1:1/none"), std::string::npos);
  EXPECT_EQ(database.error().message.find("secret"), std::string::npos);
}

TEST(SqlitePlaceholders, LeaveDollarsInsideStringsAlone) {
  EXPECT_EQ(ToSqlitePlaceholders("SELECT '$1', $2"), "SELECT '$1', ?2");
}

}  // namespace
}  // namespace practica::db
