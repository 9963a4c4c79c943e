// Observations are non-evaluative: their teacher and coach read them; everyone else gets counts,
// and only over at least five observations of at least two teachers.
#include "features/coaching/domain/observation.hpp"

#include <gtest/gtest.h>

namespace practica::coaching {
namespace {

ObservationDraft Draft() {
  ObservationDraft d;
  d.coach_id = 1;
  d.school_id = 10;
  d.teacher_id = 100;
  d.observed_on = {2018, 10, 9};
  d.indicator = "1.4.c";
  d.samr = "M";
  d.look_fors = "Prototypes tested and changed.";
  return d;
}

ObservationContext Context() { return ObservationContext{{10}, {100}, {2018, 10, 9}}; }

TEST(CheckObservation, AcceptsALookForTiedToAnIndicatorAndSamr) { EXPECT_TRUE(CheckObservation(Draft(), Context())); }

TEST(CheckObservation, RefusesOutsideTheCaseloadAndTeachersOfOtherSchools) {
  auto outside = Draft();
  outside.school_id = 12;
  auto stranger = Draft();
  stranger.teacher_id = 200;

  EXPECT_EQ(CheckObservation(outside, Context()).error().code, core::ErrorCode::kForbidden);
  EXPECT_EQ(CheckObservation(stranger, Context()).error().field, "teacher");
}

TEST(CheckObservation, RefusesAnUnknownSamrLevelOrIndicator) {
  auto samr = Draft();
  samr.samr = "X";
  auto indicator = Draft();
  indicator.indicator = "cs.p3";

  EXPECT_EQ(CheckObservation(samr, Context()).error().field, "samr");
  EXPECT_EQ(CheckObservation(indicator, Context()).error().field, "indicator");
}

TEST(MayReadObservation, OnlyItsTeacherAndItsCoach) {
  EXPECT_TRUE(MayReadObservation(100, 100, 1));
  EXPECT_TRUE(MayReadObservation(1, 100, 1));
  EXPECT_FALSE(MayReadObservation(50, 100, 1));  // the principal
  EXPECT_FALSE(MayReadObservation(0, 100, 1));
}

TEST(AggregateOf, SuppressesFourObservations) {
  const std::vector<ObservationFact> four = {{1, "1.4.a", "A"}, {2, "1.4.a", "M"}, {1, "1.4.c", "S"}, {2, "1.4.c", "R"}};

  EXPECT_FALSE(AggregateOf(four).has_value());
}

TEST(AggregateOf, SuppressesFiveObservationsOfOneTeacher) {
  const std::vector<ObservationFact> one_teacher(5, ObservationFact{7, "1.4.a", "A"});

  EXPECT_FALSE(AggregateOf(one_teacher).has_value());
}

TEST(AggregateOf, CountsFiveObservationsByIndicatorAndSamr) {
  const std::vector<ObservationFact> five = {
      {1, "1.4.a", "A"}, {2, "1.4.a", "M"}, {1, "1.4.c", "M"}, {2, "1.4.c", "R"}, {3, "1.4.c", "M"}};

  const auto aggregate = AggregateOf(five);

  ASSERT_TRUE(aggregate.has_value());
  EXPECT_EQ(aggregate->observations, 5);
  EXPECT_EQ(aggregate->by_indicator.at("1.4.c"), 3);
  EXPECT_EQ(aggregate->by_samr.at("M"), 3);
}

}  // namespace
}  // namespace practica::coaching
