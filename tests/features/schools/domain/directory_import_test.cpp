// Importing the school directory, on schools spelled as the program's own lists spell them
// ("Garvanza ES", "Garvanza Elementary Technology and Leadership Magnet"): columns found by their
// headings, every error of a file in one pass with its row and column, and what applying it
// would change; applied twice, nothing the second time.
#include <gtest/gtest.h>

#include "features/schools/domain/directory_import.hpp"

namespace practica::schools {
namespace {

constexpr std::int64_t kNortheast = 7;
constexpr std::int64_t kCentral = 4;

LocalDistrictNames Districts() {
  return LocalDistrictNames{{{"northeast", kNortheast}, {"central", kCentral}}};
}

const std::vector<std::string> kHeader = {"CDS Code", "School Name", "Local District", "Type", "Grade Span"};

std::vector<DirectoryRow> ReadAll(const std::vector<std::vector<std::string>>& lines, std::vector<CellProblem>& problems) {
  const auto columns = MapColumns(kHeader, {});
  std::vector<DirectoryRow> rows;
  std::int64_t n = 1;
  for (const auto& fields : lines) {
    if (auto row = ReadRow(++n, fields, kHeader, columns, Districts(), problems)) rows.push_back(*row);
  }
  return rows;
}

RecordedSchool Garvanza() {
  return {1, "Garvanza Elementary Technology and Leadership Magnet", {"Garvanza ES"}, "19647336016430", kNortheast,
          SchoolType::kElementary, "K-5", true};
}
RecordedSchool HopeStreet() {
  return {2, "Hope Street ES", {}, "", kCentral, SchoolType::kElementary, "K-5", true};
}

TEST(MapColumns, FindsTheUsualHeadingsAndPrefersWhatStaffChoseBefore) {
  const auto usual = MapColumns(kHeader, {});
  EXPECT_EQ(usual.at(DirectoryField::kCdsCode), 0u);
  EXPECT_EQ(usual.at(DirectoryField::kName), 1u);
  EXPECT_EQ(usual.at(DirectoryField::kLocalDistrict), 2u);
  EXPECT_EQ(usual.at(DirectoryField::kType), 3u);
  EXPECT_EQ(usual.at(DirectoryField::kGradeSpan), 4u);
  const auto chosen = MapColumns({"Site", "Region", "Campus label"}, {{"campus label", "name"}});
  EXPECT_EQ(chosen.at(DirectoryField::kName), 2u);  // remembered, though "Site" also reads as a name
  EXPECT_EQ(chosen.at(DirectoryField::kLocalDistrict), 1u);
}

TEST(CheckHeader, SaysWhichRequiredColumnIsMissingAndWhatTheFirstRowReads) {
  const std::vector<std::string> header{"CDS", "Principal"};
  const auto problems = CheckHeader(header, MapColumns(header, {}));
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].row, 1);
  EXPECT_NE(problems[0].message.find("name"), std::string::npos);
  EXPECT_NE(problems[1].message.find("\"CDS\", \"Principal\""), std::string::npos);
}

TEST(ReadRow, ReportsEveryProblemOfARowAtOnceWithItsColumn) {
  std::vector<CellProblem> problems;
  const auto rows = ReadAll({{"1.96473E+13", "", "Eastside", "college", "9-12"}}, problems);
  EXPECT_TRUE(rows.empty());
  ASSERT_EQ(problems.size(), 4u);
  for (const auto& p : problems) EXPECT_EQ(p.row, 2);
  EXPECT_EQ(problems[0].column, "School Name");
  EXPECT_EQ(problems[1].column, "CDS Code");
  EXPECT_NE(problems[1].message.find("format the column as text"), std::string::npos);
  EXPECT_EQ(problems[2].column, "Local District");
  EXPECT_NE(problems[2].message.find("Eastside"), std::string::npos);
  EXPECT_EQ(problems[3].column, "Type");
}

TEST(ReadRow, AcceptsTheDistrictsOwnWaysOfWritingThings) {
  std::vector<CellProblem> problems;
  const auto rows = ReadAll({{"19647336016430", "Garvanza ES", "LD Northeast", "ES", "K-5"},
                             {"", "Hope Street ES", "central", "Elementary", ""}},
                            problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].local_district_id, kNortheast);
  EXPECT_EQ(rows[0].type, SchoolType::kElementary);
  EXPECT_EQ(rows[1].local_district_id, kCentral);
}

TEST(CheckRepeats, NamesTheEarlierRowOfARepeatedCodeOrName) {
  std::vector<CellProblem> problems;
  const auto rows = ReadAll({{"19647336016430", "Garvanza ES", "Northeast", "", ""},
                             {"19647336016430", "Aldama ES", "Northeast", "", ""},
                             {"", "garvanza es", "Northeast", "", ""}},
                            problems);
  const auto repeats = CheckRepeats(rows);
  ASSERT_EQ(repeats.size(), 2u);
  EXPECT_EQ(repeats[0].row, 3);
  EXPECT_NE(repeats[0].message.find("row 2"), std::string::npos);
  EXPECT_EQ(repeats[1].row, 4);
}

TEST(PlanDirectory, JoinsByCodeThenByTheReconciliationRuleAndKeepsTheSpelling) {
  std::vector<CellProblem> problems;
  const auto rows = ReadAll({{"19647336016430", "Garvanza ES", "Northeast", "Elementary", "K-5"},
                             {"", "Hope Street Elementary", "Central", "", ""},
                             {"19647330000002", "Aldama ES", "Northeast", "", "K-5"}},
                            problems);
  ASSERT_TRUE(problems.empty());
  const auto plan = PlanDirectory(rows, {Garvanza(), HopeStreet()});
  ASSERT_EQ(plan.changes.size(), 3u);
  EXPECT_EQ(plan.changes[0].kind, ChangeKind::kUnchanged);  // "Garvanza ES" is already an alias
  EXPECT_EQ(plan.changes[1].kind, ChangeKind::kUpdated);    // the same school, a new spelling
  EXPECT_TRUE(plan.changes[1].new_spelling);
  EXPECT_TRUE(plan.changes[1].changed.empty());
  EXPECT_EQ(plan.changes[2].kind, ChangeKind::kNew);
  EXPECT_EQ(plan.added, 1);
  EXPECT_EQ(plan.missing, 0);
}

TEST(PlanDirectory, ASchoolNoLongerInTheFileBecomesInactiveNeverDeleted) {
  std::vector<CellProblem> problems;
  const auto rows = ReadAll({{"19647336016430", "Garvanza ES", "Northeast", "", ""}}, problems);
  const auto plan = PlanDirectory(rows, {Garvanza(), HopeStreet()});
  ASSERT_EQ(plan.missing, 1);
  const auto& gone = plan.changes.back();
  EXPECT_EQ(gone.kind, ChangeKind::kMissing);
  EXPECT_EQ(gone.school->name, "Hope Street ES");
  const auto after = After(gone);
  EXPECT_FALSE(after.active);
  EXPECT_EQ(after.id, 2);
  EXPECT_EQ(after.name, "Hope Street ES");
}

TEST(PlanDirectory, TwoCodesAreTwoSchoolsWhateverTheirNames) {
  std::vector<CellProblem> problems;
  const auto rows = ReadAll({{"19647330000009", "Garvanza Elementary", "Northeast", "", ""}}, problems);
  const auto plan = PlanDirectory(rows, {Garvanza()});
  EXPECT_EQ(plan.changes.front().kind, ChangeKind::kNew);
}

TEST(PlanDirectory, BlankCellsKeepWhatIsOnRecord) {
  std::vector<CellProblem> problems;
  const auto rows = ReadAll({{"", "Garvanza ES", "Northeast", "", ""}}, problems);
  const auto plan = PlanDirectory(rows, {Garvanza()});
  EXPECT_EQ(plan.changes.front().kind, ChangeKind::kUnchanged);
  const auto after = After(plan.changes.front());
  EXPECT_EQ(after.cds_code, "19647336016430");
  EXPECT_EQ(after.grade_span, "K-5");
}

TEST(PlanDirectory, AppliedTwiceChangesNothingTheSecondTime) {
  std::vector<CellProblem> problems;
  const auto rows = ReadAll({{"19647336016430", "Garvanza Elem.", "Northeast", "Elementary", "TK-5"},
                             {"", "Hope Street ES", "Northeast", "", ""},
                             {"19647330000002", "Aldama ES", "Northeast", "Elementary", "K-5"}},
                            problems);
  ASSERT_TRUE(problems.empty());
  std::vector<RecordedSchool> recorded{Garvanza(), HopeStreet()};
  const auto first = PlanDirectory(rows, recorded);
  EXPECT_EQ(first.updated, 2);
  EXPECT_EQ(first.added, 1);
  std::vector<RecordedSchool> applied;
  std::int64_t next_id = 100;
  for (const auto& change : first.changes) applied.push_back(After(change, ++next_id));

  const auto second = PlanDirectory(rows, applied);
  EXPECT_EQ(second.unchanged, 3);
  EXPECT_EQ(second.updated + second.added + second.missing, 0);
}

TEST(NeedsConfirming, WhenMoreThanTheShareOfSchoolsOnRecordWouldChange) {
  std::vector<CellProblem> problems;
  const auto rows = ReadAll({{"19647336016430", "Garvanza ES", "Northeast", "", ""}}, problems);
  const std::vector<RecordedSchool> recorded{Garvanza(), HopeStreet()};
  const auto plan = PlanDirectory(rows, recorded);  // Hope Street would go inactive: half the schools
  EXPECT_TRUE(NeedsConfirming(plan, recorded, 0.2));
  EXPECT_FALSE(NeedsConfirming(plan, recorded, 0.5));
  EXPECT_FALSE(NeedsConfirming(PlanDirectory(rows, {}), {}, 0.2));  // a first import
}

}  // namespace
}  // namespace practica::schools
