#include "auth/oidc/login_store.hpp"

#include <gtest/gtest.h>

#include "support/test_database.hpp"

namespace practica::auth::oidc {
namespace {

class LoginStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_id_ = testing::NewDistrict(**lease_);
  }

  PendingLogin Login(std::string state_hash, std::int64_t created_at = 1'700'000'000) {
    return {std::move(state_hash), "nonce-" + std::to_string(created_at), "verifier-x",
            "/cohorts/ps-3-0", created_at};
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::int64_t district_id_ = 0;
};

TEST_P(LoginStoreTest, ConsumeGivesBackWhatWasSaved) {
  LoginStore store(**lease_, district_id_);
  ASSERT_TRUE(store.Save(Login("hash-1")).has_value());

  auto consumed = store.Consume("hash-1");

  ASSERT_TRUE(consumed.has_value()) << consumed.error().detail;
  ASSERT_TRUE(consumed->has_value());
  EXPECT_EQ((*consumed)->nonce, "nonce-1700000000");
  EXPECT_EQ((*consumed)->code_verifier, "verifier-x");
  EXPECT_EQ((*consumed)->return_to, "/cohorts/ps-3-0");
  EXPECT_EQ((*consumed)->created_at, 1'700'000'000);
}

TEST_P(LoginStoreTest, ConsumeGivesNothingTheSecondTime) {
  LoginStore store(**lease_, district_id_);
  ASSERT_TRUE(store.Save(Login("hash-1")).has_value());
  ASSERT_TRUE(store.Consume("hash-1").has_value());

  auto again = store.Consume("hash-1");

  ASSERT_TRUE(again.has_value()) << again.error().detail;
  EXPECT_FALSE(again->has_value());
}

TEST_P(LoginStoreTest, ConsumeSeesOnlyItsOwnDistrict) {
  const std::int64_t other_district = testing::NewDistrict(**lease_, "Other District");
  ASSERT_TRUE(LoginStore(**lease_, other_district).Save(Login("hash-1")).has_value());

  auto consumed = LoginStore(**lease_, district_id_).Consume("hash-1");

  ASSERT_TRUE(consumed.has_value());
  EXPECT_FALSE(consumed->has_value());
}

TEST_P(LoginStoreTest, PurgeDropsOnlySignInsStartedBeforeTheCutoff) {
  LoginStore store(**lease_, district_id_);
  ASSERT_TRUE(store.Save(Login("old", 1000)).has_value());
  ASSERT_TRUE(store.Save(Login("new", 2000)).has_value());

  ASSERT_TRUE(store.PurgeStartedBefore(2000).has_value());

  EXPECT_FALSE(store.Consume("old")->has_value());
  EXPECT_TRUE(store.Consume("new")->has_value());
}

INSTANTIATE_TEST_SUITE_P(Dialects, LoginStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::auth::oidc
