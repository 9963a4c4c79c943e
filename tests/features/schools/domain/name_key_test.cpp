#include "features/schools/domain/name_key.hpp"

#include <gtest/gtest.h>

namespace practica::schools {
namespace {

bool Same(std::string_view a, std::string_view b) { return SameSchool(KeyOf(a), KeyOf(b)); }

}  // namespace

TEST(SameSchool, MatchesAbbreviationsSpelledOut) {
  EXPECT_TRUE(Same("Rosemont Avenue ES", "Rosemont Ave ES"));
  EXPECT_TRUE(Same("Lucille Roybal-Allard ES", "Lucille Roybal-allard Elementary"));
  EXPECT_TRUE(Same("Diego Rivera Performing Arts", "Diego Rivera Perf Arts"));
}

TEST(SameSchool, MatchesAShortNameInsideALongerOne) {
  EXPECT_TRUE(Same("James Madison MS", "Madison MS"));
  EXPECT_TRUE(Same("John A. Sutter MS", "Sutter MS"));
  EXPECT_TRUE(Same("Garvanza Elementary Technology and Leadership Magnet", "Garvanza ES"));
  EXPECT_TRUE(Same("Bethune MS and MST Magnet", "Dr. Mary Mcleod Bethune MS And Mst Magnet"));
}

TEST(SameSchool, ForgivesOneTypoInALongWord) {
  EXPECT_TRUE(Same("Garvanza ES", "Garvnaza ES"));
}

TEST(SameSchool, MatchesAnAcronymGivenInParentheses) {
  EXPECT_TRUE(Same("Maywood Center for Enriched Studies (MaCES)", "Maces"));
}

TEST(SameSchool, NeverMatchesDifferentNumbers) {
  EXPECT_FALSE(Same("20th Street ES", "24th Street ES"));
}

TEST(SameSchool, NeverMatchesDifferentLevels) {
  EXPECT_FALSE(Same("Madison ES", "Madison MS"));
}

TEST(SameSchool, KeepsApartSchoolsSharingOnlyAPlaceName) {
  EXPECT_FALSE(Same("Palisades Charter ES", "Palisades Center for Enriched Studies"));
  EXPECT_FALSE(Same("San Pascual STEAM Magnet", "San Fernando Institute For Applied Media"));
}

TEST(SameSchool, KeepsApartTheSchoolsOfOneCampus) {
  EXPECT_FALSE(Same("Diego Rivera Comm & Tech", "Diego Rivera Perf Arts"));
}

TEST(SameSchool, DoesNotTreatAShortTypoAsTheSameWord) {
  // "Laces" and "Maces" differ by one letter, but short words must match exactly.
  EXPECT_FALSE(Same("Laces HS", "Maces"));
}

TEST(SameSchool, NeedsMoreThanAGenericWordInCommon) {
  EXPECT_FALSE(Same("52 Street ES", "Hope Street ES"));
}

TEST(KeyOf, ReadsTheLevelFromTheName) {
  EXPECT_EQ(KeyOf("Carson Street Steam Academy Es").level, SchoolType::kElementary);
  EXPECT_EQ(KeyOf("Lake Balboa College Preparatory Magnet K-12").level, SchoolType::kSpan);
  EXPECT_EQ(KeyOf("Perez Special Education Center/CTC").level, SchoolType::kSpecialEducation);
  EXPECT_FALSE(KeyOf("Girls Academic Leadership Academy").level.has_value());
}

TEST(TypoDistance, CountsASwapAsOne) {
  EXPECT_EQ(TypoDistance("garvanza", "garvnaza"), 1);
  EXPECT_EQ(TypoDistance("garvanza", "garvanza"), 0);
  EXPECT_EQ(TypoDistance("canoga", "sutter"), 2);
}

}  // namespace practica::schools
