// The certification's rules alone: what the school records, who verifies, when reminders go.
#include <gtest/gtest.h>

#include "features/techplans/domain/certification.hpp"
#include "features/techplans/domain/reminder_mail.hpp"

namespace practica::techplans {
namespace {

const core::LocalDate kToday{2018, 11, 20};

TEST(CheckRecord, AcceptsACertifiedSchoolWithItsCertificateAndDay) {
  auto r = CheckRecord("certified", "31", "https://www.commonsense.org/education/recognition/x", "2018-11-16", kToday);

  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, CertStatus::kCertified);
  EXPECT_EQ(r->educators_certified, 31);
  EXPECT_EQ(r->certified_on, (core::LocalDate{2018, 11, 16}));
}

TEST(CheckRecord, RefusesCertifiedWithoutACertificate) {
  auto r = CheckRecord("certified", "31", "", "2018-11-16", kToday);

  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().field, "certificate");
}

TEST(CheckRecord, RefusesACertificateThatIsNotALink) {
  EXPECT_EQ(CheckRecord("in_progress", "3", "our binder", "", kToday).error().field, "certificate");
}

TEST(CheckRecord, RefusesAnUnknownStatusAndACountOutOfRange) {
  EXPECT_EQ(CheckRecord("done", "3", "", "", kToday).error().field, "status");
  EXPECT_EQ(CheckRecord("in_progress", "-1", "", "", kToday).error().field, "educators_certified");
}

TEST(CheckRecord, RefusesADayInTheFuture) {
  EXPECT_EQ(CheckRecord("certified", "3", "https://x.org/c", "2018-11-21", kToday).error().field, "certified_on");
}

TEST(MayVerify, RefusesTheSchoolItself) {
  const CertRecord certified{CertStatus::kCertified, 31, "https://x.org/c", kToday};

  auto ok = MayVerify(certified, false, true, true, "Garvanza");

  ASSERT_FALSE(ok.has_value());
  EXPECT_EQ(ok.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(ok.error().message, "Garvanza's certification is verified by district staff, not by the school itself.");
}

TEST(MayVerify, RefusesSomeoneWhoIsNotDistrictStaff) {
  const CertRecord certified{CertStatus::kCertified, 31, "https://x.org/c", kToday};

  EXPECT_EQ(MayVerify(certified, false, false, false, "Garvanza").error().code, core::ErrorCode::kForbidden);
}

TEST(MayVerify, RefusesACertificationNotCertifiedOrVerifiedAlready) {
  const CertRecord progress{CertStatus::kInProgress, 3, "", std::nullopt};
  const CertRecord certified{CertStatus::kCertified, 31, "https://x.org/c", kToday};

  EXPECT_EQ(MayVerify(progress, false, true, false, "G").error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(MayVerify(certified, true, true, false, "G").error().code, core::ErrorCode::kConflict);
  EXPECT_TRUE(MayVerify(certified, false, true, false, "G").has_value());
}

TEST(ReminderDay, RemindsTwentyEightSevenAndOneDayBeforeUntilCertified) {
  const core::LocalDate deadline{2018, 11, 16};

  EXPECT_EQ(ReminderDay(deadline, {2018, 10, 19}, CertStatus::kNotStarted, false), 28);
  EXPECT_EQ(ReminderDay(deadline, {2018, 11, 9}, CertStatus::kInProgress, false), 7);
  EXPECT_EQ(ReminderDay(deadline, {2018, 11, 15}, CertStatus::kInProgress, false), 1);
  EXPECT_EQ(ReminderDay(deadline, {2018, 11, 14}, CertStatus::kInProgress, false), std::nullopt);
  EXPECT_EQ(ReminderDay(deadline, {2018, 11, 15}, CertStatus::kCertified, false), std::nullopt);
}

TEST(CertificationReminder, NamesTheSchoolTheDayAndWhereToRecordIt) {
  const auto mail = CertificationReminder("Hannah Kim", "Hope Street ES", {2018, 11, 16}, 7,
                                          "https://p.example/cohorts/ps-3-0/schools/hope-street-es/certification",
                                          "https://p.example/account", "Los Angeles Unified");

  EXPECT_EQ(mail.subject, "Digital citizenship certification due in 7 days (Hope Street ES)");
  EXPECT_NE(mail.text.find("due by Friday, November 16, 2018, in 7 days"), std::string::npos);
  EXPECT_NE(mail.text.find("/schools/hope-street-es/certification"), std::string::npos);
}

// Garvanza's certification of November 19, 2018 falls in the 2018-2019 school year; the badge
// holds through the next school year, to June 30, 2020.
TEST(HoldsUntil, TheEndOfTheSchoolYearAfterTheOneItWasEarnedIn) {
  EXPECT_EQ(HoldsUntil({2018, 11, 19}), (core::LocalDate{2020, 6, 30}));
  EXPECT_EQ(HoldsUntil({2019, 6, 30}), (core::LocalDate{2020, 6, 30}));  // still 2018-2019
  EXPECT_EQ(HoldsUntil({2019, 7, 1}), (core::LocalDate{2021, 6, 30}));   // 2019-2020 began
}

TEST(StatusOn, ACertificationExpiresTheDayAfterItsLastDayWithoutAnyoneChangingIt) {
  const CertRecord garvanza{CertStatus::kCertified, 12, "https://example.org/cert", core::LocalDate{2018, 11, 19}};

  EXPECT_EQ(StatusOn(garvanza, {2018, 11, 19}), CertStatus::kCertified);
  EXPECT_EQ(StatusOn(garvanza, {2020, 6, 30}), CertStatus::kCertified);
  EXPECT_EQ(StatusOn(garvanza, {2020, 7, 1}), CertStatus::kExpired);
}

TEST(StatusOn, OtherStatusesReadAsRecorded) {
  const CertRecord in_progress{CertStatus::kInProgress, 3, "", std::nullopt};
  EXPECT_EQ(StatusOn(in_progress, {2030, 1, 1}), CertStatus::kInProgress);
}

}  // namespace
}  // namespace practica::techplans
