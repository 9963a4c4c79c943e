#include "features/commitments/domain/grid.hpp"

#include <gtest/gtest.h>

namespace practica::commitments {
namespace {

const core::TimeZone& LosAngeles() {
  static const auto zone = core::TimeZone::Locate("America/Los_Angeles").value();
  return zone;
}

Commitment Make(Phase phase, int number, int year, int month, int day) {
  Commitment c;
  c.id = number + (phase == Phase::kDistrict ? 100 : 0);
  c.phase = phase;
  c.number = number;
  c.title = "Commitment " + std::to_string(number);
  c.due = DueRule{DueKind::kFixed, core::LocalDate{year, month, day}};
  c.evidence = EvidenceSpec{EvidenceKind::kDate, "Date", false};
  return c;
}

TEST(GridTally, CountsEachRowsOwnCommitmentsAndEachColumnAcrossSchools) {
  const std::vector<Commitment> columns = {Make(Phase::kBeforeCoach, 1, 2018, 8, 7),
                                           Make(Phase::kOngoing, 16, 2019, 6, 7),
                                           Make(Phase::kDistrict, 1, 2018, 8, 7)};
  GridTally tally(columns);
  Event submitted{1, EventKind::kSubmitted, "", 5, "Elena Ortiz", 1533000000};
  Event verified{2, EventKind::kVerified, "", 6, "Ramon Castillo", 1533100000};
  const std::int64_t now = 1546300800;  // 2019-01-01

  auto done = tally.Add(GridSchool{"garvanza", "Garvanza", "Northeast"},
                        {{columns[0], {submitted, verified}}, {columns[1], {}}, {columns[2], {}}},
                        Calendar{}, LosAngeles(), now);
  auto behind = tally.Add(GridSchool{"hope-street-es", "Hope Street ES", "East"},
                          {{columns[0], {}}, {columns[1], {}}, {columns[2], {}}}, Calendar{}, LosAngeles(), now);
  auto not_issued = tally.Add(GridSchool{"telfair", "Telfair Avenue ES", "Northeast"}, {}, Calendar{}, LosAngeles(), now);

  EXPECT_EQ(done.verified, 1);
  EXPECT_EQ(done.total, 2);  // the district's commitment is not the school's to count
  EXPECT_EQ(behind.late, 1);
  EXPECT_EQ(behind.cells[0]->status, Status::kLate);
  EXPECT_EQ(behind.cells[1]->status, Status::kNotStarted);
  EXPECT_FALSE(not_issued.issued);
  EXPECT_FALSE(not_issued.cells[0].has_value());
  EXPECT_EQ(tally.columns()[0].verified, 1);
  EXPECT_EQ(tally.columns()[0].late, 1);
  EXPECT_EQ(tally.columns()[2].late, 2);
  EXPECT_EQ(tally.schools(), 3);
}

// What a home page counts for a school: PS 3.0's commitment 12, "Common Sense Digital Citizenship
// School by the 2018 Thanksgiving Break", seen on Monday, November 12, 2018, is due within
// kDueSoonDays; the school's commitment 1, due on Tuesday, August 7, 2018, is late; the
// district's own commitment counts toward neither.
TEST(GridTally, CountsTheSchoolsLateAndDueSoonItems) {
  const std::vector<Commitment> columns = {Make(Phase::kBeforeCoach, 1, 2018, 8, 7),
                                           Make(Phase::kFirstMonth, 12, 2018, 11, 16),
                                           Make(Phase::kOngoing, 16, 2019, 6, 7),
                                           Make(Phase::kDistrict, 2, 2018, 11, 16)};
  GridTally tally(columns);
  const std::int64_t now = 1542009600;  // Monday, November 12, 2018, 00:00 UTC
  auto row = tally.Add(GridSchool{"garvanza", "Garvanza", "Northeast", 7},
                       {{columns[0], {}}, {columns[1], {}}, {columns[2], {}}, {columns[3], {}}}, Calendar{},
                       LosAngeles(), now);
  EXPECT_EQ(row.school.id, 7);
  EXPECT_EQ(row.late, 1);
  EXPECT_EQ(row.due_soon, 1);
  EXPECT_EQ(row.cells[3]->status, Status::kDueSoon);  // the district's: shown, not counted

  // Evidence given: no longer "due soon", whether or not it is verified yet.
  Event submitted{1, EventKind::kSubmitted, "", 5, "Elena Ortiz", now - 3600};
  auto given = tally.Add(GridSchool{"garvanza", "Garvanza", "Northeast", 7},
                         {{columns[0], {}}, {columns[1], {submitted}}, {columns[2], {}}}, Calendar{},
                         LosAngeles(), now);
  EXPECT_EQ(given.due_soon, 0);
  EXPECT_EQ(given.late, 1);
}

}  // namespace
}  // namespace practica::commitments
