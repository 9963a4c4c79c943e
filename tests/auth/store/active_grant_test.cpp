// "A grant holds on a day" is written once in SQL (auth::GrantHoldsOn) for the stores that ask
// the database who holds a role, and once in C++ (Grant::ActiveOn) for a loaded person. Both
// databases must answer as Grant::ActiveOn does, for grants around PS 3.0's first day of
// coach support, Wednesday, August 8, 2018, including one ended early by staff.
#include "auth/domain/active_grant.hpp"

#include <gtest/gtest.h>

#include "auth/grant_store.hpp"
#include "features/people/store/people_store.hpp"
#include "support/test_database.hpp"

namespace practica::auth {
namespace {

core::LocalDate Day(int year, int month, int day) { return core::LocalDate{year, month, day}; }

class GrantHoldsOnTest : public ::testing::TestWithParam<db::Dialect> {};

TEST_P(GrantHoldsOnTest, TheDatabaseAgreesWithGrantActiveOnEveryDayAroundTheWindows) {
  auto database = testing::OpenMigrated(GetParam());
  ASSERT_NE(database, nullptr);
  auto lease = database->Acquire();
  const auto district = testing::NewDistrict(*lease);
  const auto person = people::PeopleStore(*lease, district).Create({0, "ramon@practica.example", "Ramon", true})->id;
  GrantStore grants(*lease, district);
  struct Case {
    std::string name;
    core::LocalDate starts_on;
    std::optional<core::LocalDate> ends_on;
    bool ended_by_staff = false;
  };
  const std::vector<Case> cases = {
      {"open-ended from August 8", Day(2018, 8, 8), std::nullopt},
      {"August 8 to 10 only", Day(2018, 8, 8), Day(2018, 8, 10)},
      {"starting a year later", Day(2019, 8, 8), std::nullopt},
      {"ended by staff", Day(2018, 8, 1), std::nullopt, true},
  };
  std::vector<std::pair<Case, Grant>> stored;
  for (const auto& c : cases) {
    auto added = grants.Add(NewGrant{person, Role::kSpecialist, ScopeKind::kDistrict, 0, c.starts_on, c.ends_on}, 0, 0);
    ASSERT_TRUE(added) << added.error().message;
    if (c.ended_by_staff) ASSERT_TRUE(grants.End(person, added->id, 0, 1));
    stored.emplace_back(c, *added);
  }
  for (const auto& day : {Day(2018, 8, 7), Day(2018, 8, 8), Day(2018, 8, 10), Day(2018, 8, 11), Day(2019, 8, 7),
                          Day(2019, 8, 8)}) {
    for (const auto& [c, grant] : stored) {
      auto held = lease->QueryInt("SELECT COUNT(*) FROM grants g WHERE g.district_id = $1 AND g.id = $2 AND " +
                                      GrantHoldsOn("g", "$3"),
                                  {district, grant.id, core::FormatIsoDate(day)});
      ASSERT_TRUE(held) << held.error().message;
      const bool expected = !c.ended_by_staff && grant.ActiveOn(day);
      EXPECT_EQ(held->value_or(0) == 1, expected) << c.name << " on " << core::FormatIsoDate(day);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Databases, GrantHoldsOnTest, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::auth
