#include "features/learning/domain/session_reminder.hpp"

#include <gtest/gtest.h>

namespace practica::learning {
namespace {

SessionReminderFacts Onboarding() {
  return {"Priya Shah", "Onboarding", {{2018, 8, 14}, 8, 30}, "PDT", "Beaudry, room 16-131", "",
          "https://practica.example/learning/onboarding", "https://practica.example/account",
          "Los Angeles Unified School District"};
}

TEST(SessionReminder, NamesTheSessionItsStartAndWhereItIs) {
  auto mail = SessionReminder(Onboarding());

  EXPECT_EQ(mail.subject, "In 2 days: Onboarding");
  EXPECT_EQ(mail.text.rfind("Hello Priya Shah,\n\nYou are registered for Onboarding, which starts ", 0), 0u);
  EXPECT_NE(mail.text.find("(PDT).\nPlace: Beaudry, room 16-131\n"), std::string::npos);
  EXPECT_NE(mail.text.find("See the session: https://practica.example/learning/onboarding"), std::string::npos);
}

TEST(SessionReminder, GivesTheJoinLinkOfAnOnlineSession) {
  auto facts = Onboarding();
  facts.location = "";
  facts.join_url = "https://zoom.example/j/1";

  auto mail = SessionReminder(facts);

  EXPECT_NE(mail.text.find("Join: https://zoom.example/j/1\n"), std::string::npos);
  EXPECT_EQ(mail.text.find("Place:"), std::string::npos);
}

}  // namespace
}  // namespace practica::learning
