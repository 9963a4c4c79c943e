#include "auth/oidc/claims.hpp"

#include <gtest/gtest.h>

namespace practica::auth::oidc {
namespace {

constexpr std::string_view kIssuer = "https://login.lausd.example";
constexpr std::string_view kClientId = "practica";
constexpr std::string_view kNonce = "n-0S6_WzA2Mj";
constexpr std::int64_t kNow = 1'700'000'000;

IdTokenClaims Valid() {
  IdTokenClaims claims;
  claims.iss = std::string(kIssuer);
  claims.sub = "u-sophia";
  claims.aud = std::string(kClientId);
  claims.audiences = {std::string(kClientId)};
  claims.nonce = std::string(kNonce);
  claims.email = "sophia.mendoza@lausd.net";
  claims.email_verified = true;
  claims.name = "Sophia Mendoza";
  claims.iat = kNow - 5;
  claims.exp = kNow + 3600;
  return claims;
}

core::Error Refusal(const IdTokenClaims& claims, std::int64_t now = kNow) {
  auto checked = CheckClaims(claims, kIssuer, kClientId, kNonce, now);
  EXPECT_FALSE(checked.has_value());
  if (checked) return {};
  EXPECT_EQ(checked.error().code, core::ErrorCode::kUnauthenticated);
  return checked.error();
}

TEST(CheckClaims, AcceptsATokenForThisClientAndSignIn) {
  EXPECT_TRUE(CheckClaims(Valid(), kIssuer, kClientId, kNonce, kNow).has_value());
}

TEST(CheckClaims, RefusesAnotherIssuer) {
  IdTokenClaims claims = Valid();
  claims.iss = "https://evil.example";

  const core::Error error = Refusal(claims);

  EXPECT_EQ(error.message,
            "Sign-in could not be completed: the answer did not come from the district's "
            "identity provider; try signing in again.");
  EXPECT_NE(error.detail.find("\"https://evil.example\""), std::string::npos) << error.detail;
}

TEST(CheckClaims, RefusesATokenForAnotherAudience) {
  IdTokenClaims claims = Valid();
  claims.aud = "other-app";
  claims.audiences = {"other-app"};

  const core::Error error = Refusal(claims);

  EXPECT_EQ(error.message,
            "Sign-in could not be completed: the identity provider's answer was meant for "
            "another application; try signing in again.");
  EXPECT_NE(error.detail.find("audience"), std::string::npos) << error.detail;
}

TEST(CheckClaims, RefusesATokenWithoutAudience) {
  IdTokenClaims claims = Valid();
  claims.aud.clear();
  claims.audiences.clear();

  EXPECT_NE(Refusal(claims).detail.find("no aud claim"), std::string::npos);
}

TEST(CheckClaims, RefusesSeveralAudiencesWithoutAuthorizedParty) {
  IdTokenClaims claims = Valid();
  claims.audiences = {std::string(kClientId), "reporting-service"};

  const core::Error error = Refusal(claims);

  EXPECT_EQ(error.message,
            "Sign-in could not be completed: the identity provider's answer was meant for "
            "another application; try signing in again.");
  EXPECT_NE(error.detail.find("azp"), std::string::npos) << error.detail;
}

TEST(CheckClaims, AcceptsSeveralAudiencesAuthorizedForThisClient) {
  IdTokenClaims claims = Valid();
  claims.audiences = {std::string(kClientId), "reporting-service"};
  claims.azp = std::string(kClientId);

  EXPECT_TRUE(CheckClaims(claims, kIssuer, kClientId, kNonce, kNow).has_value());
}

TEST(CheckClaims, RefusesATokenAuthorizedForAnotherParty) {
  IdTokenClaims claims = Valid();
  claims.audiences = {std::string(kClientId), "reporting-service"};
  claims.azp = "reporting-service";

  EXPECT_NE(Refusal(claims).detail.find("azp \"reporting-service\""), std::string::npos);
}

TEST(CheckClaims, RefusesAnExpiredTokenPastTheLeeway) {
  IdTokenClaims claims = Valid();
  claims.exp = kNow - 61;

  const core::Error error = Refusal(claims);

  EXPECT_EQ(error.message,
            "Sign-in could not be completed: the identity provider's answer has expired; try "
            "signing in again, and if this keeps happening ask the district's IT help desk to "
            "check the server's clock.");
  EXPECT_NE(error.detail.find("expired"), std::string::npos) << error.detail;
}

TEST(CheckClaims, AcceptsATokenExpiredWithinTheLeeway) {
  IdTokenClaims claims = Valid();
  claims.exp = kNow - 60;

  EXPECT_TRUE(CheckClaims(claims, kIssuer, kClientId, kNonce, kNow).has_value());
}

TEST(CheckClaims, RefusesATokenWithoutExpiry) {
  IdTokenClaims claims = Valid();
  claims.exp = 0;

  EXPECT_NE(Refusal(claims).detail.find("expired"), std::string::npos);
}

TEST(CheckClaims, RefusesATokenIssuedInTheFuture) {
  IdTokenClaims claims = Valid();
  claims.iat = kNow + 61;

  const core::Error error = Refusal(claims);

  EXPECT_EQ(error.message,
            "Sign-in could not be completed: the identity provider's answer is dated in the "
            "future; ask the district's IT help desk to check the server's clock, then try "
            "signing in again.");
  EXPECT_NE(error.detail.find("future"), std::string::npos) << error.detail;
}

TEST(CheckClaims, RefusesAnotherSignInsNonce) {
  IdTokenClaims claims = Valid();
  claims.nonce = "replayed-from-elsewhere";

  const core::Error error = Refusal(claims);

  EXPECT_EQ(error.message,
            "Sign-in could not be completed: the identity provider's answer belongs to a "
            "different sign-in; start signing in again from the Practica sign-in page.");
  EXPECT_NE(error.detail.find("nonce"), std::string::npos) << error.detail;
}

TEST(CheckClaims, RefusesATokenWithoutNonce) {
  IdTokenClaims claims = Valid();
  claims.nonce.clear();

  EXPECT_NE(Refusal(claims).detail.find("nonce"), std::string::npos);
}

TEST(CheckClaims, RefusesATokenWithoutEmail) {
  IdTokenClaims claims = Valid();
  claims.email.clear();

  const core::Error error = Refusal(claims);

  EXPECT_EQ(error.message,
            "Sign-in could not be completed: the identity provider did not share your e-mail "
            "address; allow Practica to see it when the provider asks, or ask the district's IT "
            "help desk.");
  EXPECT_NE(error.detail.find("no email claim"), std::string::npos) << error.detail;
}

TEST(CheckClaims, RefusesATokenWithoutSubject) {
  IdTokenClaims claims = Valid();
  claims.sub.clear();

  EXPECT_NE(Refusal(claims).detail.find("no sub"), std::string::npos);
}

TEST(ParseIdTokenClaims, ReadsAudienceGivenAsOneString) {
  auto claims = ParseIdTokenClaims(
      R"({"iss":"https://login.lausd.example","sub":"u-1","aud":"practica","exp":1700003600,)"
      R"("iat":1700000000,"nonce":"n","email":"a@lausd.net","email_verified":true,"name":"A"})");

  ASSERT_TRUE(claims.has_value()) << claims.error().detail;
  EXPECT_EQ(claims->aud, "practica");
  EXPECT_EQ(claims->audiences, std::vector<std::string>{"practica"});
  EXPECT_EQ(claims->exp, 1700003600);
  EXPECT_TRUE(claims->email_verified);
  EXPECT_EQ(claims->name, "A");
}

TEST(ParseIdTokenClaims, ReadsAudienceGivenAsAList) {
  auto claims = ParseIdTokenClaims(R"({"aud":["practica","reports"],"azp":"practica"})");

  ASSERT_TRUE(claims.has_value()) << claims.error().detail;
  EXPECT_EQ(claims->audiences, (std::vector<std::string>{"practica", "reports"}));
  EXPECT_EQ(claims->azp, "practica");
}

TEST(ParseIdTokenClaims, ReadsEmailVerifiedSentAsText) {
  auto claims = ParseIdTokenClaims(R"({"email_verified":"true","exp":1700003600.5})");

  ASSERT_TRUE(claims.has_value()) << claims.error().detail;
  EXPECT_TRUE(claims->email_verified);
  EXPECT_EQ(claims->exp, 1700003600);
}

TEST(ParseIdTokenClaims, RefusesAClaimOfTheWrongType) {
  auto claims = ParseIdTokenClaims(R"({"sub":42})");

  ASSERT_FALSE(claims.has_value());
  EXPECT_EQ(claims.error().code, core::ErrorCode::kUnauthenticated);
  EXPECT_EQ(claims.error().detail, "ID token claim sub is not a string");
}

TEST(ParseIdTokenClaims, RefusesAPayloadThatIsNotAnObject) {
  auto claims = ParseIdTokenClaims("[1,2]");

  ASSERT_FALSE(claims.has_value());
  EXPECT_EQ(claims.error().code, core::ErrorCode::kUnauthenticated);
}

}  // namespace
}  // namespace practica::auth::oidc
