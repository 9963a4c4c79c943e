// The window-notice rules, on PS 3.0's real window: open Thursday, March 8, 2018 at midnight,
// due Friday, April 6, 2018 at 4:00 PM (Pacific).
#include "features/cohorts/domain/window_notice.hpp"

#include <gtest/gtest.h>

namespace practica::cohorts {
namespace {

core::TimeZone LosAngeles() { return core::TimeZone::Locate("America/Los_Angeles").value(); }

std::int64_t At(int y, int mo, int d, int h, int mi = 0) {
  return LosAngeles().ToUtc({{y, mo, d}, h, mi}).value();
}

Cohort Ps3() {
  Cohort cohort;
  cohort.slug = "ps-3-0";
  cohort.number = "3.0";
  cohort.title = "Innovative Designer";
  cohort.school_year = "2018-2019";
  cohort.applications_open_at = At(2018, 3, 8, 0);
  cohort.applications_close_at = At(2018, 4, 6, 16);
  return cohort;
}

Cohort Unscheduled() {
  Cohort cohort;
  cohort.number = "4.0";
  cohort.title = "Global Collaborator";
  return cohort;
}

}  // namespace

TEST(NormalizeNoticeEmail, TrimsAndLowersSoOneAddressIsOneRequest) {
  EXPECT_EQ(NormalizeNoticeEmail("  Ana.Ruiz@LAUSD.net "), "ana.ruiz@lausd.net");
}

TEST(OffersWindowNotice, OffersWhileNoWindowIsOpen) {
  const std::vector<Cohort> cohorts{Unscheduled(), Ps3()};

  EXPECT_TRUE(OffersWindowNotice(cohorts, At(2018, 3, 7, 23, 59)));
  EXPECT_FALSE(OffersWindowNotice(cohorts, At(2018, 3, 8, 0)));
  EXPECT_FALSE(OffersWindowNotice(cohorts, At(2018, 4, 6, 15, 59)));
  EXPECT_TRUE(OffersWindowNotice(cohorts, At(2018, 4, 6, 16)));
}

TEST(AnnouncesWindow, AnnouncesOnlyWhileTheWindowIsOpen) {
  EXPECT_FALSE(AnnouncesWindow(Ps3(), At(2018, 3, 7, 12)));
  EXPECT_TRUE(AnnouncesWindow(Ps3(), At(2018, 3, 8, 0, 1)));
  EXPECT_FALSE(AnnouncesWindow(Ps3(), At(2018, 4, 7, 9))) << "a window that closed is not announced late";
  EXPECT_FALSE(AnnouncesWindow(Unscheduled(), At(2018, 3, 8, 1)));
}

TEST(WindowOpenedMail, NamesTheCohortItsCloseAndBothLinks) {
  const auto mail = WindowOpenedMail(Ps3(), LosAngeles(), "https://practica.example/cohorts/ps-3-0",
                                     "https://practica.example/window-notices/stop/abc",
                                     "Los Angeles Unified School District");

  EXPECT_EQ(mail.subject, "Applications for PS 3.0 are open until Friday, April 6, 2018");
  EXPECT_NE(mail.text.find("Applications for Practitioner Schools 3.0: Innovative Designer (the 2018-2019 "
                           "school year) opened on Thursday, March 8, 2018 at 12:00 AM. They close on "
                           "Friday, April 6, 2018 at 4:00 PM (PDT)."),
            std::string::npos)
      << mail.text;
  EXPECT_NE(mail.text.find("\nhttps://practica.example/cohorts/ps-3-0\n"), std::string::npos);
  EXPECT_NE(mail.text.find("one click:\nhttps://practica.example/window-notices/stop/abc\n"), std::string::npos);
}

TEST(NoticeConfirmation, SaysAskingAgainChangesNothing) {
  EXPECT_NE(NoticeConfirmation().find("Leaving it again changes nothing"), std::string_view::npos);
}

TEST(NoticeCountLine, CountsThoseWaitingBeforeTheWindowOpens) {
  EXPECT_EQ(NoticeCountLine(Ps3(), At(2018, 3, 1, 9), 3, 0), "3 addresses wait to be told when PS 3.0's applications open.");
  EXPECT_EQ(NoticeCountLine(Unscheduled(), At(2018, 3, 1, 9), 1, 0),
            "1 address waits to be told when PS 4.0's applications open.");
}

TEST(NoticeCountLine, CountsThoseToldOnceTheWindowOpened) {
  EXPECT_EQ(NoticeCountLine(Ps3(), At(2018, 3, 9, 9), 2, 12), "12 addresses were told when PS 3.0's applications opened.");
}

}  // namespace practica::cohorts
