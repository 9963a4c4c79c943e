#include "features/commitments/domain/reminder_mail.hpp"

#include <gtest/gtest.h>

namespace practica::commitments {
namespace {

const MailLinks kLinks{"https://practica.example/account", "Los Angeles Unified School District"};

ReminderFacts GarvanzaCertification(int days_before) {
  return {"Elena Ortiz", "Garvanza ES", "3.0", 4,
          "Complete the Common Sense Digital Citizenship certification", {2018, 11, 21}, days_before,
          "https://practica.example/cohorts/ps-3-0/schools/garvanza-es/commitments"};
}

TEST(CommitmentReminderMail, SaysWhatIsDueWhenAndWhereTheEvidenceGoes) {
  auto mail = CommitmentReminderMail(GarvanzaCertification(7), kLinks);

  EXPECT_EQ(mail.subject,
            "Due in 7 days: Complete the Common Sense Digital Citizenship certification (Garvanza ES)");
  EXPECT_EQ(mail.text.rfind("Hello Elena Ortiz,\n\nGarvanza ES's commitment \"4. Complete the Common "
                            "Sense Digital Citizenship certification\" (PS 3.0) is due by the end of "
                            "Wednesday, November 21, 2018, in 7 days.",
                            0),
            0u);
  EXPECT_NE(mail.text.find("/cohorts/ps-3-0/schools/garvanza-es/commitments"), std::string::npos);
  EXPECT_NE(mail.text.find("https://practica.example/account"), std::string::npos);
}

TEST(CommitmentReminderMail, ReadsTomorrowTheDayBefore) {
  auto mail = CommitmentReminderMail(GarvanzaCertification(1), kLinks);

  EXPECT_EQ(mail.subject.rfind("Due tomorrow: ", 0), 0u);
  EXPECT_NE(mail.text.find("2018, tomorrow."), std::string::npos);
}

TEST(DigestMail, CountsLateAndDueSoonAndGroupsTheLinesByStatus) {
  std::vector<DigestLine> lines = {
      {"Garvanza ES", "4. Complete the certification", Status::kLate, 0, "Wednesday, November 21, 2018",
       "https://practica.example/g", true},
      {"Hope Street ES", "6. Monthly coaching log", Status::kDueSoon, 0, "Friday, November 30, 2018",
       "https://practica.example/h", false}};

  auto mail = DigestMail("Ramon Cruz", lines, "https://practica.example/unsubscribe/t", kLinks);

  EXPECT_EQ(mail.subject, "Your caseload this week: 1 late, 1 due soon");
  EXPECT_NE(mail.text.find("Hello Ramon Cruz,"), std::string::npos);
  EXPECT_LT(mail.text.find("\nLate\n- Garvanza ES"), mail.text.find("\nDue soon\n- Hope Street ES"));
  EXPECT_NE(mail.text.find("https://practica.example/unsubscribe/t"), std::string::npos);
}

}  // namespace
}  // namespace practica::commitments
