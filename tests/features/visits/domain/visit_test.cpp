// The visit rules alone: who offers, who signs up, the seats, a past day, attendance only of
// those signed up, a reflection only after attending.
#include <gtest/gtest.h>

#include "features/visits/domain/visit.hpp"

namespace practica::visits {
namespace {

constexpr std::int64_t kGarvanza = 10;
constexpr std::int64_t kHope = 20;
const core::LocalDate kToday{2019, 1, 14};

VisitDraft Draft() {
  return VisitDraft{"2019-02-07", "08:30", "11:00", "Design-thinking launches", "Rooms 12 and 18", "6", true};
}

VisitFacts Facts(int taken = 0) { return VisitFacts{kGarvanza, "Garvanza ES", {2019, 2, 7}, 6, taken}; }

Asker Principal(std::int64_t school) { return Asker{1, false, {school}, {}, {school}}; }
Asker Teacher(std::int64_t school) { return Asker{2, false, {}, {}, {school}}; }
Asker Coach(std::int64_t school) { return Asker{3, false, {}, {school}, {}}; }
Asker Staff() { return Asker{4, true, {}, {}, {}}; }

TEST(CheckVisit, TakesAVisitAsTyped) {
  auto plan = CheckVisit(Draft(), kToday);

  ASSERT_TRUE(plan.has_value());
  EXPECT_EQ(plan->held_on, (core::LocalDate{2019, 2, 7}));
  EXPECT_EQ(plan->starts_minute, 8 * 60 + 30);
  EXPECT_EQ(plan->capacity, 6);
  EXPECT_TRUE(plan->release_day);
  EXPECT_EQ(TimeSpan(plan->starts_minute, plan->ends_minute), "8:30 AM to 11:00 AM");
}

TEST(CheckVisit, RefusesACapacityOutsideOneToTwoHundredNamingTheField) {
  for (const char* capacity : {"0", "201", "ten", ""}) {
    auto draft = Draft();
    draft.capacity = capacity;

    auto plan = CheckVisit(draft, kToday);

    ASSERT_FALSE(plan.has_value()) << capacity;
    EXPECT_EQ(plan.error().code, core::ErrorCode::kInvalidInput);
    EXPECT_EQ(plan.error().field, "capacity");
  }
  auto draft = Draft();
  draft.capacity = "200";
  EXPECT_TRUE(CheckVisit(draft, kToday).has_value());
}

TEST(CheckVisit, RefusesAPastDayAnEndBeforeTheStartAndMissingText) {
  auto past = Draft();
  past.held_on = "2019-01-13";
  auto backwards = Draft();
  backwards.ends = "08:00";
  auto no_purpose = Draft();
  no_purpose.purpose = "  ";
  auto no_look_fors = Draft();
  no_look_fors.look_fors = "";

  EXPECT_EQ(CheckVisit(past, kToday).error().message,
            "Sunday, January 13, 2019 has passed; offer a visit from today on.");
  EXPECT_EQ(CheckVisit(backwards, kToday).error().field, "ends");
  EXPECT_EQ(CheckVisit(no_purpose, kToday).error().field, "purpose");
  EXPECT_EQ(CheckVisit(no_look_fors, kToday).error().field, "look_fors");
}

TEST(CheckOffer, LetsTheHostsSidesOfferAndNoOneElse) {
  EXPECT_TRUE(CheckOffer(Principal(kGarvanza), kGarvanza, "Garvanza ES", true).has_value());
  EXPECT_TRUE(CheckOffer(Coach(kGarvanza), kGarvanza, "Garvanza ES", true).has_value());
  EXPECT_TRUE(CheckOffer(Staff(), kGarvanza, "Garvanza ES", true).has_value());

  EXPECT_EQ(CheckOffer(Teacher(kGarvanza), kGarvanza, "Garvanza ES", true).error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(CheckOffer(Principal(kHope), kGarvanza, "Garvanza ES", true).error().code, core::ErrorCode::kForbidden);
}

TEST(CheckOffer, RefusesASchoolInNoCohort) {
  auto offered = CheckOffer(Staff(), 99, "Los Angeles HS", false);

  ASSERT_FALSE(offered.has_value());
  EXPECT_EQ(offered.error().field, "school");
}

TEST(CheckSignUp, LetsPeopleOfOtherSchoolsAndDistrictLeadersSignUp) {
  EXPECT_TRUE(CheckSignUp(Principal(kHope), Facts(), kToday, false).has_value());
  EXPECT_TRUE(CheckSignUp(Teacher(kHope), Facts(), kToday, false).has_value());
  EXPECT_TRUE(CheckSignUp(Staff(), Facts(), kToday, false).has_value());
  EXPECT_TRUE(CheckSignUp(Coach(kHope), Facts(), kToday, false).has_value());
}

TEST(CheckSignUp, RefusesTheHostSchoolsOwnPeopleAndCoach) {
  for (const auto& asker : {Principal(kGarvanza), Teacher(kGarvanza), Coach(kGarvanza)}) {
    auto signed_up = CheckSignUp(asker, Facts(), kToday, false);

    ASSERT_FALSE(signed_up.has_value());
    EXPECT_EQ(signed_up.error().code, core::ErrorCode::kForbidden);
  }
}

TEST(CheckSignUp, RefusesTheSeatAfterTheLast) {
  auto full = CheckSignUp(Teacher(kHope), Facts(6), kToday, false);

  ASSERT_FALSE(full.has_value());
  EXPECT_EQ(full.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(full.error().message,
            "Every seat of the visit to Garvanza ES on Thursday, February 7, 2019 is taken (6 of 6); choose another "
            "visit.");
  EXPECT_TRUE(CheckSignUp(Teacher(kHope), Facts(5), kToday, false).has_value());
}

TEST(CheckSignUp, RefusesAPastVisitAndASecondSeat) {
  auto past = CheckSignUp(Teacher(kHope), Facts(), {2019, 2, 8}, false);
  auto twice = CheckSignUp(Teacher(kHope), Facts(), kToday, true);

  EXPECT_EQ(past.error().code, core::ErrorCode::kConflict);
  EXPECT_NE(past.error().message.find("has passed"), std::string::npos);
  EXPECT_EQ(twice.error().code, core::ErrorCode::kConflict);
  EXPECT_TRUE(CheckSignUp(Teacher(kHope), Facts(), {2019, 2, 7}, false).has_value()) << "the day itself is open";
}

TEST(CheckCancel, CancelsOnlyBeforeTheDay) {
  EXPECT_TRUE(CheckCancel(Facts(1), kToday, true).has_value());
  EXPECT_EQ(CheckCancel(Facts(1), {2019, 2, 7}, true).error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(CheckCancel(Facts(1), kToday, false).error().code, core::ErrorCode::kConflict);
}

TEST(CheckAttendance, MarksOnlyThoseSignedUpFromTheDayOn) {
  const core::LocalDate day{2019, 2, 7};

  EXPECT_TRUE(CheckAttendance(Facts(2), day, {7}, {7, 8}).has_value());
  EXPECT_TRUE(CheckAttendance(Facts(2), day, {}, {7, 8}).has_value()) << "nobody came";
  auto stranger = CheckAttendance(Facts(2), day, {7, 9}, {7, 8});
  ASSERT_FALSE(stranger.has_value());
  EXPECT_EQ(stranger.error().field, "present");
  EXPECT_EQ(CheckAttendance(Facts(2), kToday, {7}, {7, 8}).error().code, core::ErrorCode::kConflict);
}

TEST(CheckReflection, TakesNotesOnlyFromThoseWhoCame) {
  auto came = CheckReflection(true, {"  Students led the interviews. ", ""});
  auto absent = CheckReflection(false, {"I was not there", ""});
  auto empty = CheckReflection(true, {" ", ""});

  ASSERT_TRUE(came.has_value());
  EXPECT_EQ(came->notes, "Students led the interviews.");
  EXPECT_EQ(absent.error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(empty.error().field, "notes");
}

}  // namespace
}  // namespace practica::visits
