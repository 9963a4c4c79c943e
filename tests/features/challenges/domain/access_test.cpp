#include "features/challenges/domain/access.hpp"

#include <gtest/gtest.h>

#include "features/challenges/domain/similar.hpp"

namespace practica::challenges {
namespace {

TEST(ReadAccess, AnotherSchoolOfTheCohortReadsOnlyWhatIsShared) {
  Reader peer;
  peer.in_cohort = true;

  EXPECT_EQ(ReadAccess(peer), Access::kSharedOnly);
}

TEST(ReadAccess, TheSchoolItsCoachAndTheDistrictReadDrafts) {
  Reader own, coach, staff, director;
  own.own_school = true;
  coach.own_coach = true;
  staff.district_staff = true;
  director.local_director = true;

  for (const auto& reader : {own, coach, staff, director}) EXPECT_EQ(ReadAccess(reader), Access::kEverything);
}

TEST(ReadAccess, NobodyElse) { EXPECT_EQ(ReadAccess(Reader{}), Access::kNone); }

TEST(MayComment, TheCohortsSchoolsOnASharedChallengeOnly) {
  Reader peer, staff;
  peer.in_cohort = true;
  staff.district_staff = true;

  EXPECT_TRUE(MayComment(peer, true));
  EXPECT_FALSE(MayComment(peer, false));
  EXPECT_FALSE(MayComment(staff, true));
}

TEST(SimilarTo, RanksByIndicatorsShared) {
  const Targeting of{1, {"1.4.a", "1.4.c", "1.1.c"}};
  const std::vector<Targeting> others = {{1, {"1.4.a"}}, {2, {"1.7.c"}}, {3, {"1.4.a"}}, {4, {"1.4.c", "1.1.c"}}};

  const auto similar = SimilarTo(of, others);

  ASSERT_EQ(similar.size(), 2u);
  EXPECT_EQ(similar[0].school_id, 4);
  EXPECT_EQ(similar[1].school_id, 3);
  EXPECT_EQ(similar[1].shared, std::vector<std::string>{"1.4.a"});
}

TEST(MatchesQuery, NeedsEveryWordIgnoringCase) {
  EXPECT_TRUE(MatchesQuery("How might we reimagine our PD?", "pd REIMAGINE"));
  EXPECT_FALSE(MatchesQuery("How might we reimagine our PD?", "pd disabilities"));
  EXPECT_TRUE(MatchesQuery("anything", ""));
}

}  // namespace
}  // namespace practica::challenges
