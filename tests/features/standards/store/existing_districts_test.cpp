// A district seeded before the ISTE Standards for Educators and for Education Leaders were added
// (migration 0310) gains them when the database is migrated, with the wording a district seeded
// today gets, and keeps what it had. On a SQLite file and on a PostgreSQL database of its
// own, since the test migrates part way.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "app/application.hpp"
#include "db/migrator.hpp"
#include "features/standards/store/standards_store.hpp"
#include "support/test_database.hpp"

namespace practica::standards {
namespace {

constexpr int kAdultFamiliesMigration = 310;

// Each standard and indicator as one line, so two districts' frameworks compare whole.
std::vector<std::string> Lines(const std::vector<Standard>& standards) {
  std::vector<std::string> lines;
  for (const auto& s : standards) {
    lines.push_back(s.code + " | " + s.family + " | " + s.name + " | " + s.summary);
    for (const auto& i : s.indicators) lines.push_back("  " + i.code + " | " + i.text);
  }
  return lines;
}

class ExistingDistrictsTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    std::string address;
    if (GetParam() == db::Dialect::kPostgres) {
      address = testing::FreshPostgresDatabase();
    } else {
      address = (testing::ScratchDirectory("practica-standards") / "test.db").string();
    }
    auto opened = db::Database::Open(address, 2);  // the test holds one, migrating takes the other
    ASSERT_TRUE(opened.has_value()) << opened.error().message;
    database_ = std::move(*opened);
  }

  // The schema as it stood before the educator and leader standards.
  void MigrateToBefore() {
    std::vector<db::Migration> before;
    for (const auto& m : app::Migrations()) {
      if (m.version < kAdultFamiliesMigration) before.push_back(m);
    }
    ASSERT_TRUE(db::Migrate(*database_, before).has_value());
  }

  void MigrateToNow() {
    const auto all = app::Migrations();
    auto report = db::Migrate(*database_, all);
    ASSERT_TRUE(report.has_value()) << report.error().message;
  }

  // The students' standards as seeding wrote them before the other families existed.
  static void SeedStudentsOnly(db::Connection& db, std::int64_t district) {
    for (const auto& s : IsteStudentStandards()) {
      ASSERT_TRUE(db.Exec("INSERT INTO standards (district_id, code, family, name, summary) VALUES ($1, $2, $3, $4, $5)",
                          {district, s.code, s.family, s.name, s.summary})
                      .has_value());
      for (const auto& i : s.indicators) {
        ASSERT_TRUE(db.Exec("INSERT INTO standard_indicators (district_id, code, standard_code, text)"
                            " VALUES ($1, $2, $3, $4)",
                            {district, i.code, s.code, i.text})
                        .has_value());
      }
    }
  }

  std::unique_ptr<db::Database> database_;
};

TEST_P(ExistingDistrictsTest, MigratingGivesAnOlderDistrictTheFamiliesASeededOneHas) {
  MigrateToBefore();
  auto lease = database_->Acquire();
  const auto older = testing::NewDistrict(*lease, "Older");
  SeedStudentsOnly(*lease, older);

  MigrateToNow();

  const auto newer = testing::NewDistrict(*lease, "Newer");
  ASSERT_TRUE(StandardsStore(*lease, newer).SeedReferenceData().has_value());
  const auto gained = StandardsStore(*lease, older).Standards().value();
  EXPECT_EQ(Lines(gained), Lines(StandardsStore(*lease, newer).Standards().value()));
  EXPECT_EQ(gained.size(), 19u);
}

TEST_P(ExistingDistrictsTest, MigratingKeepsADistrictsOwnWording) {
  MigrateToBefore();
  auto lease = database_->Acquire();
  const auto district = testing::NewDistrict(*lease);
  SeedStudentsOnly(*lease, district);
  ASSERT_TRUE(lease->Exec("INSERT INTO standards (district_id, code, family, name, summary) VALUES ($1, $2, $3, $4, $5)",
                          {district, std::string("2.5"), std::string("educators"), std::string("Lesson Designer"),
                           std::string("Our own words.")})
                  .has_value());

  MigrateToNow();

  const auto standards = StandardsStore(*lease, district).Standards().value();
  ASSERT_EQ(standards.size(), 19u);
  EXPECT_EQ(standards[11].code, "2.5");
  EXPECT_EQ(standards[11].name, "Lesson Designer");
  EXPECT_EQ(standards[11].indicators.size(), 3u);
}

// Seeding a district that was never seeded writes every family at once; the migration leaves it be.
TEST_P(ExistingDistrictsTest, MigratingLeavesADistrictNeverSeededWithoutStandards) {
  MigrateToBefore();
  auto lease = database_->Acquire();
  const auto district = testing::NewDistrict(*lease);

  MigrateToNow();

  EXPECT_TRUE(StandardsStore(*lease, district).Standards().value().empty());
}

INSTANTIATE_TEST_SUITE_P(BothDialects, ExistingDistrictsTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::standards
