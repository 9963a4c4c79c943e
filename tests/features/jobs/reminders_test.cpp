// Which commitments are reminded on a day and what a coach's digest lists: the rules alone.
#include <gtest/gtest.h>

#include "features/commitments/domain/reminders.hpp"

namespace practica::commitments {
namespace {

core::TimeZone LosAngeles() { return core::TimeZone::Locate("America/Los_Angeles").value(); }

std::vector<Occurrence> DueOn(core::LocalDate day) {
  const DueRule rule{DueKind::kFixed, day};
  return Schedule(rule, Calendar{}, LosAngeles());
}

Event Happened(EventKind kind) {
  Event event;
  event.kind = kind;
  event.at = 1500000000;
  return event;
}

TEST(RemindersOn, RemindsSevenDaysAndOneDayBeforeTheDueDay) {
  const auto schedule = DueOn({2018, 11, 21});

  EXPECT_EQ(RemindersOn(schedule, {}, {2018, 11, 14}).at(0).days_before, 7);
  EXPECT_EQ(RemindersOn(schedule, {}, {2018, 11, 20}).at(0).days_before, 1);
  EXPECT_TRUE(RemindersOn(schedule, {}, {2018, 11, 19}).empty());
  EXPECT_TRUE(RemindersOn(schedule, {}, {2018, 11, 21}).empty());
}

TEST(RemindersOn, CountsCalendarDaysAcrossTheEndOfDaylightSaving) {
  // Due Monday, November 5, 2018; clocks went back on Sunday the 4th.
  const auto schedule = DueOn({2018, 11, 5});

  EXPECT_EQ(RemindersOn(schedule, {}, {2018, 10, 29}).size(), 1u);
  EXPECT_EQ(RemindersOn(schedule, {}, {2018, 11, 4}).size(), 1u);
  EXPECT_TRUE(RemindersOn(schedule, {}, {2018, 10, 30}).empty());
}

TEST(RemindersOn, SaysNothingOnceEvidenceIsSubmittedOrVerified) {
  const auto schedule = DueOn({2018, 11, 21});

  EXPECT_TRUE(RemindersOn(schedule, {Happened(EventKind::kSubmitted)}, {2018, 11, 20}).empty());
  EXPECT_TRUE(RemindersOn(schedule, {Happened(EventKind::kSubmitted), Happened(EventKind::kVerified)},
                          {2018, 11, 20}).empty());
}

TEST(RemindersOn, RemindsAgainWhenEvidenceWasReturned) {
  const auto schedule = DueOn({2018, 11, 21});

  const auto due = RemindersOn(schedule, {Happened(EventKind::kSubmitted), Happened(EventKind::kReturned)},
                               {2018, 11, 20});

  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].due_on, (core::LocalDate{2018, 11, 21}));
}

TEST(RemindersOn, SaysNothingWithoutADueDate) {
  const DueRule rule{DueKind::kAfterInstructionStarts, std::nullopt, 1};

  EXPECT_TRUE(RemindersOn(Schedule(rule, Calendar{}, LosAngeles()), {}, {2018, 9, 7}).empty());
}

TEST(DigestOrder, ListsLateThenDueSoonByDueDateAndDropsTheRest) {
  std::vector<DigestLine> lines = {
      {"Hope Street ES", "12. Certification", Status::kDueSoon, 300, "", ""},
      {"Garvanza", "4. Calendar", Status::kVerified, 100, "", ""},
      {"Telfair", "7. Survey", Status::kLate, 200, "", ""},
      {"Garvanza", "12. Certification", Status::kDueSoon, 300, "", ""},
      {"Hope Street ES", "9. Plan", Status::kDueSoon, 250, "", ""},
      {"Telfair", "2. Lead", Status::kSubmitted, 50, "", ""}};

  const auto ordered = DigestOrder(lines);

  ASSERT_EQ(ordered.size(), 4u);
  EXPECT_EQ(ordered[0].school, "Telfair");
  EXPECT_EQ(ordered[1].title, "9. Plan");
  EXPECT_EQ(ordered[2].school, "Garvanza");
  EXPECT_EQ(ordered[3].school, "Hope Street ES");
}

}  // namespace
}  // namespace practica::commitments
