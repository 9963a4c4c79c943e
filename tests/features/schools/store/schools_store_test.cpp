#include "features/schools/store/schools_store.hpp"

#include <gtest/gtest.h>

#include "features/districts/store/districts_store.hpp"
#include "support/test_database.hpp"

namespace practica::schools {
namespace {

class SchoolsStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
  }

  School Named(std::string name, SchoolType type = SchoolType::kElementary) {
    School school;
    school.name = std::move(name);
    school.type = type;
    return school;
  }

  std::unique_ptr<db::Database> database_;
};

TEST_P(SchoolsStoreTest, FindsASchoolWithItsAliasesAndLocalDistrict) {
  auto db = database_->Acquire();
  const auto district = testing::NewDistrict(*db);
  auto east = districts::DistrictsStore(*db).AddLocalDistrict(district, "East").value();
  SchoolsStore store(*db, district);
  auto school = Named("Lucille Roybal-Allard ES");
  school.local_district_id = east.id;
  school.aliases = {"Lucille Roybal-allard Elementary"};
  ASSERT_TRUE(store.Create(school).has_value());

  auto found = store.FindBySlug("lucille-roybal-allard-es");

  ASSERT_TRUE(found.has_value());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->name, "Lucille Roybal-Allard ES");
  EXPECT_EQ((*found)->local_district_name, "East");
  EXPECT_EQ((*found)->aliases, std::vector<std::string>{"Lucille Roybal-allard Elementary"});
}

TEST_P(SchoolsStoreTest, GivesASecondSchoolOfTheSameNameItsOwnAddress) {
  auto db = database_->Acquire();
  SchoolsStore store(*db, testing::NewDistrict(*db));

  auto first = store.Create(Named("Grant ES"));
  auto second = store.Create(Named("Grant ES"));

  EXPECT_EQ(first->slug, "grant-es");
  EXPECT_EQ(second->slug, "grant-es-2");
}

TEST_P(SchoolsStoreTest, SearchesNamesAndOtherSpellingsWithoutCase) {
  auto db = database_->Acquire();
  SchoolsStore store(*db, testing::NewDistrict(*db));
  auto maces = Named("Maywood Center for Enriched Studies (MaCES)", SchoolType::kOther);
  maces.aliases = {"Maces"};
  ASSERT_TRUE(store.Create(maces));
  ASSERT_TRUE(store.Create(Named("Hope Street ES")));

  auto by_alias = store.List({.text = "MACES"});
  auto by_type = store.List({.type = SchoolType::kElementary});

  ASSERT_EQ(by_alias->schools.size(), 1u);
  EXPECT_EQ(by_alias->schools[0].name, "Maywood Center for Enriched Studies (MaCES)");
  EXPECT_EQ(by_type->total, 1);
  EXPECT_EQ(by_type->schools[0].name, "Hope Street ES");
}

TEST_P(SchoolsStoreTest, TreatsPercentInASearchAsText) {
  auto db = database_->Acquire();
  SchoolsStore store(*db, testing::NewDistrict(*db));
  ASSERT_TRUE(store.Create(Named("Hope Street ES")));

  auto found = store.List({.text = "%"});

  EXPECT_EQ(found->total, 0);
}

TEST_P(SchoolsStoreTest, PagesThroughResultsWithATotal) {
  auto db = database_->Acquire();
  SchoolsStore store(*db, testing::NewDistrict(*db));
  for (const char* name : {"Ambler ES", "Brainard ES", "Cowan ES"}) ASSERT_TRUE(store.Create(Named(name)));

  auto page = store.List({.limit = 2, .offset = 2});

  EXPECT_EQ(page->total, 3);
  ASSERT_EQ(page->schools.size(), 1u);
  EXPECT_EQ(page->schools[0].name, "Cowan ES");
}

TEST_P(SchoolsStoreTest, NeverShowsOneDistrictsSchoolsToAnother) {
  auto db = database_->Acquire();
  SchoolsStore mine(*db, testing::NewDistrict(*db, "Mine"));
  SchoolsStore theirs(*db, testing::NewDistrict(*db, "Theirs"));
  ASSERT_TRUE(theirs.Create(Named("Hope Street ES")));

  EXPECT_EQ(mine.List({})->total, 0);
  EXPECT_FALSE(mine.FindBySlug("hope-street-es")->has_value());
}

INSTANTIATE_TEST_SUITE_P(BothDialects, SchoolsStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::schools
