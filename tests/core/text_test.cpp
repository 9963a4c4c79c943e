#include "core/text.hpp"

#include <gtest/gtest.h>

namespace practica::core {

TEST(Slugify, KeepsLettersAndDigitsJoinedByDashes) {
  EXPECT_EQ(Slugify("PS 3.0: Innovative Designer"), "ps-3-0-innovative-designer");
}

TEST(Slugify, DropsApostrophesInsideWords) {
  EXPECT_EQ(Slugify("Mid-city's Prescott School"), "mid-citys-prescott-school");
}

TEST(ParseInt, RefusesTrailingText) { EXPECT_FALSE(ParseInt("12x", 0, 100).has_value()); }

TEST(ParseInt, RefusesOutOfRange) { EXPECT_FALSE(ParseInt("501", 1, 500).has_value()); }

TEST(ParseInt, AcceptsBounds) { EXPECT_EQ(ParseInt("500", 1, 500), 500); }

TEST(UrlEncode, EncodesReservedCharacters) { EXPECT_EQ(UrlEncode("a b&c"), "a%20b%26c"); }

TEST(Fnv1a64, IsStableForTheSameBytes) {
  EXPECT_EQ(Hex64(Fnv1a64("practica")), Hex64(Fnv1a64("practica")));
  EXPECT_NE(Fnv1a64("practica"), Fnv1a64("Practica"));
}

}  // namespace practica::core

namespace practica::core {

TEST(UrlDecode, DecodesEscapesAndPlusAsSpace) {
  EXPECT_EQ(UrlDecode("new.teacher%40example.org"), "new.teacher@example.org");
  EXPECT_EQ(UrlDecode("a+b%2Bc"), "a b+c");
}

TEST(UrlDecode, LeavesAMalformedEscapeAsItIs) { EXPECT_EQ(UrlDecode("100%"), "100%"); }

}  // namespace practica::core
