#include "auth/oidc/pkce.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace practica::auth::oidc {
namespace {

bool UrlSafe(const std::string& text) {
  return std::ranges::all_of(text, [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
}

TEST(CodeChallengeS256, MatchesTheRfc7636Example) {
  // RFC 7636, appendix B: the verifier is base64url of the octets 116, 24, 223, 180, ... 121.
  EXPECT_EQ(CodeChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

TEST(RandomUrlSafe, GivesFortyThreeUrlSafeCharactersForThirtyTwoBytes) {
  const std::string value = RandomUrlSafe();

  EXPECT_EQ(value.size(), 43u);
  EXPECT_TRUE(UrlSafe(value)) << value;
}

TEST(RandomUrlSafe, NeverRepeats) { EXPECT_NE(RandomUrlSafe(), RandomUrlSafe()); }

TEST(HashState, IsStableAndHidesTheState) {
  const std::string state = RandomUrlSafe();

  EXPECT_EQ(HashState(state), HashState(state));
  EXPECT_NE(HashState(state), state);
  EXPECT_TRUE(UrlSafe(HashState(state)));
}

}  // namespace
}  // namespace practica::auth::oidc
