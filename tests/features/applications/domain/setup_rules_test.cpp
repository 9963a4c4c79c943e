#include "features/applications/domain/setup.hpp"

#include <gtest/gtest.h>

namespace practica::applications {
namespace {

core::TimeZone LosAngeles() { return core::TimeZone::Locate("America/Los_Angeles").value(); }

std::int64_t At(int y, int mo, int d, int h, int mi = 0) { return LosAngeles().ToUtc({{y, mo, d}, h, mi}).value(); }

Setup Ps3() {
  Setup setup;
  setup.cohort.number = "3.0";
  setup.cohort.title = "Innovative Designer";
  return setup;
}

}  // namespace

TEST(CheckList, KeepsTheOrderAndDropsBlankLines) {
  auto items = CheckList({"  First?  ", "", "Second?\r", "   "}, "guiding question", "questions");

  ASSERT_TRUE(items.has_value());
  EXPECT_EQ(*items, (std::vector<std::string>{"First?", "Second?"}));
}

TEST(CheckList, RefusesAnEmptyListNamingTheField) {
  auto items = CheckList({"", "  "}, "guiding question", "questions");

  ASSERT_FALSE(items.has_value());
  EXPECT_EQ(items.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(items.error().message, "Write at least one guiding question, one per line.");
  EXPECT_EQ(items.error().field, "questions");
}

TEST(CheckListsChangeable, RefusesOnceSchoolsHaveStartedApplying) {
  auto setup = Ps3();
  setup.application_count = 2;

  auto checked = CheckListsChangeable(setup, "guiding questions");

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(checked.error().message,
            "The guiding questions of PS 3.0 can no longer change: 2 schools have started applying to them. "
            "Publish clarifications in the Q&A sessions instead.");
}

TEST(CheckQaSession, RefusesASessionThatEndsBeforeItStarts) {
  QaSession session{0, At(2018, 3, 14, 15), At(2018, 3, 14, 14), "https://global.gotomeeting.com/join/269745029"};

  auto checked = CheckQaSession(session, LosAngeles());

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "ends_at");
}

TEST(CheckQaSession, AsksHowToJoin) {
  QaSession session{0, At(2018, 3, 14, 14), At(2018, 3, 14, 15), " "};

  EXPECT_EQ(CheckQaSession(session, LosAngeles()).error().message,
            "Say how to join the Q&A session: a link, a phone number or a room.");
}

TEST(CheckSiteVisitWindow, RefusesAWindowThatEndsBeforeItStarts) {
  auto checked = CheckSiteVisitWindow({2018, 5, 4}, {2018, 4, 9});

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().message,
            "The site-visit window ends on Monday, April 9, 2018, before it starts on Friday, May 4, 2018; "
            "check the last day.");
}

TEST(CheckApplicationWindow, RefusesADeadlineBeforeTheOpening) {
  auto checked = CheckApplicationWindow(Ps3().cohort, At(2018, 4, 6, 16), At(2018, 3, 8, 0));

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().message, "Applications for PS 3.0 must close after they open; move the deadline later.");
  EXPECT_EQ(checked.error().field, "closes_on");
}

TEST(ParseLocalDateTime, ReadsADateAndAClockTime) {
  auto local = ParseLocalDateTime("2018-04-06", "16:00", "closes_on");

  ASSERT_TRUE(local.has_value());
  EXPECT_EQ(*local, (core::LocalDateTime{{2018, 4, 6}, 16, 0}));
}

TEST(ParseLocalDateTime, AcceptsSecondsAsSomeBrowsersSendThem) {
  EXPECT_EQ(ParseLocalDateTime("2018-04-06", "16:00:00", "closes_on").value(), (core::LocalDateTime{{2018, 4, 6}, 16, 0}));
}

TEST(ParseLocalDateTime, RefusesATimeThatIsNotOneNamingTheField) {
  auto local = ParseLocalDateTime("2018-04-06", "4pm", "closes_on");

  ASSERT_FALSE(local.has_value());
  EXPECT_EQ(local.error().message, "\"4pm\" is not a time of day; write it as HH:MM, e.g. 16:00.");
  EXPECT_EQ(local.error().field, "closes_on");
}

TEST(Describe, WritesTheSeedsDatesAsTheProgramDid) {
  QaSession session{0, At(2018, 3, 14, 14), At(2018, 3, 14, 15), "link"};

  EXPECT_EQ(DescribeDays({2018, 4, 9}, {2018, 5, 4}), "April 9 to May 4, 2018");
  EXPECT_EQ(DescribeWeek({2018, 5, 14}), "Week of May 14, 2018");
  EXPECT_EQ(DescribeQaSession(session, LosAngeles()), "Wednesday, March 14, 2018, 2:00 PM to 3:00 PM");
}

}  // namespace practica::applications
