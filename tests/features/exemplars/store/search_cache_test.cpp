// The kept answers alone: given back only under the stamp they were kept under, the least
// recently asked dropped first, and every part of a search told apart by its key.
#include "features/exemplars/store/search_cache.hpp"

#include <gtest/gtest.h>

namespace practica::exemplars {
namespace {

std::shared_ptr<const SearchAnswer> AnswerOf(std::int64_t total) {
  return std::make_shared<const SearchAnswer>(SearchAnswer{total, {}, {}});
}

TEST(SearchCache, GivesAnAnswerBackOnlyUnderItsStamp) {
  SearchCache cache(4);
  cache.Put("robot", 7, AnswerOf(270));

  ASSERT_NE(cache.Get("robot", 7), nullptr);
  EXPECT_EQ(cache.Get("robot", 7)->total, 270);
  EXPECT_EQ(cache.Get("robot", 8), nullptr);  // something was published since
  EXPECT_EQ(cache.Get("robots", 7), nullptr);
}

TEST(SearchCache, DropsTheLeastRecentlyAskedFirst) {
  SearchCache cache(2);
  cache.Put("a", 1, AnswerOf(1));
  cache.Put("b", 1, AnswerOf(2));
  ASSERT_NE(cache.Get("a", 1), nullptr);  // "a" asked again: "b" is now the oldest
  cache.Put("c", 1, AnswerOf(3));

  EXPECT_NE(cache.Get("a", 1), nullptr);
  EXPECT_EQ(cache.Get("b", 1), nullptr);
  EXPECT_NE(cache.Get("c", 1), nullptr);
}

TEST(SearchCache, AnAnswerPutAgainReplacesTheOneKept) {
  SearchCache cache(2);
  cache.Put("a", 1, AnswerOf(1));
  cache.Put("a", 2, AnswerOf(5));

  EXPECT_EQ(cache.Get("a", 1), nullptr);
  EXPECT_EQ(cache.Get("a", 2)->total, 5);
}

TEST(SearchCache, KeepsNothingWithNoRoom) {
  SearchCache cache(0);
  cache.Put("a", 1, AnswerOf(1));
  EXPECT_EQ(cache.Get("a", 1), nullptr);
}

TEST(SearchKey, TellsApartEveryPartOfASearch) {
  Search search;
  search.terms = {"robot"};
  search.facets = {{"grade_band", "3-5"}};
  const auto key = SearchKey(1, search);

  auto other = search;
  other.page = 2;
  EXPECT_NE(SearchKey(1, other), key);
  other = search;
  other.sort = Search::Sort::kRelevance;
  EXPECT_NE(SearchKey(1, other), key);
  other = search;
  other.facets["samr"] = "M";
  EXPECT_NE(SearchKey(1, other), key);
  other = search;
  other.terms = {"robo", "t"};
  EXPECT_NE(SearchKey(1, other), key);
  EXPECT_NE(SearchKey(2, search), key);  // another district in the same database
  EXPECT_EQ(SearchKey(1, search), key);
}

}  // namespace
}  // namespace practica::exemplars
