#include "db/clause.hpp"

#include <gtest/gtest.h>

namespace practica::db {
namespace {

TEST(ScopeCondition, NumbersTheIdsAfterTheParametersAlreadyThere) {
  core::SchoolScope scope{false, {11, 12}, {3}};
  Params params{std::int64_t{1}, std::int64_t{2}};

  auto sql = ScopeCondition(scope, "p.school_id", "s.local_district_id", params);

  EXPECT_EQ(sql, "(p.school_id IN ($3, $4) OR s.local_district_id IN ($5))");
  EXPECT_EQ(params.size(), 5u);
}

TEST(ScopeCondition, IsEmptyForEverySchoolAndFalseForNone) {
  Params params;

  EXPECT_EQ(ScopeCondition({true, {}, {}}, "a", "b", params), "");
  EXPECT_EQ(ScopeCondition({false, {}, {}}, "a", "b", params), "1 = 0");
  EXPECT_TRUE(params.empty());
}

TEST(ScopeCondition, NamesOnlyTheLocalDistrictsWhenNoSchoolIsListed) {
  Params params;

  EXPECT_EQ(ScopeCondition({false, {}, {7, 8}}, "a", "s.local_district_id", params),
            "(s.local_district_id IN ($1, $2))");
}

TEST(ClauseAndWithin, AddsNothingForADistrictWideScope) {
  Clause where("p.district_id = $1", {std::int64_t{1}});

  where.AndWithin({true, {}, {}}, "p.school_id", "s.local_district_id");

  EXPECT_EQ(where.sql(), " WHERE p.district_id = $1");
}

TEST(ClauseAndWithin, KeepsTheRowsOfTheScope) {
  Clause where("p.district_id = $1", {std::int64_t{1}});

  where.AndWithin({false, {5}, {}}, "p.school_id", "s.local_district_id");

  EXPECT_EQ(where.sql(), " WHERE p.district_id = $1 AND (p.school_id IN ($2))");
  EXPECT_EQ(where.params().size(), 2u);
}

TEST(SchoolScope, IncludesTheSchoolsOfAListedLocalDistrict) {
  core::SchoolScope scope{false, {5}, {3}};

  EXPECT_TRUE(scope.Includes(5, 9));
  EXPECT_TRUE(scope.Includes(6, 3));
  EXPECT_FALSE(scope.Includes(6, 9));
  EXPECT_FALSE(scope.CoversNothing());
}

}  // namespace
}  // namespace practica::db
