#include "features/applications/domain/application.hpp"

#include <gtest/gtest.h>

namespace practica::applications {
namespace {

core::TimeZone LosAngeles() { return core::TimeZone::Locate("America/Los_Angeles").value(); }

std::int64_t At(int y, int mo, int d, int h, int mi = 0) { return LosAngeles().ToUtc({{y, mo, d}, h, mi}).value(); }

Setup Ps3() {
  Setup setup;
  setup.cohort.number = "3.0";
  setup.cohort.title = "Innovative Designer";
  setup.cohort.applications_open_at = At(2018, 3, 8, 0);
  setup.cohort.applications_close_at = At(2018, 4, 6, 16);
  setup.questions = {{11, 1, "Do you have an experienced collaborative ILT?"}, {12, 2, "Do you have a culture of collaborative learning?"}};
  setup.criteria = {{21, 1, "Dedicated digital resources and support infrastructures."}};
  return setup;
}

// A new cohort whose deadline falls before the clocks spring forward (March 8, 2026).
Setup Ps5() {
  Setup setup = Ps3();
  setup.cohort.number = "5.0";
  setup.cohort.applications_open_at = At(2026, 2, 2, 0);
  setup.cohort.applications_close_at = At(2026, 3, 6, 16);
  return setup;
}

Application Complete() {
  Application application;
  application.school_name = "Hope Street ES";
  application.answers = {{11, "Yes: it meets every Tuesday."}, {12, "Yes."}};
  application.ratings = {{21, 3, "Chromebooks for every grade."}};
  application.attachments = {{1, "intent.pdf", "application/pdf", 1000, 0}};
  return application;
}

}  // namespace

TEST(MissingParts, IsEmptyForACompleteApplication) { EXPECT_TRUE(MissingParts(Ps3(), Complete()).empty()); }

TEST(MissingParts, NamesEachGapInTheOrderOfTheForm) {
  auto application = Complete();
  application.answers[1].text = "  ";
  application.ratings[0].score = 0;
  application.attachments.clear();

  EXPECT_EQ(MissingParts(Ps3(), application),
            (std::vector<std::string>{
                "an answer to question 2 (\"Do you have a culture of collaborative learning?\")",
                "a rating for criterion 1 (\"Dedicated digital resources and support infrastructures.\")",
                "the signed Intent to Participate, attached as a file"}));
}

TEST(CheckSubmit, RefusesAfterTheDeadlineGivingItInTheDistrictsTime) {
  auto refused = CheckSubmit(Ps3(), Complete(), std::nullopt, At(2018, 4, 6, 16), LosAngeles());

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(refused.error().message,
            "Applications for PS 3.0 closed on Friday, April 6, 2018 at 4:00 PM; ask the program office for an "
            "extension.");
}

TEST(CheckSubmit, AcceptsAMinuteBeforeTheDeadline) {
  EXPECT_TRUE(CheckSubmit(Ps3(), Complete(), std::nullopt, At(2018, 4, 6, 15, 59), LosAngeles()).has_value());
}

TEST(CheckSubmit, RefusesAnIncompleteApplicationNamingWhatIsMissing) {
  auto application = Complete();
  application.attachments.clear();

  auto refused = CheckSubmit(Ps3(), application, std::nullopt, At(2018, 4, 2, 9), LosAngeles());

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().message,
            "Hope Street ES's application for PS 3.0 is not complete. Still missing: the signed Intent to "
            "Participate, attached as a file. Add them and submit again.");
}

TEST(CheckSubmit, RefusesBeforeTheWindowOpens) {
  auto refused = CheckSubmit(Ps3(), Complete(), std::nullopt, At(2018, 3, 1, 9), LosAngeles());

  EXPECT_EQ(refused.error().message,
            "Applications for PS 3.0 open on Thursday, March 8, 2018 at 12:00 AM; come back then.");
}

TEST(CheckSubmit, HonoursAnExtensionThatEndsAfterTheClocksSpringForward) {
  // Extended from Friday March 6, 4:00 PM PST to Friday March 13, 4:00 PM PDT: 23:00 UTC, not 00:00.
  const Extension extension{At(2026, 3, 13, 16), "The principal was on leave.", At(2026, 3, 5, 9)};
  ASSERT_EQ(core::FormatUtcIso(extension.deadline_at), "2026-03-13T23:00:00Z");

  auto in_time = CheckSubmit(Ps5(), Complete(), extension, At(2026, 3, 13, 15, 59), LosAngeles());
  auto late = CheckSubmit(Ps5(), Complete(), extension, At(2026, 3, 13, 16), LosAngeles());

  EXPECT_TRUE(in_time.has_value());
  ASSERT_FALSE(late.has_value());
  EXPECT_EQ(late.error().message,
            "The extension for Hope Street ES to apply to PS 5.0 ended on Friday, March 13, 2026 at 4:00 PM; ask "
            "the program office for another.");
}

TEST(CheckSubmit, RefusesASubmittedApplication) {
  auto application = Complete();
  application.status = Status::kSubmitted;
  application.submitted_at = At(2018, 4, 2, 9);

  auto refused = CheckSubmit(Ps3(), application, std::nullopt, At(2018, 4, 3, 9), LosAngeles());

  EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(refused.error().message,
            "Hope Street ES's application for PS 3.0 was submitted on Monday, April 2, 2018 at 9:00 AM and can no "
            "longer be changed; ask the program office if something must be corrected.");
}

TEST(CheckDraft, RefusesASelfRatingOffTheScale) {
  auto refused = CheckDraft(Ps3(), {}, {{21, 5, ""}});

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().field, "rating_21");
}

TEST(CheckDraft, AcceptsAnIncompleteDraft) {
  EXPECT_TRUE(CheckDraft(Ps3(), {{11, ""}}, {{21, 0, ""}}).has_value());
}

TEST(CheckWithdraw, AllowsAWaitlistedSchoolToLeaveButNotADecidedOne) {
  auto application = Complete();
  application.status = Status::kWaitlisted;
  EXPECT_TRUE(CheckWithdraw(application, Ps3().cohort).has_value());

  application.status = Status::kAccepted;
  auto refused = CheckWithdraw(application, Ps3().cohort);

  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().message,
            "Hope Street ES's application for PS 3.0 was already accepted; after a decision, only the program "
            "office can change it.");
}

TEST(CheckExtension, NeedsAReasonAndALaterDeadline) {
  const auto now = At(2018, 4, 7, 9);
  auto no_reason = CheckExtension(Ps3().cohort, {At(2018, 4, 13, 16), " ", now}, now, LosAngeles());
  auto earlier = CheckExtension(Ps3().cohort, {At(2018, 4, 5, 16), "Leave", now}, now, LosAngeles());

  EXPECT_EQ(no_reason.error().field, "reason");
  EXPECT_EQ(earlier.error().message,
            "An extension must end after the deadline of PS 3.0, Friday, April 6, 2018 at 4:00 PM; choose a later day.");
  EXPECT_TRUE(CheckExtension(Ps3().cohort, {At(2018, 4, 13, 16), "Leave", now}, now, LosAngeles()).has_value());
}

}  // namespace practica::applications
