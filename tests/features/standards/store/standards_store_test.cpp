// The reference frameworks on a SQLite file and on PostgreSQL: the ISTE Standards for Students,
// Educators and Education Leaders, and SAMR, copied into a district, read back in order, seeded
// again without change.
#include "features/standards/store/standards_store.hpp"

#include <gtest/gtest.h>

#include <map>

#include "support/test_database.hpp"

namespace practica::standards {
namespace {

class StandardsStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_ = testing::NewDistrict(db());
    store_.emplace(db(), district_);
  }

  db::Connection& db() { return **lease_; }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::optional<StandardsStore> store_;
  std::int64_t district_ = 0;
};

TEST_P(StandardsStoreTest, SeedsTheSevenStudentStandardsInCodeOrderWithTheirIndicators) {
  ASSERT_TRUE(store_->SeedReferenceData().has_value());

  const auto standards = store_->Standards().value();

  ASSERT_EQ(standards.size(), 7u + 7u + 5u);
  EXPECT_EQ(standards[0].code, "1.1");
  EXPECT_EQ(standards[0].name, "Empowered Learner");
  EXPECT_EQ(standards[3].code, "1.4");
  EXPECT_EQ(standards[3].name, "Innovative Designer");
  EXPECT_EQ(standards[3].family, "students");
  EXPECT_EQ(standards[6].name, "Global Collaborator");
  ASSERT_EQ(standards[3].indicators.size(), 4u);
  EXPECT_EQ(standards[3].indicators[0].code, "1.4.a");
  EXPECT_EQ(standards[3].indicators[0].text, "Use a deliberate design process to generate ideas and solve problems.");
  EXPECT_EQ(standards[3].indicators[3].code, "1.4.d");
}

TEST_P(StandardsStoreTest, SeedsTheEducatorAndLeaderStandardsAfterTheStudentsWithTheirFamilies) {
  ASSERT_TRUE(store_->SeedReferenceData().has_value());

  const auto standards = store_->Standards().value();

  ASSERT_EQ(standards.size(), 19u);
  EXPECT_EQ(standards[7].code, "2.1");
  EXPECT_EQ(standards[7].family, "educators");
  EXPECT_EQ(standards[7].name, "Learner");
  EXPECT_EQ(standards[13].name, "Analyst");
  EXPECT_EQ(standards[13].indicators.size(), 3u);
  EXPECT_EQ(standards[14].code, "3.1");
  EXPECT_EQ(standards[14].family, "leaders");
  EXPECT_EQ(standards[15].name, "Visionary Planner");
  ASSERT_EQ(standards[15].indicators.size(), 5u);
  EXPECT_EQ(standards[15].indicators[4].code, "3.2.e");
  EXPECT_EQ(standards[18].name, "Connected Learner");
}

// A district seeded before the educator and leader standards existed gains them on the next
// seeding, and its students' standards stay as they were.
TEST_P(StandardsStoreTest, SeedingAgainAddsAFamilyTheDistrictLacks) {
  ASSERT_TRUE(store_->SeedReferenceData().has_value());
  ASSERT_TRUE(db().Exec("DELETE FROM standard_indicators WHERE district_id = $1 AND code NOT LIKE '1.%'", {district_})
                  .has_value());
  ASSERT_TRUE(db().Exec("DELETE FROM standards WHERE district_id = $1 AND family <> 'students'", {district_})
                  .has_value());
  ASSERT_EQ(store_->Standards().value().size(), 7u);

  ASSERT_TRUE(store_->SeedReferenceData().has_value());

  const auto standards = store_->Standards().value();
  ASSERT_EQ(standards.size(), 19u);
  std::size_t indicators = 0;
  for (const auto& standard : standards) indicators += standard.indicators.size();
  EXPECT_EQ(indicators, 28u + 24u + 22u);
}

TEST_P(StandardsStoreTest, SeedsTheCsFrameworksFiveConceptsAndSevenPracticesGradeBandsAndSubjects) {
  ASSERT_TRUE(store_->SeedReferenceData().has_value());
  ASSERT_TRUE(store_->SeedReferenceData().has_value());

  const auto terms = store_->Terms().value();

  std::map<std::string, std::vector<std::string>> codes;
  for (const auto& term : terms) codes[term.kind].push_back(term.code);
  EXPECT_EQ(codes["cs_concept"], (std::vector<std::string>{"CS", "NI", "DA", "AP", "IC"}));
  EXPECT_EQ(codes["cs_practice"].size(), 7u);
  EXPECT_EQ(codes["cs_practice"].front(), "P1");
  EXPECT_EQ(codes["grade_band"], (std::vector<std::string>{"K-2", "3-5", "6-8", "9-12"}));
  EXPECT_GE(codes["subject"].size(), 8u);
}

TEST_P(StandardsStoreTest, SeedsTheSamrLevelsInTheirOrder) {
  ASSERT_TRUE(store_->SeedReferenceData().has_value());

  const auto levels = store_->Samr().value();

  ASSERT_EQ(levels.size(), 4u);
  EXPECT_EQ(levels[0].code, "S");
  EXPECT_EQ(levels[0].name, "Substitution");
  EXPECT_EQ(levels[1].name, "Augmentation");
  EXPECT_EQ(levels[2].name, "Modification");
  EXPECT_EQ(levels[3].code, "R");
  EXPECT_EQ(levels[3].name, "Redefinition");
}

TEST_P(StandardsStoreTest, SeedingAgainAddsNothingAndKeepsADistrictsOwnWording) {
  ASSERT_TRUE(store_->SeedReferenceData().has_value());
  // A district's own wording: no store function edits a standard yet, so the test writes it.
  ASSERT_TRUE(db().Exec("UPDATE standards SET name = $3 WHERE district_id = $1 AND code = $2",
                        {district_, std::string("1.4"), std::string("Designer")})
                  .has_value());

  ASSERT_TRUE(store_->SeedReferenceData().has_value());

  const auto standards = store_->Standards().value();
  ASSERT_EQ(standards.size(), 19u);
  EXPECT_EQ(standards[3].name, "Designer");
  EXPECT_EQ(standards[3].indicators.size(), 4u);
  EXPECT_EQ(store_->Samr().value().size(), 4u);
}

TEST_P(StandardsStoreTest, ADistrictHasOnlyTheFrameworksSeededIntoIt) {
  ASSERT_TRUE(store_->SeedReferenceData().has_value());

  StandardsStore other(db(), testing::NewDistrict(db(), "Other"));
  const auto standards = other.Standards().value();
  const auto levels = other.Samr().value();

  EXPECT_TRUE(standards.empty());
  EXPECT_TRUE(levels.empty());
}

INSTANTIATE_TEST_SUITE_P(BothDialects, StandardsStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::standards
