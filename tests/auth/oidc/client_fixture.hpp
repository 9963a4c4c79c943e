// A migrated SQLite file with a district, the OpenID provider rig, and a Client discovered
// against it: what every sign-in flow test starts from.
#pragma once

#include <gtest/gtest.h>

#include <ctime>
#include <filesystem>
#include <memory>
#include <optional>

#include "app/application.hpp"
#include "auth/oidc/client.hpp"
#include "auth/oidc/http_fetch.hpp"
#include "auth/oidc/pkce.hpp"
#include "features/districts/store/districts_store.hpp"
#include "tests/auth/oidc/provider_rig.hpp"

namespace practica::auth::oidc {

using core::ErrorCode;
using testing::ProviderRig;

inline constexpr std::string_view kRedirectUri = "http://127.0.0.1:9/auth/oidc/callback";
inline constexpr std::string_view kSophia = "sophia.mendoza@lausd.net";

class OidcClientTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    rig_ = new ProviderRig({"--client-id", "practica", "--client-secret", "practica-secret",
                            "--redirect-uri", std::string(kRedirectUri), "--other-client-id",
                            "other-app", "--other-client-secret", "other-secret"});
  }
  static void TearDownTestSuite() {
    delete rig_;
    rig_ = nullptr;
  }

  void SetUp() override {
    ASSERT_FALSE(rig_->issuer().empty()) << "the OpenID provider rig did not start";
    folder_ = std::filesystem::temp_directory_path() / ("practica-oidc-" + RandomUrlSafe(9));
    std::filesystem::create_directories(folder_);
    auto database = app::OpenDatabase((folder_ / "practica.db").string(), 1);
    ASSERT_TRUE(database.has_value()) << database.error().detail;
    database_ = std::move(*database);
    lease_.emplace(database_->Acquire());
    district_id_ = NewDistrict("lausd");
    auto client = Client::Discover(Settings(), clock_);
    ASSERT_TRUE(client.has_value()) << client.error().message << " / " << client.error().detail;
    client_ = *client;
  }

  void TearDown() override {
    lease_.reset();
    database_.reset();
    std::filesystem::remove_all(folder_);
  }

  ProviderSettings Settings() const {
    return {rig_->issuer(), "practica", "practica-secret", std::string(kRedirectUri)};
  }

  std::int64_t NewDistrict(const std::string& slug) {
    auto district = districts::DistrictsStore(**lease_).Create(
        {0, slug, slug + " district", slug, "America/Los_Angeles"});
    EXPECT_TRUE(district.has_value());
    return district ? district->id : 0;
  }

  db::Connection& connection() { return **lease_; }

  // An ID token straight from the provider's token endpoint for `client_id`, as if this test
  // were that client: what an attacker could obtain for their own application.
  std::string RawIdToken(const std::string& client_id, const std::string& secret,
                         const std::string& nonce, std::string_view email = kSophia) {
    const std::string verifier = RandomUrlSafe();
    const std::string url =
        rig_->issuer() + "/auth?response_type=code&client_id=" + FormEncode(client_id) +
        "&redirect_uri=" + FormEncode(kRedirectUri) +
        "&scope=openid%20email%20profile&state=" + RandomUrlSafe() + "&nonce=" + FormEncode(nonce) +
        "&code_challenge=" + CodeChallengeS256(verifier) + "&code_challenge_method=S256";
    const auto callback = rig_->SignIn(url, email, kRedirectUri);
    const std::string form =
        "grant_type=authorization_code&code=" + FormEncode(callback.at("code")) +
        "&redirect_uri=" + FormEncode(kRedirectUri) + "&code_verifier=" + verifier;
    auto reply = HttpPostForm(rig_->issuer() + "/token", form,
                              testing::BasicAuthorization(client_id, secret));
    EXPECT_TRUE(reply.has_value());
    if (!reply) return {};
    EXPECT_EQ(reply->status, 200) << reply->body;
    return testing::JsonString(reply->body, "id_token");
  }

  inline static ProviderRig* rig_ = nullptr;
  core::FixedClock clock_{static_cast<std::int64_t>(std::time(nullptr))};
  std::filesystem::path folder_;
  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::int64_t district_id_ = 0;
  std::shared_ptr<Client> client_;
};

inline void ExpectUnauthenticated(const core::Error& error, std::string_view detail_part) {
  EXPECT_EQ(error.code, ErrorCode::kUnauthenticated) << error.message;
  EXPECT_NE(error.detail.find(detail_part), std::string::npos) << error.detail;
}

}  // namespace practica::auth::oidc
