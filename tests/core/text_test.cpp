#include "core/text.hpp"
#include "core/url_encoded.hpp"

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

// The library writes its facets' links with it, after what the link already holds.
TEST(AppendUrlEncoded, AppendsAfterWhatIsWrittenAndDecodesBack) {
  std::string link = "/exemplars?school=";
  AppendUrlEncoded(link, "St. Mary's \"Upper\" K-5 & Niños~");
  EXPECT_EQ(link, "/exemplars?school=St.%20Mary%27s%20%22Upper%22%20K-5%20%26%20Ni%C3%B1os~");
  EXPECT_EQ(UrlDecode(link.substr(18)), "St. Mary's \"Upper\" K-5 & Niños~");
  std::string plain = "x";
  AppendUrlEncoded(plain, "");
  AppendUrlEncoded(plain, "yucca-vista-elementary");
  EXPECT_EQ(plain, "xyucca-vista-elementary");
}

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


TEST(IsValidUtf8, TellsTextFromBrokenBytes) {
  EXPECT_TRUE(IsValidUtf8("Confirmación ✓ 😀"));
  EXPECT_FALSE(IsValidUtf8("\xff"));
  EXPECT_FALSE(IsValidUtf8("\xc3"));          // cut short
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));      // overlong "/"
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));  // a surrogate
}

TEST(Trim, KeepsATemporarysTextAlive) {
  // A view into a temporary would dangle once the statement ends; the overload owns the text.
  const auto trimmed = Trim(std::string("  not-a-date-but-longer-than-sixteen-bytes  "));

  EXPECT_EQ(trimmed, "not-a-date-but-longer-than-sixteen-bytes");
}

TEST(IsLocalPath, AcceptsPathsOnThisServer) {
  EXPECT_TRUE(IsLocalPath("/home"));
  EXPECT_TRUE(IsLocalPath("/cohorts/ps-3-0/applications?tab=open"));
  EXPECT_TRUE(IsLocalPath("/"));
}

TEST(IsLocalPath, RefusesEveryWayToNameAnotherHost) {
  for (const std::string_view next : std::vector<std::string_view>{
       "//evil.example", "/\\evil.example", "/\t/evil.example", std::string_view("/\0/evil.example", 15),
        "/\r\nSet-Cookie: x=1", "/\x7f/evil.example", "/\x01/evil.example", "/%2F/evil.example",
        "/%2f%2fevil.example", "/%5C/evil.example", "/%09/evil.example", "/%00/evil.example",
        "https://evil.example", "evil.example", "", "\\\\evil.example"}) {
    EXPECT_FALSE(IsLocalPath(next)) << next;
  }
}

TEST(RedactSecrets, HidesTokensAndKeepsSlugs) {
  const std::string line =
      "Reset: https://practica.example/reset/Zq3xK9vL2mN8pR4tY7wB1cD5eF and "
      "/cohorts/ps-3-0-innovative-designer/schools/garvanza-elementary";

  const std::string redacted = RedactSecrets(line);

  EXPECT_EQ(redacted,
            "Reset: https://practica.example/reset/[redacted] and "
            "/cohorts/ps-3-0-innovative-designer/schools/garvanza-elementary");
}

}  // namespace practica::core
