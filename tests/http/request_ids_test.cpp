#include "http/request_ids.hpp"

#include <gtest/gtest.h>

#include <set>

namespace practica::http {
namespace {

TEST(RequestIds, TwoServersNeverStartWithTheSameId) {
  // Two servers behind one balancer each number their requests from 1.
  RequestIds first_server;
  RequestIds second_server;

  EXPECT_NE(first_server.Next(), second_server.Next());
}

TEST(RequestIds, CountsAfterTheProcessPrefix) {
  RequestIds ids("q7k2m9ab");

  EXPECT_EQ(ids.Next(), "q7k2m9ab-1");
  EXPECT_EQ(ids.Next(), "q7k2m9ab-2");
}

TEST(RandomRequestIdPrefix, IsEightPlainCharactersAndDiffersFromStartToStart) {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    const auto prefix = RandomRequestIdPrefix();
    ASSERT_EQ(prefix.size(), 8u);
    EXPECT_EQ(prefix.find_first_not_of("abcdefghijkmnpqrstuvwxyz23456789"), std::string::npos) << prefix;
    seen.insert(prefix);
  }

  EXPECT_EQ(seen.size(), 200u);
}

}  // namespace
}  // namespace practica::http
