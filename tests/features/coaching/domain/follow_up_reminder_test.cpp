// When a coach hears of a next step from the log, and what the e-mail says.
#include "features/coaching/domain/follow_up_reminder.hpp"

#include <gtest/gtest.h>

namespace practica::coaching {
namespace {

// "Share the testing checklist", logged Tuesday, August 28, 2018 for Tuesday, September 11.
const core::LocalDate kDue{2018, 9, 11};

TEST(FollowUpReminderDay, TheDayBeforeAndOnTheDayOnly) {
  EXPECT_EQ(FollowUpReminderDay(kDue, false, {2018, 9, 10}), 1);
  EXPECT_EQ(FollowUpReminderDay(kDue, false, {2018, 9, 11}), 0);
  EXPECT_FALSE(FollowUpReminderDay(kDue, false, {2018, 9, 4}).has_value());
  EXPECT_FALSE(FollowUpReminderDay(kDue, false, {2018, 9, 12}).has_value()) << "a late step is the home page's";
}

TEST(FollowUpReminderDay, NeverForAStepDone) {
  EXPECT_FALSE(FollowUpReminderDay(kDue, true, {2018, 9, 10}).has_value());
  EXPECT_FALSE(FollowUpReminderDay(kDue, true, {2018, 9, 11}).has_value());
}

TEST(FollowUpReminder, NamesTheStepTheDayAndWhereToMarkItDone) {
  const auto mail = FollowUpReminder({"Ramon Castillo", "Hope Street ES", "Share the testing checklist",
                                      {2018, 8, 28}, kDue, 1, "https://practica.example/coaching#follow-ups",
                                      "https://practica.example/account", "Los Angeles Unified"});

  EXPECT_EQ(mail.subject, "Coaching follow-up due tomorrow: Share the testing checklist (Hope Street ES)");
  EXPECT_NE(mail.text.find("logged at Hope Street ES on Tuesday, August 28, 2018 is due tomorrow, Tuesday, "
                           "September 11, 2018"),
            std::string::npos)
      << mail.text;
  EXPECT_NE(mail.text.find("https://practica.example/coaching#follow-ups"), std::string::npos);
  EXPECT_NE(mail.text.find("https://practica.example/account"), std::string::npos);

  const auto today = FollowUpReminder({"Ramon Castillo", "Hope Street ES", "Share the testing checklist",
                                       {2018, 8, 28}, kDue, 0, "u", "a", "d"});
  EXPECT_EQ(today.subject, "Coaching follow-up due today: Share the testing checklist (Hope Street ES)");
}

}  // namespace
}  // namespace practica::coaching
