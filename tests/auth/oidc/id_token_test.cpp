// ID tokens minted by the real provider, then taken apart: a signature is all that stands
// between a forged token and someone else's account.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "tests/auth/oidc/client_fixture.hpp"

namespace practica::auth::oidc {
namespace {

class VerifyIdTokenTest : public OidcClientTest {};

TEST_F(VerifyIdTokenTest, AcceptsAnIdTokenFromTheTokenEndpoint) {
  const std::string token = RawIdToken("practica", "practica-secret", "nonce-1");

  auto identity = client_->VerifyIdToken(token, "nonce-1", clock_.NowUtcSeconds());

  ASSERT_TRUE(identity.has_value()) << identity.error().detail;
  EXPECT_EQ(identity->email, kSophia);
}

TEST_F(VerifyIdTokenTest, VerifiesFromSeveralThreadsAtOnce) {
  const std::string token = RawIdToken("practica", "practica-secret", "nonce-1");
  std::atomic<int> verified{0};

  std::vector<std::jthread> workers;
  for (int t = 0; t < 8; ++t) {
    workers.emplace_back([&] {
      for (int i = 0; i < 25; ++i) {
        if (client_->VerifyIdToken(token, "nonce-1", clock_.NowUtcSeconds())) ++verified;
      }
    });
  }
  workers.clear();

  EXPECT_EQ(verified.load(), 8 * 25);
}

TEST_F(VerifyIdTokenTest, RefusesAnIdTokenWithAFlippedSignatureByte) {
  std::string token = RawIdToken("practica", "practica-secret", "nonce-1");
  const std::size_t byte = token.rfind('.') + 10;
  token[byte] = token[byte] == 'A' ? 'B' : 'A';

  auto identity = client_->VerifyIdToken(token, "nonce-1", clock_.NowUtcSeconds());

  ASSERT_FALSE(identity.has_value());
  ExpectUnauthenticated(identity.error(), "signature does not verify");
}

TEST_F(VerifyIdTokenTest, RefusesAnIdTokenWhosePayloadWasRewritten) {
  const std::string token = RawIdToken("practica", "practica-secret", "nonce-1");
  const std::string forged =
      testing::RewritePayload(token, kSophia, "principal@garvanza.example.org");

  auto identity = client_->VerifyIdToken(forged, "nonce-1", clock_.NowUtcSeconds());

  ASSERT_FALSE(identity.has_value());
  ExpectUnauthenticated(identity.error(), "signature does not verify");
}

TEST_F(VerifyIdTokenTest, RefusesAnUnsignedIdToken) {
  const std::string token = RawIdToken("practica", "practica-secret", "nonce-1");
  const std::string unsigned_token = testing::WithoutSignature(token);

  auto identity = client_->VerifyIdToken(unsigned_token, "nonce-1", clock_.NowUtcSeconds());

  ASSERT_FALSE(identity.has_value());
  EXPECT_EQ(identity.error().code, ErrorCode::kUnauthenticated);
}

TEST_F(VerifyIdTokenTest, RefusesAnIdTokenIssuedToAnotherApplication) {
  const std::string token = RawIdToken("other-app", "other-secret", "nonce-1");

  auto identity = client_->VerifyIdToken(token, "nonce-1", clock_.NowUtcSeconds());

  ASSERT_FALSE(identity.has_value());
  ExpectUnauthenticated(identity.error(), "audience does not include the client id");
  EXPECT_EQ(identity.error().message,
            "Sign-in could not be completed: the identity provider's answer was meant for "
            "another application; try signing in again.");
}

TEST_F(VerifyIdTokenTest, RefusesAnExpiredIdToken) {
  const std::string token = RawIdToken("practica", "practica-secret", "nonce-1");
  const std::int64_t two_hours_later = clock_.NowUtcSeconds() + 2 * 3600;

  auto identity = client_->VerifyIdToken(token, "nonce-1", two_hours_later);

  ASSERT_FALSE(identity.has_value());
  ExpectUnauthenticated(identity.error(), "expired");
}

TEST_F(VerifyIdTokenTest, RefusesAnIdTokenForAnotherSignIn) {
  const std::string token = RawIdToken("practica", "practica-secret", "nonce-1");

  auto identity = client_->VerifyIdToken(token, "nonce-2", clock_.NowUtcSeconds());

  ASSERT_FALSE(identity.has_value());
  ExpectUnauthenticated(identity.error(), "nonce");
}

}  // namespace
}  // namespace practica::auth::oidc
