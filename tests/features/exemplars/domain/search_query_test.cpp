// The words a search sends the databases: letters and digits only, so no query syntax of
// either database reaches it, and the same prefix match on both.
#include "features/exemplars/domain/search_query.hpp"

#include <gtest/gtest.h>

namespace practica::exemplars {
namespace {

using Words = std::vector<std::string>;

TEST(SearchTerms, KeepsLowerCaseWordsOnce) {
  EXPECT_EQ(SearchTerms("Robots  robots, CODE!"), (Words{"robots", "code"}));
}

TEST(SearchTerms, LeavesNoSqlOrFtsSyntax) {
  EXPECT_EQ(SearchTerms("x' OR 1=1; DROP TABLE exemplars; --"), (Words{"x", "or", "1", "drop", "table", "exemplars"}));
  EXPECT_EQ(SearchTerms("title:robot* NEAR(\"a\" b) -c ^d"), (Words{"title", "robot", "near", "a", "b", "c", "d"}));
  EXPECT_TRUE(SearchTerms("\"*:() & | ! <-> '").empty());
}

TEST(SearchTerms, KeepsAtMostEightWords) {
  EXPECT_EQ(SearchTerms("a b c d e f g h i j").size(), kMaxTerms);
}

TEST(Fts5Match, QuotesEveryTermAsARequiredPrefix) {
  EXPECT_EQ(Fts5Match({"robot", "code"}), "\"robot\"* AND \"code\"*");
}

TEST(TsQuery, AsksForEveryTermAsAPrefix) {
  EXPECT_EQ(TsQuery({"robot", "code"}), "robot:* & code:*");
}

TEST(ChooseSort, RanksByRelevanceWhenThereAreWords) {
  EXPECT_EQ(ChooseSort("", true), "relevance");
  EXPECT_EQ(ChooseSort("relevance", true), "relevance");
  EXPECT_EQ(ChooseSort("title", true), "title");
  EXPECT_EQ(ChooseSort("newest", true), "newest");
}

TEST(ChooseSort, PutsTheNewestFirstWithoutWords) {
  EXPECT_EQ(ChooseSort("", false), "newest");
  EXPECT_EQ(ChooseSort("relevance", false), "newest");  // nothing to rank by
  EXPECT_EQ(ChooseSort("title", false), "title");
  EXPECT_EQ(ChooseSort("bm25; DROP", false), "newest");
}

TEST(Highlight, MarksWordsStartingWithATermAndEscapesTheRest) {
  EXPECT_EQ(Highlight("Robotics & <b>robots</b> rob", {"robot"}),
            "<mark>Robotics</mark> &amp; &lt;b&gt;<mark>robots</mark>&lt;/b&gt; rob");
}

TEST(IndexText, WritesTheSameWordsASearchReads) {
  EXPECT_EQ(IndexText("Co-design: 3D Bee-Bot (K-2)"), "co design 3d bee bot k 2");
}

}  // namespace
}  // namespace practica::exemplars
