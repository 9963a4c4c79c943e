// The rules of inquiry groups and partnerships, told through the demo's lesson study of winter
// 2019: Priya Shah of Garvanza with Rosa Delgado and Ben Okafor of Hope Street ES.
#include "features/challenges/domain/inquiry.hpp"

#include <gtest/gtest.h>

namespace practica::challenges {
namespace {

using core::ErrorCode;

constexpr std::int64_t kGarvanza = 1, kHope = 2, kSanPascual = 3;
constexpr std::int64_t kPriya = 10, kElena = 11, kRosa = 20, kBen = 21, kDaniel = 30;

const std::vector<RoundPerson> kCohortPeople = {
    {kElena, "Elena Ortiz", kGarvanza, "Garvanza"}, {kPriya, "Priya Shah", kGarvanza, "Garvanza"},
    {kBen, "Ben Okafor", kHope, "Hope Street ES"},  {kRosa, "Rosa Delgado", kHope, "Hope Street ES"},
    {kDaniel, "Daniel Reyes", kSanPascual, "San Pascual"},
};

GroupPlan LessonStudy() {
  return GroupPlan{GroupKind::kLessonStudy, "  Partner talk at the practice station ",
                   "One grade 4 fractions lesson, planned together.", "", {kPriya, kRosa, kBen}};
}

TEST(CheckGroup, AGroupOfTwoSchoolsHasThoseSchoolsInTheCohortsOrder) {
  auto checked = CheckGroup(LessonStudy(), kCohortPeople);

  ASSERT_TRUE(checked.has_value()) << checked.error().message;
  EXPECT_EQ(checked->plan.name, "Partner talk at the practice station");
  EXPECT_EQ(checked->school_ids, (std::vector<std::int64_t>{kGarvanza, kHope}));
}

TEST(CheckGroup, MembersOfOneSchoolAreNotAnInquiryGroupAcrossSchools) {
  auto plan = LessonStudy();
  plan.member_ids = {kPriya, kElena};

  auto checked = CheckGroup(plan, kCohortPeople);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().field, "members");
  EXPECT_NE(checked.error().message.find("at least two schools"), std::string::npos);
}

TEST(CheckGroup, SomeoneOutsideTheCohortsSchoolsIsRefused) {
  auto plan = LessonStudy();
  plan.member_ids.push_back(99);

  auto checked = CheckGroup(plan, kCohortPeople);

  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(checked.error().field, "members");
}

TEST(CheckGroup, APartnershipSharesAHowMightWeQuestion) {
  GroupPlan plan{GroupKind::kPartnership, "Two schools, one neighborhood", "", "We will map safe routes.", {kPriya, kRosa}};

  auto refused = CheckGroup(plan, kCohortPeople);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().field, "statement");

  plan.statement = "How might we connect our students to design for their own neighborhoods?";
  auto checked = CheckGroup(plan, kCohortPeople);
  ASSERT_TRUE(checked.has_value()) << checked.error().message;
  EXPECT_EQ(checked->plan.statement, plan.statement);
}

TEST(CheckGroup, OtherKindsSayWhatTheGroupWorksOnAndAName) {
  auto plan = LessonStudy();
  plan.focus = "  ";
  EXPECT_EQ(CheckGroup(plan, kCohortPeople).error().field, "focus");
  plan = LessonStudy();
  plan.name = "";
  EXPECT_EQ(CheckGroup(plan, kCohortPeople).error().field, "name");
}

TEST(CheckStarter, ASchoolStartsOnlyAGroupItIsIn) {
  EXPECT_TRUE(CheckStarter(false, {kGarvanza}, {kGarvanza, kHope}));
  EXPECT_TRUE(CheckStarter(true, {}, {kGarvanza, kHope})) << "district staff start any group";
  auto stranger = CheckStarter(false, {kSanPascual}, {kGarvanza, kHope});
  ASSERT_FALSE(stranger.has_value());
  EXPECT_EQ(stranger.error().code, ErrorCode::kForbidden);
}

TEST(CheckMeeting, AttendanceIsKeptForMembersOnly) {
  const std::vector<std::int64_t> members{kPriya, kRosa, kBen};
  MeetingPlan meeting{"Research lesson at Garvanza", "", "", {kPriya, kRosa}};
  EXPECT_TRUE(CheckMeeting(meeting, members));

  meeting.attendee_ids.push_back(kDaniel);
  EXPECT_EQ(CheckMeeting(meeting, members).error().field, "attendees");
  meeting.attendee_ids.clear();
  EXPECT_EQ(CheckMeeting(meeting, members).error().field, "attendees");
  meeting = MeetingPlan{" ", "", "", {kPriya}};
  EXPECT_EQ(CheckMeeting(meeting, members).error().field, "agenda");
}

TEST(CheckTakeaway, EachSchoolWritesItsOwn) {
  const std::vector<std::int64_t> schools{kGarvanza, kHope};
  EXPECT_EQ(*CheckTakeaway(kHope, " Start PD with lesson study. ", schools, {kHope}, false), "Start PD with lesson study.");
  EXPECT_EQ(CheckTakeaway(kHope, "Not ours to say", schools, {kGarvanza}, false).error().code, ErrorCode::kForbidden);
  EXPECT_TRUE(CheckTakeaway(kHope, "Staff record it from the notes", schools, {}, true));
  EXPECT_EQ(CheckTakeaway(kSanPascual, "Not in the group", schools, {kSanPascual}, false).error().field, "school");
  EXPECT_EQ(CheckTakeaway(kGarvanza, "  ", schools, {kGarvanza}, false).error().field, "body");
}

TEST(GroupKinds, EachCodeReadsBack) {
  for (const auto& info : GroupKinds()) EXPECT_EQ(ParseGroupKind(info.code), info.kind);
  EXPECT_FALSE(ParseGroupKind("book_club").has_value());
}

}  // namespace
}  // namespace practica::challenges
