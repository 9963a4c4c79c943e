#include "features/commitments/domain/status.hpp"

#include <gtest/gtest.h>

namespace practica::commitments {
namespace {

const core::TimeZone& LosAngeles() {
  static const auto zone = core::TimeZone::Locate("America/Los_Angeles").value();
  return zone;
}

Calendar Ps3() { return Calendar{core::LocalDate{2018, 8, 8}, core::LocalDate{2018, 8, 14}, core::LocalDate{2019, 6, 7}}; }

std::int64_t At(const std::string& iso_utc_day, int hour, int minute = 0, int second = 0) {
  const auto day = core::ParseLocalDate(iso_utc_day).value();
  const auto utc = core::TimeZone::Locate("UTC").value().ToUtc(core::LocalDateTime{day, hour, minute}).value();
  return utc + second;
}

// Common Sense certification, due by the end of Wednesday, November 21, 2018.
std::vector<Occurrence> Thanksgiving() {
  return Schedule(DueRule{DueKind::kFixed, core::LocalDate{2018, 11, 21}}, Ps3(), LosAngeles());
}

Event Submitted(std::int64_t at, std::string period = "", std::int64_t person = 7) {
  Event event;
  event.kind = EventKind::kSubmitted;
  event.period = std::move(period);
  event.person_id = person;
  event.at = at;
  event.evidence.text = "https://www.commonsense.org/education/recognition/example";
  return event;
}

Event Acted(EventKind kind, std::int64_t at, std::string period = "", std::int64_t person = 9) {
  Event event;
  event.kind = kind;
  event.period = std::move(period);
  event.person_id = person;
  event.at = at;
  return event;
}

TEST(Assess, IsNotStartedWhileTheDueDateIsFarOff) {
  EXPECT_EQ(Assess(Thanksgiving(), {}, At("2018-10-01", 12)).status, Status::kNotStarted);
}

TEST(Assess, TurnsDueSoonFourteenCalendarDaysBeforeTheEndOfTheDueDay) {
  // November 8, 2018 00:00 PST is 08:00 UTC.
  EXPECT_EQ(Assess(Thanksgiving(), {}, At("2018-11-08", 7, 59, 59)).status, Status::kNotStarted);
  EXPECT_EQ(Assess(Thanksgiving(), {}, At("2018-11-08", 8)).status, Status::kDueSoon);
}

TEST(Assess, TurnsLateAtLocalMidnightAfterTheDueDayAndNotASecondBefore) {
  EXPECT_EQ(Assess(Thanksgiving(), {}, At("2018-11-22", 7, 59, 59)).status, Status::kDueSoon);
  EXPECT_EQ(Assess(Thanksgiving(), {}, At("2018-11-22", 8)).status, Status::kLate);
}

TEST(Assess, ShowsEvidenceWaitingAsSubmittedBeforeTheDueDate) {
  const std::vector<Event> events = {Submitted(At("2018-11-16", 22))};

  EXPECT_EQ(Assess(Thanksgiving(), events, At("2018-11-20", 12)).status, Status::kSubmitted);
}

TEST(Assess, ShowsUnverifiedEvidenceAsLateOncePastDue) {
  const std::vector<Event> events = {Submitted(At("2018-11-16", 22))};

  EXPECT_EQ(Assess(Thanksgiving(), events, At("2018-11-22", 8)).status, Status::kLate);
}

TEST(Assess, KeepsAVerifiedCommitmentVerifiedAfterItsDueDate) {
  const std::vector<Event> events = {Submitted(At("2018-11-16", 22)),
                                     Acted(EventKind::kVerified, At("2018-11-19", 18))};

  const auto standing = Assess(Thanksgiving(), events, At("2019-01-07", 18));

  EXPECT_EQ(standing.status, Status::kVerified);
  EXPECT_EQ(standing.verified, 1);
  EXPECT_EQ(standing.total, 1);
}

TEST(Assess, ShowsAReturnUntilTheTeamSubmitsAgain) {
  std::vector<Event> events = {Submitted(At("2018-10-01", 18)), Acted(EventKind::kReturned, At("2018-10-02", 18))};
  EXPECT_EQ(Assess(Thanksgiving(), events, At("2018-10-03", 18)).status, Status::kReturned);

  events.push_back(Submitted(At("2018-10-04", 18)));

  EXPECT_EQ(Assess(Thanksgiving(), events, At("2018-10-05", 18)).status, Status::kSubmitted);
}

TEST(Assess, ReopensAVerifiedCommitmentThatIsReturned) {
  const std::vector<Event> events = {Submitted(At("2018-10-01", 18)), Acted(EventKind::kVerified, At("2018-10-02", 18)),
                                     Acted(EventKind::kReturned, At("2018-10-03", 18))};

  EXPECT_EQ(Assess(Thanksgiving(), events, At("2018-10-04", 18)).status, Status::kReturned);
}

TEST(Assess, SpeaksOfTheOldestMonthNotVerifiedForARecurringCommitment) {
  const auto months = Schedule(DueRule{DueKind::kRecurring, std::nullopt, 1}, Ps3(), LosAngeles());
  const std::vector<Event> events = {Submitted(At("2018-08-31", 20), "2018-08"),
                                     Acted(EventKind::kVerified, At("2018-09-04", 16), "2018-08")};

  const auto standing = Assess(months, events, At("2018-09-20", 12));

  EXPECT_EQ(months[standing.current].label, "September 2018");
  EXPECT_EQ(standing.status, Status::kDueSoon);
  EXPECT_EQ(standing.verified, 1);
  EXPECT_EQ(standing.total, 11);
}

TEST(Assess, ShowsARecurringCommitmentLateWhileAPastMonthIsUnverified) {
  const auto months = Schedule(DueRule{DueKind::kRecurring, std::nullopt, 1}, Ps3(), LosAngeles());

  const auto standing = Assess(months, {}, At("2018-10-10", 12));

  EXPECT_EQ(standing.status, Status::kLate);
  EXPECT_EQ(months[standing.current].label, "August 2018");
}

TEST(Assess, NeverCallsACommitmentWithoutADueDateLate) {
  const auto undated = Schedule(DueRule{DueKind::kBeforeCoach}, Calendar{}, LosAngeles());

  EXPECT_EQ(Assess(undated, {}, At("2030-01-01", 0)).status, Status::kNotStarted);
}

TEST(Assess, ShowsAReturnPastItsDueDateAsReturnedAndPastDue) {
  // Hope Street's commitment 8: returned on August 14, 2018, due by the end of Tuesday,
  // August 7 (the day before the coach starts); looked at in late May 2019.
  const auto before_coach = Schedule(DueRule{DueKind::kBeforeCoach}, Ps3(), LosAngeles());
  const std::vector<Event> events = {Submitted(At("2018-08-07", 20)), Acted(EventKind::kReturned, At("2018-08-14", 17))};

  const auto standing = Assess(before_coach, events, At("2019-05-28", 17));

  EXPECT_EQ(standing.status, Status::kReturned);
  EXPECT_TRUE(standing.past_due);
  EXPECT_EQ(StandingLabel(standing), "Returned — past due");
}

TEST(Assess, ShowsAReturnBeforeItsDueDateAsReturnedOnly) {
  const std::vector<Event> events = {Submitted(At("2018-10-01", 18)), Acted(EventKind::kReturned, At("2018-10-02", 18))};

  const auto standing = Assess(Thanksgiving(), events, At("2018-10-03", 18));

  EXPECT_FALSE(standing.past_due);
  EXPECT_EQ(StandingLabel(standing), "Returned");
}

TEST(Assess, CountsALateItemAsPastDue) {
  EXPECT_TRUE(Assess(Thanksgiving(), {}, At("2018-11-22", 8)).past_due);
  EXPECT_FALSE(Assess(Thanksgiving(), {}, At("2018-11-22", 7, 59, 59)).past_due);
}

// PS 3.0's school year, 2018-2019, is over at midnight after Sunday, June 30, 2019 in Los
// Angeles: 07:00 UTC on July 1.
TEST(Assess, CallsWhatWasNeverVerifiedNotDoneOnceTheSchoolYearIsOver) {
  const auto year_ends_at = SchoolYearEndsAt(Calendar{{}, {}, {}, core::LocalDate{2019, 6, 30}}, LosAngeles());
  const std::vector<Event> returned = {Submitted(At("2018-10-01", 18)), Acted(EventKind::kReturned, At("2018-10-02", 18))};

  EXPECT_EQ(Assess(Thanksgiving(), {}, At("2019-07-01", 6, 59, 59), year_ends_at).status, Status::kLate);
  const auto after = Assess(Thanksgiving(), {}, At("2019-07-01", 7), year_ends_at);
  EXPECT_EQ(after.status, Status::kNotDone);
  EXPECT_FALSE(after.past_due);
  EXPECT_EQ(StandingLabel(after), "Not done");
  EXPECT_EQ(Assess(Thanksgiving(), returned, At("2026-12-02", 18), year_ends_at).status, Status::kNotDone);
}

TEST(Assess, KeepsWhatWasVerifiedVerifiedAfterTheSchoolYear) {
  const auto year_ends_at = SchoolYearEndsAt(Calendar{{}, {}, {}, core::LocalDate{2019, 6, 30}}, LosAngeles());
  const std::vector<Event> events = {Submitted(At("2018-11-16", 22)), Acted(EventKind::kVerified, At("2018-11-19", 18))};

  EXPECT_EQ(Assess(Thanksgiving(), events, At("2026-12-02", 18), year_ends_at).status, Status::kVerified);
}

TEST(CheckYearOpen, TakesEvidenceUntilTheSchoolYearEndsAndRefusesItAfter) {
  Calendar calendar = Ps3();
  calendar.school_year_ends_on = core::LocalDate{2019, 6, 30};

  const auto last_minute = CheckYearOpen(calendar, LosAngeles(), At("2019-07-01", 6, 59, 59), "PS 3.0");
  const auto after = CheckYearOpen(calendar, LosAngeles(), At("2019-07-01", 7), "PS 3.0");

  EXPECT_TRUE(last_minute.has_value());
  ASSERT_FALSE(after.has_value());
  EXPECT_EQ(after.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(after.error().message,
            "PS 3.0's school year ended on Sunday, June 30, 2019; its commitments stand as they ended and take no "
            "more evidence.");
}

// PS 3.0's monthly feedback forms (commitment 19): a month from August 2018 (from the first day
// of instruction, Tuesday, August 14) to June 2019 (to the end of support, Friday, June 7).
Commitment FeedbackForms() {
  Commitment forms;
  forms.phase = Phase::kOngoing;
  forms.number = 19;
  forms.title = "Complete the periodic online feedback forms";
  forms.due = DueRule{DueKind::kRecurring, std::nullopt, 1};
  forms.evidence = EvidenceSpec{EvidenceKind::kCount, "Staff who completed this month's form", false};
  forms.verifier = Verifier::kDistrict;
  return forms;
}

// August's forms given on Friday, August 31, 2018 and verified on Tuesday, September 4.
std::vector<Event> AugustVerified() {
  return {Submitted(At("2018-08-31", 20), "2018-08"), Acted(EventKind::kVerified, At("2018-09-04", 16), "2018-08")};
}

// Saturday, October 20, 2018, noon in Los Angeles.
const std::int64_t kOctober20 = At("2018-10-20", 19);

TEST(OpenPeriods, OffersTheMonthsBegunAndNotVerifiedWithWhereEachStands) {
  const auto months = Schedule(FeedbackForms().due, Ps3(), LosAngeles());

  const auto open = OpenPeriods(months, AugustVerified(), kOctober20);

  ASSERT_EQ(open.size(), 2u);
  EXPECT_EQ(months[open[0].index].label, "September 2018");
  EXPECT_EQ(open[0].state, "late, nothing given yet");  // due by Sunday, September 30
  EXPECT_EQ(months[open[1].index].label, "October 2018");
  EXPECT_EQ(open[1].state, "due soon");  // due by Wednesday, October 31: due soon from the 18th
}

TEST(OpenPeriods, SaysWhatWaitsAndWhatWasReturned) {
  const auto months = Schedule(FeedbackForms().due, Ps3(), LosAngeles());
  auto events = AugustVerified();
  events.push_back(Submitted(At("2018-10-01", 18), "2018-09"));
  events.push_back(Submitted(At("2018-10-02", 18), "2018-10"));
  events.push_back(Acted(EventKind::kReturned, At("2018-10-03", 18), "2018-10"));

  const auto open = OpenPeriods(months, events, kOctober20);

  ASSERT_EQ(open.size(), 2u);
  EXPECT_EQ(open[0].state, "waiting for verification");
  EXPECT_EQ(open[1].state, "returned");
}

TEST(ChosenTarget, TakesTheMonthTheTeamChooses) {
  const auto months = Schedule(FeedbackForms().due, Ps3(), LosAngeles());

  const auto october = ChosenTarget(FeedbackForms(), months, AugustVerified(), kOctober20, "2018-10");
  const auto unnamed = ChosenTarget(FeedbackForms(), months, AugustVerified(), kOctober20, "");

  ASSERT_TRUE(october.has_value());
  EXPECT_EQ(months[*october].period, "2018-10");
  ASSERT_TRUE(unnamed.has_value());
  EXPECT_EQ(months[*unnamed].period, "2018-09") << "unnamed, it is SubmissionTarget's oldest open month";
}

TEST(ChosenTarget, RefusesAMonthThatHasNotBegun) {
  const auto months = Schedule(FeedbackForms().due, Ps3(), LosAngeles());

  const auto november = ChosenTarget(FeedbackForms(), months, AugustVerified(), kOctober20, "2018-11");

  ASSERT_FALSE(november.has_value());
  EXPECT_EQ(november.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(november.error().field, "period");
  EXPECT_EQ(november.error().message,
            "Evidence for November 2018 of commitment 19 can be given from Thursday, November 1, 2018; choose a "
            "period that has begun.");
}

TEST(ChosenTarget, RefusesAMonthAlreadyVerified) {
  const auto months = Schedule(FeedbackForms().due, Ps3(), LosAngeles());

  const auto august = ChosenTarget(FeedbackForms(), months, AugustVerified(), kOctober20, "2018-08");

  ASSERT_FALSE(august.has_value());
  EXPECT_EQ(august.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(august.error().message,
            "Commitment 19 for August 2018 is already verified; choose another period, or ask district staff to "
            "return it if the evidence needs to change.");
}

TEST(ChosenTarget, RefusesAMonthTheCommitmentDoesNotHave) {
  const auto months = Schedule(FeedbackForms().due, Ps3(), LosAngeles());

  const auto july = ChosenTarget(FeedbackForms(), months, AugustVerified(), kOctober20, "2019-07");

  ASSERT_FALSE(july.has_value());
  EXPECT_EQ(july.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(july.error().field, "period");
  EXPECT_EQ(july.error().message,
            "Commitment 19 has no period \"2019-07\"; choose one of the periods its checklist offers (such as "
            "\"2018-08\" for August 2018).");
}

TEST(ChosenTarget, RefusesAPeriodForACommitmentDueOnce) {
  Commitment certification = FeedbackForms();
  certification.number = 12;
  certification.due = DueRule{DueKind::kFixed, core::LocalDate{2018, 11, 21}};

  const auto chosen = ChosenTarget(certification, Thanksgiving(), {}, kOctober20, "2018-10");

  ASSERT_FALSE(chosen.has_value());
  EXPECT_EQ(chosen.error().message, "Commitment 12 is due once, so it has no periods; leave the period out.");
}

// A return asks the team for more; once PS 3.0's year is over (07:00 UTC on July 1, 2019) the
// team cannot answer it.
TEST(CheckReturnYearOpen, TakesReturnsUntilTheSchoolYearEndsAndRefusesThemAfter) {
  Calendar calendar = Ps3();
  calendar.school_year_ends_on = core::LocalDate{2019, 6, 30};

  const auto last_minute = CheckReturnYearOpen(calendar, LosAngeles(), At("2019-07-01", 6, 59, 59), "PS 3.0");
  const auto after = CheckReturnYearOpen(calendar, LosAngeles(), At("2019-07-01", 7), "PS 3.0");

  EXPECT_TRUE(last_minute.has_value());
  ASSERT_FALSE(after.has_value());
  EXPECT_EQ(after.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(after.error().message,
            "PS 3.0's school year ended on Sunday, June 30, 2019, so its team can no longer answer a return; verify "
            "the evidence if it shows the commitment was kept, or leave the commitment as it ended.");
}

TEST(Urgency, PutsReturnedFirstThenLateThenDueSoon) {
  EXPECT_LT(Urgency(Status::kReturned), Urgency(Status::kLate));
  EXPECT_LT(Urgency(Status::kLate), Urgency(Status::kDueSoon));
  EXPECT_LT(Urgency(Status::kDueSoon), Urgency(Status::kSubmitted));
  EXPECT_LT(Urgency(Status::kSubmitted), Urgency(Status::kVerified));
  EXPECT_LT(Urgency(Status::kVerified), Urgency(Status::kNotDone));
}

}  // namespace
}  // namespace practica::commitments
