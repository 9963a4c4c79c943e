// Who reads which progress report: staff every one; a local district's director only their own
// local district's, never the whole cohort's (Northeast is 7, Central 4 here).
#include <gtest/gtest.h>

#include "features/reports/domain/report_scope.hpp"

namespace practica::reports {
namespace {

core::SchoolScope Staff() { return core::SchoolScope{true, {}, {}}; }
core::SchoolScope Director(std::vector<std::int64_t> local_districts) { return core::SchoolScope{false, {}, local_districts}; }

TEST(MayRead, StaffReadEveryReport) {
  EXPECT_TRUE(MayRead(Staff(), std::nullopt));
  EXPECT_TRUE(MayRead(Staff(), 7));
}

TEST(MayRead, ADirectorReadsTheirOwnLocalDistrictsOnly) {
  EXPECT_TRUE(MayRead(Director({7}), 7));
  EXPECT_FALSE(MayRead(Director({7}), 4));
  EXPECT_FALSE(MayRead(Director({7}), std::nullopt));  // the whole cohort holds other districts' schools
}

TEST(CoveredBy, StaffChooseAnyOrTheWholeCohort) {
  EXPECT_EQ(CoveredBy(Staff(), std::nullopt).value(), std::nullopt);
  EXPECT_EQ(CoveredBy(Staff(), 4).value(), 4);
}

TEST(CoveredBy, ADirectorAskingForEverySchoolGetsTheirOwn) {
  EXPECT_EQ(CoveredBy(Director({7}), std::nullopt).value(), 7);
}

TEST(CoveredBy, ADirectorCannotAskForAnotherLocalDistrict) {
  const auto covered = CoveredBy(Director({7}), 4);
  ASSERT_FALSE(covered);
  EXPECT_EQ(covered.error().code, core::ErrorCode::kForbidden);
}

TEST(CoveredBy, ADirectorOfSeveralMustChoose) {
  EXPECT_FALSE(CoveredBy(Director({7, 4}), std::nullopt));
  EXPECT_EQ(CoveredBy(Director({7, 4}), 4).value(), 4);
  EXPECT_FALSE(CoveredBy(Director({}), std::nullopt));
}

TEST(ReadScope, IsTheWholeDistrictOrOneLocalDistrict) {
  EXPECT_TRUE(ReadScope(std::nullopt).everything);
  const auto one = ReadScope(7);
  EXPECT_FALSE(one.everything);
  EXPECT_TRUE(one.Includes(1, 7));
  EXPECT_FALSE(one.Includes(1, 4));
}

}  // namespace
}  // namespace practica::reports
