// What the school's principal and team read when district staff return or approve its plan.
#include "features/techplans/domain/decision_mail.hpp"

#include <gtest/gtest.h>

namespace practica::techplans {
namespace {

Decision HopeStreet(PlanStatus status, std::string comment) {
  return Decision{status, "Hope Street ES", "PS 3.0", "Dominic Caguioa", 1, std::move(comment),
                  "https://practica.example/cohorts/ps-3-0/schools/hope-street-es/technology-plan",
                  "Los Angeles Unified School District"};
}

TEST(DecisionMail, AReturnedPlanCarriesTheNoteAndAsksForANewSubmission) {
  const auto decision = HopeStreet(PlanStatus::kReturned, "Add a goal for mathematics.");

  EXPECT_EQ(DecisionSubject(decision), "Technology plan returned: Hope Street ES");
  EXPECT_EQ(DecisionText(decision, "Hannah Lee"),
            "Hello Hannah Lee,\n\nDominic Caguioa returned version 1 of Hope Street ES's technology plan (PS 3.0), "
            "with this note:\n\n  Add a goal for mathematics.\n\nRevise the plan and submit it again from its page:\n"
            "https://practica.example/cohorts/ps-3-0/schools/hope-street-es/technology-plan\n\n"
            "You receive this as Hope Street ES's principal or practitioner team member.\n\n"
            "Practica, Los Angeles Unified School District\n");
}

TEST(DecisionMail, AnApprovalWithoutANoteSaysNothingMoreIsAsked) {
  const auto decision = HopeStreet(PlanStatus::kApproved, "");

  EXPECT_EQ(DecisionSubject(decision), "Technology plan approved: Hope Street ES");
  const auto text = DecisionText(decision, "");
  EXPECT_EQ(text.find("Hello,\n\nDominic Caguioa approved version 1 of Hope Street ES's technology plan (PS 3.0).\n\n"),
            0u);
  EXPECT_NE(text.find("Nothing more is asked of the plan."), std::string::npos);
  EXPECT_EQ(text.find("with this note"), std::string::npos);
}

}  // namespace
}  // namespace practica::techplans
