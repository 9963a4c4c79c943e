#include "features/challenges/domain/step_reminder.hpp"

#include <gtest/gtest.h>

namespace practica::challenges {
namespace {

// Garvanza's step due on the follow-up learning day, Friday, March 22, 2019.
ActionStep FollowUpDayStep(StepStatus status = StepStatus::kInProgress) {
  ActionStep step;
  step.what = "Bring the adapted station to the follow-up learning day";
  step.due_on = core::LocalDate{2019, 3, 22};
  step.status = status;
  return step;
}

TEST(StepReminderDay, IsAWeekBeforeAndTheDayBefore) {
  EXPECT_EQ(StepReminderDay(FollowUpDayStep(), core::LocalDate{2019, 3, 15}), 7);
  EXPECT_EQ(StepReminderDay(FollowUpDayStep(), core::LocalDate{2019, 3, 21}), 1);
}

TEST(StepReminderDay, IsNoOtherDay) {
  for (int day : {8, 14, 16, 20, 22, 23}) {
    EXPECT_EQ(StepReminderDay(FollowUpDayStep(), core::LocalDate{2019, 3, day}), std::nullopt) << day;
  }
}

TEST(StepReminderDay, NeverForAStepDone) {
  EXPECT_EQ(StepReminderDay(FollowUpDayStep(StepStatus::kDone), core::LocalDate{2019, 3, 21}), std::nullopt);
}

TEST(StepReminderDay, CountsAcrossAMonthsEnd) {
  auto step = FollowUpDayStep();
  step.due_on = core::LocalDate{2019, 3, 1};
  EXPECT_EQ(StepReminderDay(step, core::LocalDate{2019, 2, 22}), 7);
  EXPECT_EQ(StepReminderDay(step, core::LocalDate{2019, 2, 28}), 1);
}

TEST(StepReminder, NamesTheStepTheSchoolTheDayAndWhereToMarkIt) {
  const auto mail = StepReminder({"Priya Shah", "Garvanza ES", "3.0",
                                  "Bring the adapted station to the follow-up learning day", {2019, 3, 22}, 1,
                                  "https://practica.example/cohorts/ps-3-0/schools/garvanza/challenge#steps",
                                  "https://practica.example/account", "Los Angeles Unified"});
  EXPECT_EQ(mail.subject, "Action step due tomorrow: Bring the adapted station to the follow-up learning day (Garvanza ES)");
  EXPECT_NE(mail.text.find("Hello Priya Shah,"), std::string::npos);
  EXPECT_NE(mail.text.find("Friday, March 22, 2019, tomorrow"), std::string::npos) << mail.text;
  EXPECT_NE(mail.text.find("https://practica.example/cohorts/ps-3-0/schools/garvanza/challenge#steps"),
            std::string::npos);
  EXPECT_NE(mail.text.find("To stop reminders"), std::string::npos);
}

TEST(StepReminder, SaysHowManyDaysAWeekAhead) {
  const auto mail = StepReminder({"Priya Shah", "Garvanza ES", "3.0", "Share findings", {2019, 3, 22}, 7, "u", "a", "d"});
  EXPECT_EQ(mail.subject, "Action step due in 7 days: Share findings (Garvanza ES)");
}

}  // namespace
}  // namespace practica::challenges
