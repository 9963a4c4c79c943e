// API tokens on a SQLite file and on PostgreSQL: a token acts as its owner with the one grant it
// was made for, until it is revoked, the grant ends or the owner is deactivated.
#include "auth/api_token_store.hpp"

#include <gtest/gtest.h>

#include "auth/grant_store.hpp"
#include "auth/principal_loader.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"

namespace practica::auth {
namespace {

constexpr std::int64_t kMade = 1543190400;  // 2018-11-26

class ApiTokenStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_ = testing::NewDistrict(db());
    people::PeopleStore people(db(), district_);
    allison_ = people.Create({0, "allison.jonas@lausd.net", "Allison Jonas", true}).value().id;
    hannah_ = people.Create({0, "principal.hope@practica.example", "Hannah Kim", true}).value().id;
    schools::School hope;
    hope.name = "Hope Street ES";
    hope_ = schools::SchoolsStore(db(), district_).Create(hope).value().id;
    GrantStore grants(db(), district_);
    coordinator_grant_ =
        grants.Add({allison_, Role::kCoordinator, ScopeKind::kDistrict, 0, {2018, 1, 1}, std::nullopt}, 0, 1)->id;
    principal_grant_ =
        grants.Add({allison_, Role::kPrincipal, ScopeKind::kSchool, hope_, {2018, 1, 1}, std::nullopt}, 0, 1)->id;
    hannahs_grant_ =
        grants.Add({hannah_, Role::kPrincipal, ScopeKind::kSchool, hope_, {2018, 1, 1}, std::nullopt}, 0, 1)->id;
    store_.emplace(db(), district_);
  }

  db::Connection& db() { return **lease_; }

  Principal Owner(std::int64_t person) { return LoadPrincipal(db(), district_, person).value().value(); }

  // The token's text, shown once.
  std::pair<ApiToken, std::string> Make(std::int64_t person, std::int64_t grant, const std::string& name) {
    return store_->Create(Owner(person), name, grant, kMade).value();
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::optional<ApiTokenStore> store_;
  std::int64_t district_ = 0, allison_ = 0, hannah_ = 0, hope_ = 0;
  std::int64_t coordinator_grant_ = 0, principal_grant_ = 0, hannahs_grant_ = 0;
};

TEST_P(ApiTokenStoreTest, ATokenLoadsAsItsOwnerWithOnlyTheGrantItWasMadeFor) {
  const auto [token, text] = Make(allison_, principal_grant_, "Board report export");

  const auto principal = store_->Load(text, kMade + 60).value();

  ASSERT_TRUE(principal.has_value());
  EXPECT_EQ(principal->person_id, allison_);
  EXPECT_EQ(principal->email, "allison.jonas@lausd.net");
  EXPECT_TRUE(principal->by_api_token);
  ASSERT_EQ(principal->grants.size(), 1u);
  EXPECT_EQ(principal->grants[0].id, principal_grant_);
  EXPECT_EQ(principal->grants[0].role, Role::kPrincipal);
  EXPECT_EQ(principal->grants[0].scope_id, hope_);
}

TEST_P(ApiTokenStoreTest, ATokenCannotBeMadeForAGrantTheOwnerDoesNotHold) {
  const auto made = store_->Create(Owner(allison_), "Borrowed role", hannahs_grant_, kMade);

  ASSERT_FALSE(made.has_value());
  EXPECT_EQ(made.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(made.error().field, "grant_id");
  EXPECT_TRUE(store_->List(allison_).value().empty());
}

TEST_P(ApiTokenStoreTest, ATokenIsNamedWithoutSurroundingSpaceAndNeverBlank) {
  const auto blank = store_->Create(Owner(allison_), "   ", coordinator_grant_, kMade);
  Make(allison_, coordinator_grant_, "  Board report export  ");

  const auto tokens = store_->List(allison_).value();

  ASSERT_FALSE(blank.has_value());
  EXPECT_EQ(blank.error().field, "name");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].name, "Board report export");
  EXPECT_EQ(tokens[0].grant_id, coordinator_grant_);
  EXPECT_EQ(tokens[0].created_at, kMade);
}

TEST_P(ApiTokenStoreTest, ARevokedTokenNoLongerLoadsAndIsListedAsRevoked) {
  const auto [token, text] = Make(allison_, coordinator_grant_, "Board report export");
  ASSERT_TRUE(store_->Revoke(allison_, token.id, kMade + 3600).has_value());

  const auto loaded = store_->Load(text, kMade + 7200).value();

  EXPECT_FALSE(loaded.has_value());
  const auto tokens = store_->List(allison_).value();
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].revoked_at, kMade + 3600);
}

TEST_P(ApiTokenStoreTest, OnlyTheOwnerRevokesATokenAndOnlyOnce) {
  const auto [token, text] = Make(allison_, coordinator_grant_, "Board report export");

  const auto by_someone_else = store_->Revoke(hannah_, token.id, kMade + 60);
  const auto by_owner = store_->Revoke(allison_, token.id, kMade + 120);
  const auto again = store_->Revoke(allison_, token.id, kMade + 180);

  ASSERT_FALSE(by_someone_else.has_value());
  EXPECT_EQ(by_someone_else.error().code, core::ErrorCode::kNotFound);
  EXPECT_TRUE(by_owner.has_value());
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, core::ErrorCode::kNotFound);
  EXPECT_EQ(store_->List(allison_).value()[0].revoked_at, kMade + 120);
}

TEST_P(ApiTokenStoreTest, LoadingATokenRecordsWhenItWasLastUsed) {
  const auto [token, text] = Make(allison_, coordinator_grant_, "Board report export");
  ASSERT_TRUE(store_->Load(text, kMade + 60).has_value());
  ASSERT_TRUE(store_->Load(text, kMade + 600).has_value());

  const auto tokens = store_->List(allison_).value();

  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].last_used_at, kMade + 600);
  EXPECT_FALSE(tokens[0].revoked_at.has_value());
}

TEST_P(ApiTokenStoreTest, ATokenWhoseGrantEndedActsWithNoGrant) {
  const auto [token, text] = Make(allison_, principal_grant_, "Board report export");
  ASSERT_TRUE(GrantStore(db(), district_).End(allison_, principal_grant_, 0, kMade + 60).has_value());

  const auto principal = store_->Load(text, kMade + 120).value();

  ASSERT_TRUE(principal.has_value());
  EXPECT_TRUE(principal->grants.empty());
}

TEST_P(ApiTokenStoreTest, ATokenOfADeactivatedOwnerLoadsNobody) {
  const auto [token, text] = Make(hannah_, hannahs_grant_, "Attendance sync");
  ASSERT_TRUE(people::PeopleStore(db(), district_).SetActive(hannah_, false).has_value());

  const auto principal = store_->Load(text, kMade + 60).value();

  EXPECT_FALSE(principal.has_value());
}

TEST_P(ApiTokenStoreTest, UnknownTextOrAnotherDistrictsTokenLoadsNobody) {
  const auto [token, text] = Make(allison_, coordinator_grant_, "Board report export");

  const auto unknown = store_->Load("pt_not-a-token", kMade + 60).value();
  const auto elsewhere = ApiTokenStore(db(), testing::NewDistrict(db(), "Other")).Load(text, kMade + 60).value();

  EXPECT_FALSE(unknown.has_value());
  EXPECT_FALSE(elsewhere.has_value());
  EXPECT_FALSE(store_->List(allison_).value()[0].last_used_at.has_value());
}

INSTANTIATE_TEST_SUITE_P(BothDialects, ApiTokenStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::auth
