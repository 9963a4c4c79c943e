#include "features/challenges/domain/action_step.hpp"

#include <gtest/gtest.h>

namespace practica::challenges {
namespace {

// A step due on the follow-up learning day, Friday, March 22, 2019.
ActionStep FollowUpDayStep(StepStatus status = StepStatus::kInProgress) {
  ActionStep step;
  step.what = "Bring the adapted station to the follow-up learning day";
  step.owner_person_id = 7;
  step.due_on = core::LocalDate{2019, 3, 22};
  step.status = status;
  return step;
}

TEST(TimingOf, IsLateTheDayAfterItsDay) {
  EXPECT_EQ(TimingOf(FollowUpDayStep(), core::LocalDate{2019, 3, 22}), Timing::kDueSoon);
  EXPECT_EQ(TimingOf(FollowUpDayStep(), core::LocalDate{2019, 3, 23}), Timing::kLate);
}

TEST(TimingOf, IsDueSoonFromFourteenDaysBefore) {
  EXPECT_EQ(TimingOf(FollowUpDayStep(), core::LocalDate{2019, 3, 7}), Timing::kOnTrack);
  EXPECT_EQ(TimingOf(FollowUpDayStep(), core::LocalDate{2019, 3, 8}), Timing::kDueSoon);
}

TEST(TimingOf, ADoneStepIsNeverLate) {
  EXPECT_EQ(TimingOf(FollowUpDayStep(StepStatus::kDone), core::LocalDate{2019, 6, 1}), Timing::kDone);
}

TEST(CheckStep, RefusesAnOwnerOutsideTheTeamAndCoach) {
  const std::vector<TeamPerson> team = {{7, "Priya Shah", "Practitioner team"}, {9, "Ramon Castillo", "Coach (ITF)"}};
  auto step = FollowUpDayStep();
  step.owner_person_id = 42;

  auto checked = CheckStep(step, team, "Garvanza ES");

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "owner");
  EXPECT_EQ(checked.error().message,
            "A step belongs to a member of Garvanza ES's practitioner team or its coach; choose one of them.");
}

TEST(CheckStep, NamesTheOwnerFromTheTeam) {
  const std::vector<TeamPerson> team = {{7, "Priya Shah", "Practitioner team"}};

  auto checked = CheckStep(FollowUpDayStep(), team, "Garvanza ES");

  ASSERT_TRUE(checked.has_value());
  EXPECT_EQ(checked->owner_name, "Priya Shah");
}

TEST(ParseStepStatus, ReadsItsCodes) {
  EXPECT_EQ(ParseStepStatus("in_progress"), StepStatus::kInProgress);
  EXPECT_FALSE(ParseStepStatus("finished").has_value());
}

}  // namespace
}  // namespace practica::challenges
