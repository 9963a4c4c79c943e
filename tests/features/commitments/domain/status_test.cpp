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

TEST(Urgency, PutsReturnedFirstThenLateThenDueSoon) {
  EXPECT_LT(Urgency(Status::kReturned), Urgency(Status::kLate));
  EXPECT_LT(Urgency(Status::kLate), Urgency(Status::kDueSoon));
  EXPECT_LT(Urgency(Status::kDueSoon), Urgency(Status::kSubmitted));
  EXPECT_LT(Urgency(Status::kSubmitted), Urgency(Status::kVerified));
  EXPECT_LT(Urgency(Status::kVerified), Urgency(Status::kNotDone));
}

}  // namespace
}  // namespace practica::commitments
