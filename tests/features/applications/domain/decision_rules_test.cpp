#include "features/applications/domain/decision.hpp"

#include <gtest/gtest.h>

namespace practica::applications {
namespace {

const core::TimeZone kLosAngeles = core::TimeZone::Locate("America/Los_Angeles").value();

std::int64_t At(int y, int mo, int d, int h) { return kLosAngeles.ToUtc({{y, mo, d}, h, 0}).value(); }

Setup Ps3() {
  Setup setup;
  setup.cohort.number = "3.0";
  setup.cohort.title = "Innovative Designer";
  setup.cohort.applications_open_at = At(2018, 3, 8, 0);
  setup.cohort.applications_close_at = At(2018, 4, 6, 16);
  setup.site_visits_from = core::LocalDate{2018, 4, 9};
  setup.site_visits_to = core::LocalDate{2018, 5, 4};
  return setup;
}

Application Hope(Status status) {
  Application application;
  application.school_name = "Hope Street ES";
  application.status = status;
  return application;
}

std::vector<std::string> Fields(const std::vector<Confirmation>& needed) {
  std::vector<std::string> fields;
  for (const auto& item : needed) fields.push_back(item.field);
  return fields;
}

}  // namespace

TEST(CheckDecision, LetsAWaitlistedSchoolBeAcceptedLater) {
  const auto application = Hope(Status::kWaitlisted);

  EXPECT_TRUE(CheckDecision(application, Decision::kAccepted, Ps3().cohort).has_value());
  EXPECT_FALSE(CheckDecision(application, Decision::kWaitlisted, Ps3().cohort).has_value());
}

TEST(CheckDecision, LetsAnAcceptanceBeCorrectedToADecline) {
  EXPECT_TRUE(CheckDecision(Hope(Status::kAccepted), Decision::kDeclined, Ps3().cohort).has_value());
  EXPECT_TRUE(CheckDecision(Hope(Status::kDeclined), Decision::kAccepted, Ps3().cohort).has_value());
}

TEST(CheckDecision, RefusesTheDecisionTheApplicationAlreadyHas) {
  auto same = CheckDecision(Hope(Status::kAccepted), Decision::kAccepted, Ps3().cohort);

  EXPECT_EQ(same.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(same.error().message,
            "Hope Street ES's application for PS 3.0 is already accepted; to correct the decision, choose a different one.");
}

TEST(CheckDecision, IgnoresDraftsAndWithdrawnApplications) {
  auto draft = CheckDecision(Hope(Status::kDraft), Decision::kAccepted, Ps3().cohort);
  auto withdrawn = CheckDecision(Hope(Status::kWithdrawn), Decision::kDeclined, Ps3().cohort);

  EXPECT_EQ(draft.error().message, "Hope Street ES's application for PS 3.0 is still a draft; decide once the school submits it.");
  EXPECT_EQ(withdrawn.error().code, core::ErrorCode::kConflict);
}

TEST(DecisionChoices, OffersEveryDecisionBeforeTheFirstAndTheOthersAfter) {
  EXPECT_EQ(DecisionChoices(Status::kSubmitted),
            (std::vector<Decision>{Decision::kAccepted, Decision::kWaitlisted, Decision::kDeclined}));
  EXPECT_EQ(DecisionChoices(Status::kAccepted), (std::vector<Decision>{Decision::kWaitlisted, Decision::kDeclined}));
  EXPECT_TRUE(DecisionChoices(Status::kDraft).empty());
  EXPECT_TRUE(DecisionChoices(Status::kWithdrawn).empty());
}

TEST(CheckCorrection, RefusesToUndoAnAcceptanceOnceTheParticipationHoldsSomething) {
  auto refused = CheckCorrection(Hope(Status::kAccepted), Decision::kDeclined, Ps3().cohort,
                                 {"a signed agreement", "a coach"});

  EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(refused.error().message,
            "Hope Street ES's participation in PS 3.0 already has a signed agreement and a coach, so the acceptance can "
            "no longer be corrected. Retract the participation on its page instead; that keeps its history.");
}

TEST(CheckCorrection, LetsAnAcceptanceWithNothingRecordedBeUndone) {
  EXPECT_TRUE(CheckCorrection(Hope(Status::kAccepted), Decision::kWaitlisted, Ps3().cohort, {}).has_value());
  EXPECT_TRUE(CheckCorrection(Hope(Status::kDeclined), Decision::kAccepted, Ps3().cohort, {"a coach"}).has_value());
}

TEST(DecisionConfirmations, NamesTheSchoolAndTheChoice) {
  const auto needed = DecisionConfirmations(Hope(Status::kSubmitted), Decision::kAccepted, Ps3(), true,
                                            At(2018, 5, 14, 9), kLosAngeles);

  ASSERT_EQ(Fields(needed), std::vector<std::string>{"confirm"});
  EXPECT_EQ(needed[0].text, "Accept Hope Street ES into PS 3.0 and e-mail the school the decision.");
}

TEST(DecisionConfirmations, NamesTheDecisionACorrectionReplaces) {
  const auto needed = DecisionConfirmations(Hope(Status::kAccepted), Decision::kDeclined, Ps3(), true,
                                            At(2018, 5, 14, 9), kLosAngeles);

  EXPECT_EQ(needed[0].text,
            "Change the decision on Hope Street ES's application for PS 3.0 from accepted to declined, and e-mail the "
            "school that it changed.");
}

TEST(DecisionConfirmations, AsksAboutTheOpenWindowAndTheMissingSiteVisit) {
  const auto needed = DecisionConfirmations(Hope(Status::kSubmitted), Decision::kDeclined, Ps3(), false,
                                            At(2018, 4, 6, 15), kLosAngeles);

  ASSERT_EQ(Fields(needed), (std::vector<std::string>{"confirm", "confirm_window_open", "confirm_no_site_visit"}));
  EXPECT_EQ(needed[1].text,
            "The application window for PS 3.0 is open until Friday, April 6, 2018 at 4:00 PM; other schools may "
            "still apply.");
  EXPECT_EQ(needed[2].text,
            "No site visit to Hope Street ES is recorded; site visits for PS 3.0 take place April 9 to May 4, 2018.");
}

TEST(DecisionConfirmations, StopsAskingAboutTheWindowAtTheDeadlineMinute) {
  const auto needed = DecisionConfirmations(Hope(Status::kSubmitted), Decision::kAccepted, Ps3(), true,
                                            At(2018, 4, 6, 16), kLosAngeles);

  EXPECT_EQ(Fields(needed), std::vector<std::string>{"confirm"});
}

TEST(CheckConfirmed, NamesTheFirstStatementNotConfirmed) {
  const auto needed = DecisionConfirmations(Hope(Status::kSubmitted), Decision::kAccepted, Ps3(), false,
                                            At(2018, 5, 14, 9), kLosAngeles);

  auto missing = CheckConfirmed(needed, {"confirm"});
  auto all = CheckConfirmed(needed, {"confirm", "confirm_no_site_visit"});

  EXPECT_EQ(missing.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(missing.error().field, "confirm_no_site_visit");
  EXPECT_EQ(missing.error().message,
            "Nothing was recorded: confirm this first. No site visit to Hope Street ES is recorded; site visits for "
            "PS 3.0 take place April 9 to May 4, 2018. To go ahead, send \"confirm_no_site_visit\": \"yes\".");
  EXPECT_TRUE(all.has_value());
}

}  // namespace practica::applications
