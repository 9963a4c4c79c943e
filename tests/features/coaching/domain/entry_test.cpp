// The coaching log's rules alone, on PS 3.0's dates: the coach (ITF) arrived at Garvanza on
// August 8, 2018, and logs at the caseload's schools only, naming only that school's staff.
#include "features/coaching/domain/entry.hpp"

#include <gtest/gtest.h>

namespace practica::coaching {
namespace {

constexpr std::int64_t kGarvanza = 10;
constexpr std::int64_t kHope = 11;
constexpr std::int64_t kLosAngelesHs = 12;
constexpr std::int64_t kPriya = 100;          // a Garvanza teacher
constexpr std::int64_t kHopeTeacher = 200;    // a Hope Street teacher

EntryDraft Draft() {
  EntryDraft d;
  d.coach_id = 1;
  d.school_id = kGarvanza;
  d.held_on = {2018, 10, 2};
  d.minutes = 50;
  d.kind = "co_teach";
  d.teacher_ids = {kPriya};
  d.focus = "1.4.c";
  return d;
}

EntryContext Context() { return EntryContext{{kGarvanza, kHope}, {kPriya}, {2018, 10, 2}}; }

TEST(CheckEntry, AcceptsAnEntryAtACaseloadSchoolNamingItsStaff) {
  EXPECT_TRUE(CheckEntry(Draft(), Context()));
}

TEST(CheckEntry, RefusesASchoolOutsideTheCaseload) {
  auto draft = Draft();
  draft.school_id = kLosAngelesHs;

  auto checked = CheckEntry(draft, Context());

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(checked.error().message,
            "That school is not in your caseload; log coaching only at the schools assigned to you.");
}

TEST(CheckEntry, RefusesATeacherOfAnotherSchool) {
  auto draft = Draft();
  draft.teacher_ids = {kPriya, kHopeTeacher};

  auto checked = CheckEntry(draft, Context());

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(checked.error().field, "teachers");
  EXPECT_EQ(checked.error().message, "Person 200 is not on this school's staff; name only its own teachers.");
}

// Garvanza's second action step, "Co-design a first-instruction lesson with an adaptive practice
// station" (due October 26, 2018), is step 7 in the challenges room; Hope Street's second is 9.
constexpr std::int64_t kGarvanzaStep = 7;
constexpr std::int64_t kHopeStep = 9;

TEST(CheckEntry, AcceptsAStepOfTheSchoolsOwnDesignChallengeAsTheFocus) {
  auto draft = Draft();
  draft.focus = StepFocusCode(kGarvanzaStep);
  auto context = Context();
  context.school_steps = {kGarvanzaStep};

  EXPECT_EQ(draft.focus, "step.7");
  EXPECT_TRUE(CheckEntry(draft, context));
}

TEST(CheckEntry, RefusesAStepOfAnotherSchoolsDesignChallenge) {
  auto draft = Draft();
  draft.focus = StepFocusCode(kHopeStep);
  auto context = Context();
  context.school_steps = {kGarvanzaStep};

  auto checked = CheckEntry(draft, context);

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().field, "focus");
  EXPECT_EQ(checked.error().message,
            "That design-challenge step is not one of this school's; choose a step of its own challenge, an ISTE "
            "indicator or a K-12 CS practice.");
}

TEST(CheckEntry, RefusesAFocusThatIsNoIndicatorPracticeOrStep) {
  for (const char* focus : {"", "9.9.z", "step.", "step.x", "step.-3", "step.0", "cs.p8"}) {
    auto draft = Draft();
    draft.focus = focus;
    auto context = Context();
    context.school_steps = {kGarvanzaStep};

    auto checked = CheckEntry(draft, context);

    ASSERT_FALSE(checked) << focus;
    EXPECT_EQ(checked.error().field, "focus") << focus;
  }
}

TEST(StepFocus, ReadsBackTheStepsIdAndNamesItWithItsCohort) {
  EXPECT_EQ(StepOfFocus("step.42"), 42);
  EXPECT_EQ(StepOfFocus("1.4.b"), std::nullopt);
  EXPECT_EQ(StepFocusLabel(2, "3.0", "Co-design a first-instruction lesson with an adaptive practice station"),
            "Design challenge step 2 (PS 3.0): Co-design a first-instruction lesson with an adaptive practice station");
}

TEST(CheckEntry, RefusesADayStillToCome) {
  auto draft = Draft();
  draft.held_on = {2018, 10, 3};

  auto checked = CheckEntry(draft, Context());

  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().field, "held_on");
}

TEST(CheckEntry, RefusesMinutesOutsideADay) {
  auto draft = Draft();
  draft.minutes = 0;

  EXPECT_EQ(CheckEntry(draft, Context()).error().field, "minutes");
}

TEST(CheckEntry, RefusesAnUnknownKindOrFocus) {
  auto kind = Draft();
  kind.kind = "lunch";
  auto focus = Draft();
  focus.focus = "9.9.z";

  EXPECT_EQ(CheckEntry(kind, Context()).error().field, "kind");
  EXPECT_EQ(CheckEntry(focus, Context()).error().field, "focus");
}

TEST(CheckEntry, AcceptsACsPracticeAsFocus) {
  auto draft = Draft();
  draft.focus = "cs.p3";

  EXPECT_TRUE(CheckEntry(draft, Context()));
}

TEST(CheckEntry, RefusesANextStepWithoutItsDate) {
  auto draft = Draft();
  draft.next_step = "Share the testing checklist";

  EXPECT_EQ(CheckEntry(draft, Context()).error().field, "next_step_due");
}

TEST(NotesVisible, PrivateNotesAreTheCoachsAlone) {
  EXPECT_TRUE(NotesVisible(1, 1, false, false));
  EXPECT_FALSE(NotesVisible(kPriya, 1, false, true));
  EXPECT_FALSE(NotesVisible(0, 1, true, true));
}

TEST(NotesVisible, SharedNotesReachOnlyThePeopleNamed) {
  EXPECT_TRUE(NotesVisible(kPriya, 1, true, true));
  EXPECT_FALSE(NotesVisible(kHopeTeacher, 1, true, false));
}

TEST(LoggedNote, SaysWhoLoggedWhatWhereAndWhenWithoutNamingATeacher) {
  EXPECT_EQ(LoggedNote("Ramon Castillo", Kind::kCheckIn, "Garvanza ES", {2018, 8, 16}, 20),
            "Ramon Castillo logged a check-in meeting at Garvanza ES on Thursday, August 16, 2018 (20 minutes)");
  EXPECT_EQ(LoggedNote("Ramon Castillo", Kind::kCoTeach, "Hope Street ES", {2018, 9, 11}, 50),
            "Ramon Castillo logged co-teaching at Hope Street ES on Tuesday, September 11, 2018 (50 minutes)");
}

}  // namespace
}  // namespace practica::coaching
