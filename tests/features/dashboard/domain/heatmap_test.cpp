// The dashboard's rules alone: each signal's state in words and colour, which schools are at
// risk, how the grid filters and sorts.
#include <gtest/gtest.h>

#include <algorithm>

#include "features/dashboard/domain/heatmap.hpp"
#include "features/learning/domain/attendance.hpp"

namespace practica::dashboard {
namespace {

SchoolSignals OnTrack(std::string name) {
  SchoolSignals s;
  s.id = static_cast<std::int64_t>(name.size());
  s.slug = name;
  s.name = std::move(name);
  s.local_district = "Northeast";
  s.local_district_slug = "northeast";
  s.school_type = "elementary";
  s.agreement_state = "active";
  s.agreement_label = "Active";
  s.team_members = 4;
  s.team_confirmed = true;
  s.coach = "Ramon Castillo";
  s.issued = true;
  s.verified = 12;
  s.commitments = 21;
  s.sessions_held = 3;
  s.sessions_attended = 3;
  s.coaching_minutes = 750;
  s.challenge_started = true;
  s.challenge_stage = "cycle";
  s.challenge_label = "Cycle 2";
  s.challenge_shared = true;
  s.exemplars_published = 2;
  s.forms_sent = 3;
  s.forms_most = 3;
  s.forms_asked = 30;
  s.forms_answered = 22;
  s.plan_status = "approved";
  s.plan_label = "Approved";
  s.certification_status = "certified";
  s.certification_label = "Certified";
  s.certification_verified = true;
  return s;
}

const Cell& CellOf(const Row& row, ColumnKey key) {
  return *std::find_if(row.cells.begin(), row.cells.end(), [&](const Cell& c) { return c.key == key; });
}

TEST(Heatmap, ASchoolOnTrackIsGreenInEveryColumnAndSaysWhy) {
  const auto row = RowOf(OnTrack("Garvanza"));

  ASSERT_EQ(row.cells.size(), Columns().size());
  for (const auto& cell : row.cells) EXPECT_EQ(cell.heat, Heat::kGood) << cell.text;
  EXPECT_EQ(CellOf(row, ColumnKey::kCommitments).text, "12 of 21 verified");
  EXPECT_EQ(CellOf(row, ColumnKey::kSessions).text, "3 of 3 attended");
  EXPECT_EQ(CellOf(row, ColumnKey::kCoaching).text, "12.5 h");
  EXPECT_EQ(CellOf(row, ColumnKey::kChallenge).text, "Cycle 2 · shared");
  EXPECT_EQ(CellOf(row, ColumnKey::kTeam).text, "Confirmed · 4 members");
  EXPECT_FALSE(row.at_risk);
}

TEST(Heatmap, LateCommitmentsAreBehindAndDueSoonIsAFollowUp) {
  auto late = OnTrack("A");
  late.late = 2;
  late.due_soon = 1;
  auto soon = OnTrack("B");
  soon.due_soon = 1;

  EXPECT_EQ(CellOf(RowOf(late), ColumnKey::kCommitments).heat, Heat::kRisk);
  EXPECT_EQ(CellOf(RowOf(late), ColumnKey::kCommitments).text, "2 late · 12 of 21 verified");
  EXPECT_EQ(CellOf(RowOf(soon), ColumnKey::kCommitments).heat, Heat::kWatch);
  EXPECT_EQ(CellOf(RowOf(soon), ColumnKey::kCommitments).text, "1 due soon · 12 of 21 verified");
}

TEST(Heatmap, NothingToJudgeYetIsNotCountedAsBehind) {
  auto s = OnTrack("New school");
  s.issued = false;
  s.sessions_held = 0;
  s.sessions_attended = 0;
  s.challenge_started = false;

  const auto row = RowOf(s);

  EXPECT_EQ(CellOf(row, ColumnKey::kCommitments).heat, Heat::kNone);
  EXPECT_EQ(CellOf(row, ColumnKey::kCommitments).text, "Not issued");
  EXPECT_EQ(CellOf(row, ColumnKey::kSessions).text, "No sessions held yet");
  EXPECT_EQ(CellOf(row, ColumnKey::kChallenge).text, "Not started");
}

TEST(Heatmap, NoCoachIsBehindAndTheCoachingCellThenJudgesNothing) {
  auto s = OnTrack("No coach");
  s.coach.reset();
  s.coaching_minutes = 0;

  const auto row = RowOf(s);

  EXPECT_EQ(CellOf(row, ColumnKey::kCoach).heat, Heat::kRisk);
  EXPECT_EQ(CellOf(row, ColumnKey::kCoach).text, "No coach");
  EXPECT_EQ(CellOf(row, ColumnKey::kCoaching).heat, Heat::kNone);
  s.coach = "Ramon Castillo";
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kCoaching).heat, Heat::kWatch);
}

TEST(Heatmap, AtRiskTakesLateCommitmentsAndMissedSessionsTogether) {
  auto late_only = OnTrack("Late only");
  late_only.late = 3;
  auto missed_only = OnTrack("Missed only");
  missed_only.sessions_missed = 1;
  auto both = OnTrack("Both");
  both.late = 1;
  both.sessions_missed = 1;

  EXPECT_FALSE(AtRisk(late_only));
  EXPECT_FALSE(AtRisk(missed_only));
  EXPECT_TRUE(AtRisk(both));
  both.agreement_state = "retracted";
  EXPECT_FALSE(AtRisk(both)) << "a retracted school has left the program";
}

TEST(Heatmap, ARetractedParticipationJudgesNothingBeyondItsAgreement) {
  auto s = OnTrack("Gone");
  s.agreement_state = "retracted";
  s.agreement_label = "Retracted";
  s.late = 4;

  const auto row = RowOf(s);

  for (const auto& cell : row.cells) EXPECT_EQ(cell.heat, Heat::kNone) << cell.text;
  EXPECT_EQ(CellOf(row, ColumnKey::kCommitments).text, "Retracted");
}

TEST(Heatmap, TheDefaultOrderPutsTheSchoolsAtRiskFirstMostTroubleFirst) {
  auto a = OnTrack("Alpha");
  auto b = OnTrack("Bravo");
  b.late = 1;
  b.sessions_missed = 1;
  auto c = OnTrack("Charlie");
  c.late = 3;
  c.sessions_missed = 2;
  auto d = OnTrack("Delta");
  d.late = 5;  // late only: not at risk
  std::vector<Row> rows{RowOf(a), RowOf(b), RowOf(c), RowOf(d)};

  SortRows(rows, Sort{});

  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].school.name, "Charlie");
  EXPECT_EQ(rows[1].school.name, "Bravo");
  EXPECT_EQ(rows[2].school.name, "Alpha");
  EXPECT_EQ(rows[3].school.name, "Delta");
}

TEST(Heatmap, AColumnSortsWorstFirstAndTurnsRoundAscending) {
  auto a = OnTrack("Alpha");
  auto b = OnTrack("Bravo");
  b.late = 2;
  auto c = OnTrack("Charlie");
  c.due_soon = 1;
  auto n = OnTrack("November");
  n.issued = false;
  std::vector<Row> rows{RowOf(a), RowOf(b), RowOf(c), RowOf(n)};

  SortRows(rows, Sort{ColumnKey::kCommitments, false});
  EXPECT_EQ(rows[0].school.name, "Bravo");
  EXPECT_EQ(rows[1].school.name, "Charlie");
  EXPECT_EQ(rows[2].school.name, "Alpha");
  EXPECT_EQ(rows[3].school.name, "November") << "nothing to judge sorts after on track";

  SortRows(rows, Sort{ColumnKey::kCommitments, true});
  EXPECT_EQ(rows[0].school.name, "November");
  EXPECT_EQ(rows[3].school.name, "Bravo");
}

TEST(Heatmap, ThePlanAndTheCertificationAreOnTrackOnlyOnceApprovedAndVerified) {
  auto s = OnTrack("Garvanza");
  s.plan_status = "submitted";
  s.plan_label = "Submitted for review";
  s.certification_verified = false;

  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kPlan).heat, Heat::kWatch);
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kPlan).text, "Submitted for review");
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kCertification).text, "Certified, not yet verified");
  s.certification_status = "expired";
  s.certification_label = "Expired";
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kCertification).heat, Heat::kRisk);
  s.plan_status.clear();
  s.certification_status.clear();
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kPlan).text, "Not started");
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kCertification).heat, Heat::kNone);
}

TEST(Heatmap, APublishedExemplarIsOnTrackAndOneOnItsWayAFollowUp) {
  auto s = OnTrack("Garvanza");
  s.exemplars_under_way = 1;
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kExemplars).heat, Heat::kGood);
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kExemplars).text, "2 published · 1 on the way");

  s.exemplars_published = 0;
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kExemplars).heat, Heat::kWatch);
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kExemplars).text, "1 on the way");

  s.exemplars_under_way = 0;  // no date asks for one: nothing to judge
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kExemplars).heat, Heat::kNone);
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kExemplars).text, "None yet");
}

TEST(Heatmap, AFormClosedWithoutMostOfTheStaffAnsweringIsBehind) {
  auto s = OnTrack("Garvanza");
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kFeedback).text, "3 of 3 forms answered by most · 73% of 30 asked");

  s.forms_most = 2;  // the third still open, not yet most
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kFeedback).heat, Heat::kWatch);

  s.forms_closed_short = 1;  // it closed that way
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kFeedback).heat, Heat::kRisk);
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kFeedback).text, "2 of 3 forms answered by most · 73% of 30 asked");

  s.forms_sent = 1;
  s.forms_most = 0;
  s.forms_closed_short = 0;
  s.forms_asked = 3;
  s.forms_answered = 2;  // 66%: the share rounds down
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kFeedback).text, "0 of 1 form answered by most · 66% of 3 asked");

  s.forms_sent = 0;
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kFeedback).heat, Heat::kNone);
  EXPECT_EQ(CellOf(RowOf(s), ColumnKey::kFeedback).text, "No forms sent");
}

TEST(Heatmap, FiltersByLocalDistrictAndSchoolType) {
  auto s = OnTrack("Garvanza");

  EXPECT_TRUE(Matches(Filter{}, s));
  EXPECT_TRUE(Matches(Filter{"northeast", "elementary"}, s));
  EXPECT_FALSE(Matches(Filter{"south", ""}, s));
  EXPECT_FALSE(Matches(Filter{"", "high"}, s));
}

TEST(Heatmap, ParsesOnlyItsOwnColumns) {
  EXPECT_EQ(ParseColumn("commitments"), ColumnKey::kCommitments);
  EXPECT_FALSE(ParseColumn("name; DROP TABLE schools").has_value());
  EXPECT_FALSE(ParseColumn("").has_value());
}

TEST(Heatmap, SummaryCountsEachHeatPerColumn) {
  auto late = OnTrack("Late");
  late.late = 1;
  const auto summary = Summarize({RowOf(OnTrack("A")), RowOf(late)});

  const auto& commitments = summary[static_cast<std::size_t>(ColumnKey::kCommitments)];
  EXPECT_EQ(commitments.good, 1);
  EXPECT_EQ(commitments.risk, 1);
  EXPECT_EQ(summary[0].good, 2);
}

TEST(Heatmap, HoursReadAsPeopleSayThem) {
  EXPECT_EQ(HoursText(0), "None logged");
  EXPECT_EQ(HoursText(45), "45 min");
  EXPECT_EQ(HoursText(60), "1 h");
  EXPECT_EQ(HoursText(90), "1.5 h");
  EXPECT_EQ(HoursText(125), "2.1 h");
}

}  // namespace
}  // namespace practica::dashboard

namespace practica::learning {
namespace {

Offering Session(Kind kind, std::int64_t ends_at, bool cancelled = false) {
  Offering o;
  o.kind = kind;
  o.days.push_back(Day{1, ends_at - 3600, ends_at});
  if (cancelled) o.cancelled_at = ends_at - 86400;
  return o;
}

// A follow-up day of PS 3.0 ended on Friday, May 31, 2019; the dashboard looks from December 2026.
constexpr std::int64_t kMay31st2019 = 1559336400;
constexpr std::int64_t kNow = 1796256000;

TEST(AttendanceRecord, AnExpectedSessionNeverRegisteredForIsMissedAChosenOneIsNot) {
  AttendanceRecord record;

  record.Add(Session(Kind::kFollowUp, kMay31st2019), Outcome::kNotRegistered, kNow);
  record.Add(Session(Kind::kTechPlanning, kMay31st2019), Outcome::kNotRegistered, kNow);
  record.Add(Session(Kind::kOnboarding, kMay31st2019), Outcome::kAttended, kNow);

  EXPECT_EQ(record.held, 2);
  EXPECT_EQ(record.missed, 1);
  EXPECT_EQ(record.attended, 1);
  EXPECT_EQ(record.Text(), "1 of 2 attended");
}

TEST(AttendanceRecord, UpcomingAndCancelledSessionsCountForNobody) {
  AttendanceRecord record;

  record.Add(Session(Kind::kFollowUp, kNow + 86400), Outcome::kUpcoming, kNow);
  record.Add(Session(Kind::kFollowUp, kMay31st2019, true), Outcome::kAbsent, kNow);

  EXPECT_EQ(record.held, 0);
  EXPECT_EQ(record.Text(), "No sessions held yet");
}

TEST(AttendanceRecord, AbsentIsMissedPartialIsNotAndUnrecordedIsHeldButNeither) {
  AttendanceRecord record;

  record.Add(Session(Kind::kIsteSuite, kMay31st2019), Outcome::kAbsent, kNow);
  record.Add(Session(Kind::kFollowUp, kMay31st2019), Outcome::kPartial, kNow);
  record.Add(Session(Kind::kFollowUp, kMay31st2019), Outcome::kNotRecorded, kNow);

  EXPECT_EQ(record.missed, 1);
  EXPECT_EQ(record.partial, 1);
  EXPECT_EQ(record.held, 3);
}

}  // namespace
}  // namespace practica::learning
