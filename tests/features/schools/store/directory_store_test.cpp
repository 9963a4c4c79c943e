// The school directory import written to the database, on SQLite and PostgreSQL: a plan read
// from the schools on record and applied, then planned again from the same file, changes nothing;
// a school left out of the file is inactive, never deleted, and active again when it returns;
// a new spelling is kept; an import is applied once; the columns staff mapped are remembered.
#include "features/schools/store/directory_store.hpp"

#include <gtest/gtest.h>

#include <optional>

#include "features/districts/store/districts_store.hpp"
#include "features/kit/sheet_import_store.hpp"
#include "features/schools/routes/directory_check.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"

namespace practica::schools {
namespace {

class DirectoryStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    db_ = &**lease_;
    district_ = testing::NewDistrict(*db_);
    northeast_ = districts::DistrictsStore(*db_).AddLocalDistrict(district_, "Northeast").value().id;
    central_ = districts::DistrictsStore(*db_).AddLocalDistrict(district_, "Central").value().id;
    SchoolsStore schools(*db_, district_);
    School garvanza;
    garvanza.name = "Garvanza Elementary Technology and Leadership Magnet";
    garvanza.cds_code = "19647336016430";
    garvanza.type = SchoolType::kElementary;
    garvanza.local_district_id = northeast_;
    ASSERT_TRUE(schools.Create(garvanza));
    School hope;
    hope.name = "Hope Street ES";
    hope.type = SchoolType::kElementary;
    hope.local_district_id = central_;
    ASSERT_TRUE(schools.Create(hope));
  }

  // The file's rows, read as the import reads them: every row must be valid here.
  std::vector<DirectoryRow> Rows(const std::vector<std::vector<std::string>>& lines) {
    DirectoryStore store(*db_, district_);
    const std::vector<std::string> header{"CDS Code", "School Name", "Local District", "Type", "Grade Span"};
    auto districts = store.LocalDistricts();
    EXPECT_TRUE(districts);
    std::vector<CellProblem> problems;
    std::vector<DirectoryRow> rows;
    std::int64_t n = 1;
    for (const auto& fields : lines) {
      if (auto row = ReadRow(++n, fields, header, MapColumns(header, {}), *districts, problems)) rows.push_back(*row);
    }
    EXPECT_TRUE(problems.empty()) << problems.front().message;
    return rows;
  }

  DirectoryPlan PlanAndApply(const std::vector<DirectoryRow>& rows, std::int64_t now) {
    DirectoryStore store(*db_, district_);
    auto recorded = store.Recorded();
    EXPECT_TRUE(recorded);
    auto plan = PlanDirectory(rows, *recorded);
    auto tx = db::Transaction::Begin(*db_);
    EXPECT_TRUE(tx);
    for (const auto& change : plan.changes) EXPECT_TRUE(store.Apply(change, now));
    EXPECT_TRUE(tx->Commit());
    return plan;
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  db::Connection* db_ = nullptr;
  std::int64_t district_ = 0, northeast_ = 0, central_ = 0;
};

TEST_P(DirectoryStoreTest, AppliedTwiceTheSecondTimeChangesNothing) {
  const auto rows = Rows({{"19647336016430", "Garvanza ES", "Northeast", "Elementary", "K-5"},
                          {"", "Hope Street Elementary", "Northeast", "", ""},
                          {"19647330000002", "Aldama ES", "LD Northeast", "ES", "K-5"}});
  const auto first = PlanAndApply(rows, 1'540'000'000);
  EXPECT_EQ(first.added, 1);
  EXPECT_EQ(first.updated, 2);  // Garvanza's new spelling and span; Hope Street's local district and spelling

  const auto second = PlanAndApply(rows, 1'540'000'100);
  EXPECT_EQ(second.unchanged, 3);
  EXPECT_EQ(second.added + second.updated + second.missing, 0);

  auto recorded = DirectoryStore(*db_, district_).Recorded().value();
  ASSERT_EQ(recorded.size(), 3u);
  const auto& hope = recorded[1];
  EXPECT_EQ(hope.local_district_id, northeast_);
  EXPECT_EQ(hope.aliases, std::vector<std::string>{"Hope Street Elementary"});
  EXPECT_EQ(recorded[0].grade_span, "K-5");
  EXPECT_EQ(recorded[2].name, "Aldama ES");
  EXPECT_EQ(recorded[2].cds_code, "19647330000002");
}

TEST_P(DirectoryStoreTest, ASchoolLeftOutIsInactiveUntilTheFileListsItAgain) {
  PlanAndApply(Rows({{"19647336016430", "Garvanza ES", "Northeast", "", ""}}), 1'540'000'000);
  auto recorded = DirectoryStore(*db_, district_).Recorded().value();
  ASSERT_EQ(recorded.size(), 2u);  // never deleted
  EXPECT_FALSE(recorded[1].active);

  const auto back = PlanAndApply(Rows({{"19647336016430", "Garvanza ES", "Northeast", "", ""},
                                       {"", "Hope Street ES", "Central", "", ""}}),
                                 1'540'000'100);
  EXPECT_EQ(back.updated, 1);
  EXPECT_TRUE(back.changes[1].reactivates);
  EXPECT_TRUE(DirectoryStore(*db_, district_).Recorded().value()[1].active);
}

TEST_P(DirectoryStoreTest, AnImportIsAppliedOnceAndItsFileKeptAsItCame) {
  features::SheetImportStore store(*db_, district_, kDirectoryTables);
  const std::string bytes = "\xEF\xBB\xBF" "CDS Code;School Name\r\n";
  auto added = store.Add({"directory.csv", "text/csv", bytes, 1, 1'540'000'000});
  ASSERT_TRUE(added);
  EXPECT_EQ(added->state, "checked");
  EXPECT_EQ(store.Bytes(added->id).value(), bytes);
  EXPECT_TRUE(store.StartApplying(added->id).value());
  EXPECT_FALSE(store.StartApplying(added->id).value());
  ASSERT_TRUE(store.FinishApplying(added->id, {1, 2, 3, 4}, 1'540'000'100));
  const auto done = store.Find(added->id).value().value();
  EXPECT_EQ(done.state, "applied");
  EXPECT_EQ(done.deactivated, 4);
  EXPECT_EQ(store.Recent(10).value().size(), 1u);
}

TEST_P(DirectoryStoreTest, RemembersTheColumnsStaffMappedByTheirHeading) {
  features::SheetImportStore store(*db_, district_, kDirectoryTables);
  ASSERT_TRUE(store.RememberColumn("Campus Label", "name"));
  ASSERT_TRUE(store.RememberColumn("campus label", "name"));
  const auto remembered = store.RememberedColumns().value();
  ASSERT_EQ(remembered.size(), 1u);
  EXPECT_EQ(remembered.at("campus label"), "name");
  EXPECT_EQ(MapColumns({"Site", "Campus Label", "LD"}, remembered).at(DirectoryField::kName), 1u);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, DirectoryStoreTest, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::schools
