// The .ics file read back with libical's parser: the calendar's properties, its VTIMEZONE, and
// sessions that keep their local time on both sides of a daylight-saving change.
#include <gtest/gtest.h>

#include "features/calendar/routes/ics_writer.hpp"
#include "features/calendar/ics_reader.hpp"

namespace practica::calendar {
namespace {

using testing::ReadIcs;

core::TimeZone LosAngeles() { return core::TimeZone::Locate("America/Los_Angeles").value(); }

std::int64_t At(int year, int month, int day, int hour) {
  return LosAngeles().ToUtc({{year, month, day}, hour, 0}).value();
}

Event Session(const std::string& uid, int year, int month, int day) {
  Event event;
  event.uid = uid;
  event.summary = "Follow-up Learning Day";
  event.location = "Beaudry Building";
  event.starts_at = At(year, month, day, 8);
  event.ends_at = At(year, month, day, 15);
  return event;
}

Feed AcrossDaylightSaving() {
  Feed feed{"Practitioner Schools · Elena Ortiz", "America/Los_Angeles", At(2018, 6, 1, 9), {}};
  feed.events = {Session("nov-2@lausd.practica", 2018, 11, 2),   // PDT, before the change
                 Session("nov-5@lausd.practica", 2018, 11, 5),   // PST, after it
                 Session("mar-22@lausd.practica", 2019, 3, 22)}; // PDT again
  Event due;
  due.uid = "commitment-900@lausd.practica";
  due.summary = "Due: Become a Common Sense Digital Citizenship School (Garvanza ES)";
  due.all_day = true;
  due.date = {2018, 11, 21};
  due.starts_at = At(2018, 11, 21, 0);
  feed.events.push_back(due);
  SortEvents(feed.events);
  return feed;
}

TEST(WriteIcs, WritesACalendarThatLibicalReadsBack) {
  auto ics = WriteIcs(AcrossDaylightSaving(), LosAngeles());

  ASSERT_TRUE(ics.has_value()) << ics.error().detail;
  const auto calendar = ReadIcs(*ics);
  ASSERT_TRUE(calendar.parsed);
  EXPECT_EQ(calendar.version, "2.0");
  EXPECT_EQ(calendar.method, "PUBLISH");
  EXPECT_EQ(calendar.prodid, "-//Practica//Practitioner Schools//EN");
  EXPECT_EQ(calendar.name, "Practitioner Schools · Elena Ortiz");
  EXPECT_EQ(calendar.zones, (std::vector<std::string>{"America/Los_Angeles"}));
  EXPECT_EQ(calendar.events.size(), 4u);
}

TEST(WriteIcs, MarksACancelledSessionDayStatusCancelled) {
  Feed feed{"PS 3.0 Onboarding", "America/Los_Angeles", At(2018, 6, 1, 9), {}};
  feed.events = {Session("aug-8@lausd.practica", 2018, 8, 8), Session("aug-9@lausd.practica", 2018, 8, 9)};
  feed.events[1].cancelled = true;

  auto ics = WriteIcs(feed, LosAngeles());

  ASSERT_TRUE(ics.has_value()) << ics.error().detail;
  const auto cancelled = ics->find("STATUS:CANCELLED");
  ASSERT_NE(cancelled, std::string::npos) << *ics;
  EXPECT_EQ(ics->find("STATUS:CANCELLED", cancelled + 1), std::string::npos);  // only day 2
  EXPECT_GT(cancelled, ics->find("UID:aug-9@lausd.practica"));
}

TEST(WriteIcs, KeepsEightInTheMorningOnBothSidesOfADaylightSavingChange) {
  const auto calendar = ReadIcs(WriteIcs(AcrossDaylightSaving(), LosAngeles()).value());

  for (const auto* uid : {"nov-2@lausd.practica", "nov-5@lausd.practica", "mar-22@lausd.practica"}) {
    const auto* event = calendar.Find(uid);
    ASSERT_NE(event, nullptr) << uid;
    EXPECT_EQ(event->tzid, "America/Los_Angeles") << uid;
    EXPECT_EQ(event->hour, 8) << uid;
    EXPECT_EQ(event->minute, 0) << uid;
  }
  // Through the file's own VTIMEZONE: 8 AM PDT is 15:00 UTC, 8 AM PST is 16:00 UTC.
  EXPECT_EQ(calendar.Find("nov-2@lausd.practica")->starts_utc, 1541170800);   // 2018-11-02T15:00Z
  EXPECT_EQ(calendar.Find("nov-5@lausd.practica")->starts_utc, 1541433600);   // 2018-11-05T16:00Z
  EXPECT_EQ(calendar.Find("mar-22@lausd.practica")->starts_utc, 1553266800);  // 2019-03-22T15:00Z
  EXPECT_EQ(calendar.Find("mar-22@lausd.practica")->ends_utc, 1553292000);    // 22:00Z, 3 PM PDT
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t count = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

TEST(WriteIcs, DescribesTheZoneByOneDaylightAndOneStandardRuleAsOutlookReadsIt) {
  auto ics = WriteIcs(AcrossDaylightSaving(), LosAngeles()).value();

  EXPECT_EQ(Count(ics, "BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n"), 1u);
  EXPECT_EQ(Count(ics, "BEGIN:DAYLIGHT\r\n"), 1u);
  EXPECT_EQ(Count(ics, "BEGIN:STANDARD\r\n"), 1u);
  EXPECT_EQ(Count(ics, "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n"), 1u);
  EXPECT_EQ(Count(ics, "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\n"), 1u);
}

TEST(WriteIcs, WritesADueDateAsADateWithoutATime) {
  auto ics = WriteIcs(AcrossDaylightSaving(), LosAngeles()).value();

  const auto calendar = ReadIcs(ics);  // Find points into it: it must outlive `due`
  const auto* due = calendar.Find("commitment-900@lausd.practica");

  ASSERT_NE(due, nullptr);
  EXPECT_TRUE(due->all_day);
  EXPECT_EQ(due->year * 10000 + due->month * 100 + due->day, 20181121);
  EXPECT_EQ(due->end_date, "20181122");
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20181121\r\n"), std::string::npos);
}

TEST(WriteIcs, KeepsCommasSemicolonsNewlinesAndAccentsInText) {
  auto feed = AcrossDaylightSaving();
  feed.events[0].location = "Beaudry Building, Room 2; 333 S Beaudry Ave";
  feed.events[0].description = "Bring a laptop.\nJoin online: https://lausd.zoom.us/j/1801";
  feed.events[0].summary = "Día de aprendizaje: Garvanza, Hope Street";

  const auto calendar = ReadIcs(WriteIcs(feed, LosAngeles()).value());

  const auto* event = calendar.Find(feed.events[0].uid);
  ASSERT_NE(event, nullptr);
  EXPECT_EQ(event->location, "Beaudry Building, Room 2; 333 S Beaudry Ave");
  EXPECT_EQ(event->description, "Bring a laptop.\nJoin online: https://lausd.zoom.us/j/1801");
  EXPECT_EQ(event->summary, "Día de aprendizaje: Garvanza, Hope Street");
}

TEST(WriteIcs, EndsLinesWithCrLfAndFoldsThemAt75OctetsBetweenCharacters) {
  auto feed = AcrossDaylightSaving();
  feed.events[0].description = std::string(300, 'x');
  for (int i = 0; i < 100; ++i) feed.events[1].description += "é";

  auto ics = WriteIcs(feed, LosAngeles()).value();

  std::size_t start = 0;
  int lines = 0;
  while (start < ics.size()) {
    const auto end = ics.find("\r\n", start);
    ASSERT_NE(end, std::string::npos) << "a line without CRLF at " << start;
    EXPECT_LE(end - start, 75u) << ics.substr(start, end - start);
    EXPECT_EQ(ics.substr(start, end - start).find('\n'), std::string::npos);
    // A fold never splits a character: no line starts with a UTF-8 continuation byte.
    const auto first = ics[start] == ' ' ? start + 1 : start;
    EXPECT_NE(static_cast<unsigned char>(ics[first]) & 0xC0, 0x80) << ics.substr(start, end - start);
    start = end + 2;
    ++lines;
  }
  EXPECT_GT(lines, 20);
  EXPECT_NE(ics.find("DTSTART;TZID=America/Los_Angeles:20181102T080000\r\n"), std::string::npos);
}

}  // namespace
}  // namespace practica::calendar
