// E-mail preferences and unsubscribe links on a SQLite file and on PostgreSQL: what a person
// chose, read back as the mail jobs read it, and the links that turn a topic off.
#include "features/accounts/store/preferences_store.hpp"

#include <gtest/gtest.h>

#include "auth/secrets.hpp"
#include "features/people/store/people_store.hpp"
#include "support/test_database.hpp"

namespace practica::accounts {
namespace {

constexpr std::int64_t kSent = 1543190400;       // 2018-11-26, a Monday's digest
constexpr std::int64_t kThirtyDays = 30 * 86400;

class PreferencesStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_ = testing::NewDistrict(db());
    people::PeopleStore people(db(), district_);
    ramon_ = people.Create({0, "coach@practica.example", "Ramon Castillo", true}).value().id;
    hannah_ = people.Create({0, "principal.hope@practica.example", "Hannah Kim", true}).value().id;
    store_.emplace(db(), district_);
  }

  db::Connection& db() { return **lease_; }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::optional<PreferencesStore> store_;
  std::int64_t district_ = 0, ramon_ = 0, hannah_ = 0;
};

TEST_P(PreferencesStoreTest, WantsEveryTopicWhenThePersonNeverChose) {
  const auto preferences = store_->For(ramon_).value();

  EXPECT_TRUE(preferences.digest_enabled);
  EXPECT_TRUE(preferences.reminders_enabled);
  EXPECT_TRUE(Wants(preferences, "digest"));
  EXPECT_TRUE(Wants(preferences, "reminder"));
}

TEST_P(PreferencesStoreTest, ASecondSaveReplacesTheFirst) {
  ASSERT_TRUE(store_->Save(ramon_, {false, false}, kSent).has_value());
  ASSERT_TRUE(store_->Save(ramon_, {true, false}, kSent + 60).has_value());

  const auto preferences = store_->For(ramon_).value();

  EXPECT_TRUE(preferences.digest_enabled);
  EXPECT_FALSE(preferences.reminders_enabled);
}

TEST_P(PreferencesStoreTest, OptingOutOfOneTopicKeepsTheOtherAndOtherPeoplesChoices) {
  ASSERT_TRUE(store_->Save(ramon_, {true, true}, kSent).has_value());
  ASSERT_TRUE(store_->TurnOff(ramon_, "digest", kSent + 60).has_value());

  const auto ramon = store_->For(ramon_).value();
  const auto hannah = store_->For(hannah_).value();

  EXPECT_FALSE(Wants(ramon, "digest"));
  EXPECT_TRUE(Wants(ramon, "reminder"));
  EXPECT_TRUE(Wants(hannah, "digest"));
}

TEST_P(PreferencesStoreTest, OptingOutOfBothTopicsOneAtATimeLeavesNeither) {
  ASSERT_TRUE(store_->TurnOff(hannah_, "reminder", kSent).has_value());
  ASSERT_TRUE(store_->TurnOff(hannah_, "digest", kSent + 60).has_value());

  const auto preferences = store_->For(hannah_).value();

  EXPECT_FALSE(Wants(preferences, "digest"));
  EXPECT_FALSE(Wants(preferences, "reminder"));
}

TEST_P(PreferencesStoreTest, FindsAnUnsubscribeLinkByItsHashWithWhoseItIs) {
  const std::string token = "the-token-in-the-email";
  ASSERT_TRUE(store_->AddUnsubscribeLink(auth::HashToken(token), ramon_, "digest", kSent, kSent + kThirtyDays));

  const auto link = store_->FindUnsubscribeLink(auth::HashToken(token), kSent + 86400).value();
  const auto by_token_itself = store_->FindUnsubscribeLink(token, kSent + 86400).value();

  ASSERT_TRUE(link.has_value());
  EXPECT_EQ(link->person_id, ramon_);
  EXPECT_EQ(link->topic, "digest");
  EXPECT_EQ(link->email, "coach@practica.example");
  EXPECT_FALSE(link->expired);
  EXPECT_FALSE(by_token_itself.has_value());
}

TEST_P(PreferencesStoreTest, AnUnsubscribeLinkExpiresAtItsTime) {
  const auto hash = auth::HashToken("the-token-in-the-email");
  ASSERT_TRUE(store_->AddUnsubscribeLink(hash, hannah_, "reminder", kSent, kSent + kThirtyDays));

  const auto before = store_->FindUnsubscribeLink(hash, kSent + kThirtyDays - 1).value();
  const auto at = store_->FindUnsubscribeLink(hash, kSent + kThirtyDays).value();

  ASSERT_TRUE(before.has_value() && at.has_value());
  EXPECT_FALSE(before->expired);
  EXPECT_TRUE(at->expired);
}

TEST_P(PreferencesStoreTest, AnUnsubscribeLinkOpensNothingInAnotherDistrict) {
  const auto hash = auth::HashToken("the-token-in-the-email");
  ASSERT_TRUE(store_->AddUnsubscribeLink(hash, ramon_, "digest", kSent, kSent + kThirtyDays));

  PreferencesStore other(db(), testing::NewDistrict(db(), "Other"));
  const auto found = other.FindUnsubscribeLink(hash, kSent + 60).value();

  EXPECT_FALSE(found.has_value());
}

INSTANTIATE_TEST_SUITE_P(BothDialects, PreferencesStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::accounts
