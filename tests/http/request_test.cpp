#include "http/request.hpp"

#include <gtest/gtest.h>

namespace practica::http {
namespace {

TEST(ParseTarget, DecodesThePathAndTheQueryInOrder) {
  Request request;

  ASSERT_TRUE(ParseTarget("/schools/hope%20street?type=Elementary%20School&q=a&q=b", request));

  EXPECT_EQ(request.path, "/schools/hope street");
  ASSERT_EQ(request.query.size(), 3u);
  EXPECT_EQ(request.query[0], (std::pair<std::string, std::string>{"type", "Elementary School"}));
  EXPECT_EQ(request.Query("q"), "a");
}

TEST(ParseTarget, RefusesATargetThatIsNotOriginForm) {
  Request request;

  EXPECT_FALSE(ParseTarget("http://example.com/", request));
  EXPECT_FALSE(ParseTarget("/a b", request));
}

}  // namespace
}  // namespace practica::http
