// Which of a school's commitments evidence recorded elsewhere verifies, and what it says.
#include "features/commitments/domain/verification.hpp"

#include <gtest/gtest.h>

namespace practica::commitments {
namespace {

SchoolCommitment Copy(int number, VerifiedBy key, Phase phase = Phase::kBeforeCoach) {
  SchoolCommitment item;
  item.commitment.id = 100 + number;
  item.commitment.phase = phase;
  item.commitment.number = number;
  item.commitment.due = DueRule{DueKind::kBeforeCoach};
  item.commitment.verified_by = key;
  return item;
}

Event Happened(EventKind kind, std::int64_t at) {
  Event event;
  event.kind = kind;
  event.at = at;
  return event;
}

// PS 3.0's list as the demo marks it: 1 (SSO lead), 2 (technology support lead), 5 (team),
// 13 (Planning Cohort registration), 14 with no key.
std::vector<SchoolCommitment> Ps3() {
  return {Copy(1, VerifiedBy::kSsoLead), Copy(2, VerifiedBy::kTechLead), Copy(5, VerifiedBy::kTeamConfirmed),
          Copy(13, VerifiedBy::kPlanningRegistration, Phase::kFirstMonth), Copy(14, VerifiedBy::kPerson, Phase::kOngoing)};
}

std::vector<int> Numbers(const std::vector<const SchoolCommitment*>& items) {
  std::vector<int> numbers;
  for (const auto* item : items) numbers.push_back(item->commitment.number);
  return numbers;
}

TEST(ToVerify, PicksTheItemTheTemplateMarksWithTheEvidence) {
  const auto items = Ps3();

  EXPECT_EQ(Numbers(ToVerify(items, VerifiedBy::kSsoLead)), std::vector<int>{1});
  EXPECT_EQ(Numbers(ToVerify(items, VerifiedBy::kTechLead)), std::vector<int>{2});
  EXPECT_EQ(Numbers(ToVerify(items, VerifiedBy::kTeamConfirmed)), std::vector<int>{5});
  EXPECT_EQ(Numbers(ToVerify(items, VerifiedBy::kPlanningRegistration)), std::vector<int>{13});
}

TEST(ToVerify, PicksNothingWhenNoItemCarriesTheKey) {
  auto items = Ps3();
  items[0].commitment.verified_by = VerifiedBy::kPerson;

  EXPECT_TRUE(ToVerify(items, VerifiedBy::kSsoLead).empty());
  EXPECT_TRUE(ToVerify(items, VerifiedBy::kPerson).empty()) << "a person's items are never picked";
}

TEST(ToVerify, PicksNothingWhenTheCommitmentsAreNotIssued) {
  EXPECT_TRUE(ToVerify({}, VerifiedBy::kSsoLead).empty());
}

TEST(ToVerify, NeverVerifiesTwice) {
  auto items = Ps3();
  items[0].events = {Happened(EventKind::kSubmitted, 1), Happened(EventKind::kVerified, 2)};

  EXPECT_TRUE(ToVerify(items, VerifiedBy::kSsoLead).empty());
}

TEST(ToVerify, VerifiesAgainWhatAVerifierReturned) {
  auto items = Ps3();
  items[0].events = {Happened(EventKind::kVerified, 2), Happened(EventKind::kReturned, 3)};

  EXPECT_EQ(Numbers(ToVerify(items, VerifiedBy::kSsoLead)), std::vector<int>{1});
}

TEST(ToVerify, LeavesTheDistrictsAndRecurringCommitmentsToPeople) {
  std::vector<SchoolCommitment> items = {Copy(1, VerifiedBy::kSsoLead, Phase::kDistrict),
                                         Copy(19, VerifiedBy::kTeamConfirmed, Phase::kOngoing)};
  items[1].commitment.due = DueRule{DueKind::kRecurring, std::nullopt, 1};

  EXPECT_TRUE(ToVerify(items, VerifiedBy::kSsoLead).empty());
  EXPECT_TRUE(ToVerify(items, VerifiedBy::kTeamConfirmed).empty());
}

TEST(ToVerifyByNumber, PicksTheNumberedItemWhateverItsKeyUnlessVerified) {
  auto items = Ps3();

  EXPECT_EQ(Numbers(ToVerifyByNumber(items, 14)), std::vector<int>{14});
  items[4].events = {Happened(EventKind::kVerified, 2)};
  EXPECT_TRUE(ToVerifyByNumber(items, 14).empty());
  EXPECT_TRUE(ToVerifyByNumber(items, 6).empty());
}

TEST(VerificationComment, SaysWhatVerifiedIt) {
  EXPECT_EQ(VerificationComment(VerifiedBy::kSsoLead, "Ana Ruiz"),
            "Verified when Ana Ruiz was designated the single sign-on lead");
  EXPECT_EQ(VerificationComment(VerifiedBy::kTechLead, "Kevin Tran"),
            "Verified when Kevin Tran was designated the technology support lead");
  EXPECT_EQ(VerificationComment(VerifiedBy::kTeamConfirmed, ""), "Verified when the practitioner team was confirmed");
  EXPECT_EQ(VerificationComment(VerifiedBy::kPlanningRegistration, "Planning Cohort, March 2019"),
            "Verified when the team registered for Planning Cohort, March 2019");
}

TEST(VerifiedBy, ReadsBackEveryCodeAndRefusesOthers) {
  for (auto key : AllVerifiedBy()) EXPECT_EQ(ParseVerifiedBy(VerifiedByCode(key)), key);

  EXPECT_EQ(ParseVerifiedBy(""), VerifiedBy::kPerson);
  EXPECT_EQ(VerifiedByCode(VerifiedBy::kPlanningRegistration), "planning_registration");
  EXPECT_FALSE(ParseVerifiedBy("principal").has_value());
}

TEST(CheckCommitment, RefusesAKeyOnTheDistrictsOwnCommitment) {
  Commitment item = Copy(1, VerifiedBy::kSsoLead, Phase::kDistrict).commitment;
  item.title = "Assign an ITF to the school";
  item.evidence = EvidenceSpec{EvidenceKind::kPerson, "Name of the ITF", false};

  auto checked = CheckCommitment(item);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "verified_by");
  EXPECT_EQ(checked.error().message,
            "District staff verify the district's own commitments; choose \"Never: a person verifies it\" for "
            "district commitment 1.");
}

TEST(CheckCommitment, RefusesAKeyOnARecurringCommitment) {
  Commitment item = Copy(19, VerifiedBy::kAttendance, Phase::kOngoing).commitment;
  item.title = "Complete the periodic online feedback forms";
  item.due = DueRule{DueKind::kRecurring, std::nullopt, 1};
  item.evidence = EvidenceSpec{EvidenceKind::kCount, "Staff who completed the form", false};

  auto checked = CheckCommitment(item);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "verified_by");
}

TEST(CheckCommitment, AcceptsTheCoachsLogOnARecurringCommitment) {
  // Commitment 14 is due every quarter; each coaching entry has its own day, so it speaks for a period.
  Commitment item = Copy(14, VerifiedBy::kClassroomCoaching, Phase::kOngoing).commitment;
  item.title = "Coach in classrooms with the ITF";
  item.due = DueRule{DueKind::kRecurring, std::nullopt, 3};
  item.evidence = EvidenceSpec{EvidenceKind::kCount, "Teachers worked with this quarter", false};

  EXPECT_TRUE(CheckCommitment(item).has_value());
}

// PS 3.0's dates: instruction began Tuesday, August 14, 2018; the coach's support ended Friday,
// June 7, 2019; the school year ended Sunday, June 30, 2019.
Calendar Ps3Year() {
  return Calendar{core::LocalDate{2018, 8, 8}, core::LocalDate{2018, 8, 14}, core::LocalDate{2019, 6, 7},
                  core::LocalDate{2019, 6, 30}};
}

// 10 (a check-in, first month), 11 (an ILT meeting, first month), 14 (classroom work, quarterly).
std::vector<SchoolCommitment> CoachedItems() {
  auto ten = Copy(10, VerifiedBy::kCoachCheckIn, Phase::kFirstMonth);
  ten.commitment.due = DueRule{DueKind::kAfterInstructionStarts, std::nullopt, 1};
  auto eleven = Copy(11, VerifiedBy::kIltMeeting, Phase::kFirstMonth);
  eleven.commitment.due = DueRule{DueKind::kAfterInstructionStarts, std::nullopt, 1};
  auto fourteen = Copy(14, VerifiedBy::kClassroomCoaching, Phase::kOngoing);
  fourteen.commitment.due = DueRule{DueKind::kRecurring, std::nullopt, 3};
  return {ten, eleven, fourteen};
}

std::vector<std::string> Periods(const std::vector<Pick>& picks) {
  std::vector<std::string> found;
  for (const auto& pick : picks) found.push_back(std::to_string(pick.item->commitment.number) + "@" + pick.period);
  return found;
}

TEST(ToVerifyOn, ACheckInVerifiesCommitment10AndNothingElse) {
  const auto items = CoachedItems();

  EXPECT_EQ(Periods(ToVerifyOn(items, VerifiedBy::kCoachCheckIn, {2018, 8, 16}, Ps3Year())),
            std::vector<std::string>{"10@"});
  EXPECT_EQ(Periods(ToVerifyOn(items, VerifiedBy::kIltMeeting, {2018, 8, 28}, Ps3Year())),
            std::vector<std::string>{"11@"});
}

TEST(ToVerifyOn, ClassroomWorkVerifiesTheQuarterHoldingItsDay) {
  const auto items = CoachedItems();
  const auto calendar = Ps3Year();

  // Quarters from August 2018: Aug–Oct, Nov–Jan, Feb–Apr, May–June 7.
  EXPECT_EQ(Periods(ToVerifyOn(items, VerifiedBy::kClassroomCoaching, {2018, 9, 11}, calendar)),
            std::vector<std::string>{"14@2018-08"});
  EXPECT_EQ(Periods(ToVerifyOn(items, VerifiedBy::kClassroomCoaching, {2019, 1, 31}, calendar)),
            std::vector<std::string>{"14@2018-11"});
  EXPECT_EQ(Periods(ToVerifyOn(items, VerifiedBy::kClassroomCoaching, {2019, 6, 7}, calendar)),
            std::vector<std::string>{"14@2019-05"});
}

TEST(ToVerifyOn, AVerifiedQuarterIsNotVerifiedAgainButTheNextOneIs) {
  auto items = CoachedItems();
  auto verified = Happened(EventKind::kVerified, 1);
  verified.period = "2018-08";
  items[2].events.push_back(verified);

  EXPECT_TRUE(ToVerifyOn(items, VerifiedBy::kClassroomCoaching, {2018, 10, 31}, Ps3Year()).empty());
  EXPECT_EQ(Periods(ToVerifyOn(items, VerifiedBy::kClassroomCoaching, {2018, 11, 1}, Ps3Year())),
            std::vector<std::string>{"14@2018-11"});
}

TEST(ToVerifyOn, AVerifiedOneTimeCommitmentIsLeftAlone) {
  auto items = CoachedItems();
  items[0].events.push_back(Happened(EventKind::kVerified, 1));

  EXPECT_TRUE(ToVerifyOn(items, VerifiedBy::kCoachCheckIn, {2019, 1, 15}, Ps3Year()).empty());
}

TEST(ToVerifyOn, ADayOutsideTheCohortsYearOrItsQuartersVerifiesNothing) {
  const auto items = CoachedItems();

  // The next school year is another cohort's; June 30, 2018 is the year before.
  EXPECT_TRUE(ToVerifyOn(items, VerifiedBy::kCoachCheckIn, {2019, 8, 20}, Ps3Year()).empty());
  EXPECT_TRUE(ToVerifyOn(items, VerifiedBy::kCoachCheckIn, {2018, 6, 30}, Ps3Year()).empty());
  EXPECT_EQ(Periods(ToVerifyOn(items, VerifiedBy::kCoachCheckIn, {2018, 7, 1}, Ps3Year())),
            std::vector<std::string>{"10@"});
  // Before instruction starts or after the coach's support ends, no quarter holds the day.
  EXPECT_TRUE(ToVerifyOn(items, VerifiedBy::kClassroomCoaching, {2018, 8, 13}, Ps3Year()).empty());
  EXPECT_TRUE(ToVerifyOn(items, VerifiedBy::kClassroomCoaching, {2019, 6, 10}, Ps3Year()).empty());
}

TEST(ToVerifyOn, EvidenceWithoutADayVerifiesNothingHere) {
  auto items = CoachedItems();
  items[0].commitment.verified_by = VerifiedBy::kSsoLead;

  EXPECT_TRUE(ToVerifyOn(items, VerifiedBy::kSsoLead, {2018, 8, 16}, Ps3Year()).empty());
}

TEST(KeyOfCoachingKind, NamesTheEvidenceEachKindOfWorkIs) {
  EXPECT_EQ(KeyOfCoachingKind("check_in"), VerifiedBy::kCoachCheckIn);
  EXPECT_EQ(KeyOfCoachingKind("ilt_meeting"), VerifiedBy::kIltMeeting);
  for (const char* kind : {"co_teach", "model_lesson", "co_design", "team_planning"}) {
    EXPECT_EQ(KeyOfCoachingKind(kind), VerifiedBy::kClassroomCoaching) << kind;
  }
  EXPECT_FALSE(KeyOfCoachingKind("debrief").has_value());
  EXPECT_FALSE(KeyOfCoachingKind("banked_time_pd").has_value());
}

TEST(VerificationComment, NamesWhatTheCoachLogged) {
  EXPECT_EQ(VerificationComment(VerifiedBy::kCoachCheckIn,
                                "Ramon Castillo logged a check-in meeting at Garvanza ES on Thursday, August 16, 2018 "
                                "(20 minutes)"),
            "Verified from the coaching log: Ramon Castillo logged a check-in meeting at Garvanza ES on Thursday, "
            "August 16, 2018 (20 minutes)");
}

// Commitment 19 is due every month, August 2018 to June 2019; a school's staff answering a
// feedback form is dated by the day most of them had answered.
SchoolCommitment FeedbackForms() {
  auto nineteen = Copy(19, VerifiedBy::kFeedbackAnswered, Phase::kOngoing);
  nineteen.commitment.due = DueRule{DueKind::kRecurring, std::nullopt, 1};
  return nineteen;
}

TEST(CheckCommitment, AcceptsFeedbackAnsweredOnTheMonthlyFeedbackCommitment) {
  Commitment item = FeedbackForms().commitment;
  item.title = "Complete the periodic online feedback forms";
  item.evidence = EvidenceSpec{EvidenceKind::kCount, "Staff who completed this month's form, out of all asked", false};

  EXPECT_TRUE(CheckCommitment(item).has_value());
}

TEST(ToVerifyOn, StaffAnsweringAFormVerifiesTheMonthHoldingTheDayOnce) {
  std::vector<SchoolCommitment> items{FeedbackForms()};

  EXPECT_EQ(Periods(ToVerifyOn(items, VerifiedBy::kFeedbackAnswered, {2018, 10, 17}, Ps3Year())),
            std::vector<std::string>{"19@2018-10"});
  EXPECT_EQ(Periods(ToVerifyOn(items, VerifiedBy::kFeedbackAnswered, {2018, 10, 31}, Ps3Year())),
            std::vector<std::string>{"19@2018-10"});
  auto verified = Happened(EventKind::kVerified, 1);
  verified.period = "2018-10";
  items[0].events.push_back(verified);
  EXPECT_TRUE(ToVerifyOn(items, VerifiedBy::kFeedbackAnswered, {2018, 10, 31}, Ps3Year()).empty());
  EXPECT_EQ(Periods(ToVerifyOn(items, VerifiedBy::kFeedbackAnswered, {2018, 11, 1}, Ps3Year())),
            std::vector<std::string>{"19@2018-11"});
  EXPECT_TRUE(ToVerifyOn(items, VerifiedBy::kFeedbackAnswered, {2026, 11, 23}, Ps3Year()).empty()) << "years later";
}

TEST(VerificationComment, SaysHowManyOfTheStaffAskedAnswered) {
  EXPECT_EQ(VerificationComment(VerifiedBy::kFeedbackAnswered, "6 of 10 staff asked answered \u201cOctober feedback\u201d (60%)"),
            "Verified when 6 of 10 staff asked answered \u201cOctober feedback\u201d (60%)");
}

}  // namespace
}  // namespace practica::commitments
