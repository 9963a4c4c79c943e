// When a school's staff have answered a feedback form for commitment 19: most of those asked,
// told once, and only from forms sent to the staff, the team or a session's attendees.
#include "features/surveys/domain/completion.hpp"

#include <gtest/gtest.h>

namespace practica::surveys {
namespace {

TEST(MostAnswered, IsMoreThanHalfOfThoseAsked) {
  EXPECT_FALSE(MostAnswered(Completion{10, 5}));
  EXPECT_TRUE(MostAnswered(Completion{10, 6}));
  EXPECT_FALSE(MostAnswered(Completion{3, 1}));
  EXPECT_TRUE(MostAnswered(Completion{3, 2}));
  EXPECT_TRUE(MostAnswered(Completion{1, 1}));
  EXPECT_FALSE(MostAnswered(Completion{0, 0})) << "nobody asked";
}

TEST(JustReachedMost, IsOnlyTheAnswerThatCrossedHalf) {
  EXPECT_FALSE(JustReachedMost(Completion{10, 5}));
  EXPECT_TRUE(JustReachedMost(Completion{10, 6}));
  EXPECT_FALSE(JustReachedMost(Completion{10, 7})) << "the school heard of this form already";
  EXPECT_TRUE(JustReachedMost(Completion{1, 1}));
  EXPECT_TRUE(JustReachedMost(Completion{3, 2}));
  EXPECT_FALSE(JustReachedMost(Completion{3, 3}));
}

TEST(CountsForStaff, TakesStaffTeamAndAttendeesButNotPrincipalsOrCoaches) {
  EXPECT_TRUE(CountsForStaff("staff"));
  EXPECT_TRUE(CountsForStaff("team"));
  EXPECT_TRUE(CountsForStaff("attendees"));
  EXPECT_FALSE(CountsForStaff("principals"));
  EXPECT_FALSE(CountsForStaff("coaches"));
}

TEST(CompletionText, SaysHowManyOfHowManyAndTheShareRoundedDown) {
  EXPECT_EQ(CompletionText(Completion{10, 6}, "October feedback"),
            "6 of 10 staff asked answered \u201cOctober feedback\u201d (60%)");
  EXPECT_EQ(CompletionText(Completion{3, 2}, "Session feedback"),
            "2 of 3 staff asked answered \u201cSession feedback\u201d (66%)");
}

}  // namespace
}  // namespace practica::surveys
