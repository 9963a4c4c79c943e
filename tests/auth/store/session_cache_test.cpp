// Sessions kept in memory on PostgreSQL (session_cache): a session is read once and then answered
// from memory, and a change made through any other connection (another server, a command, psql)
// reaches the cache through the database's notice. Real PostgreSQL, real LISTEN/NOTIFY.
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <thread>

#include "auth/grant_store.hpp"
#include "auth/principal_cache.hpp"
#include "auth/secrets.hpp"
#include "auth/session_lookup.hpp"
#include "auth/session_store.hpp"
#include "db/change_listener.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"

namespace practica::auth {
namespace {

constexpr std::int64_t kNow = 1543190400;  // 2018-11-26
const SessionPolicy kPolicy{};

using Clock = std::chrono::steady_clock;

class SessionCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    here_ = testing::OpenMigrated(db::Dialect::kPostgres, 2);
    elsewhere_ = testing::OpenMigrated(db::Dialect::kPostgres, 2);  // another server
    ASSERT_NE(here_, nullptr);
    ASSERT_NE(elsewhere_, nullptr);
    auto db = elsewhere_->Acquire();
    district_ = testing::NewDistrict(*db);
    people::PeopleStore people(*db, district_);
    allison_ = people.Create({0, "allison.jonas@lausd.net", "Allison Jonas", true}).value().id;
    schools::School hope;
    hope.name = "Hope Street ES";
    hope_ = schools::SchoolsStore(*db, district_).Create(hope).value().id;
    coordinator_ = GrantStore(*db, district_)
                       .Add({allison_, Role::kCoordinator, ScopeKind::kDistrict, 0, {2018, 1, 1}, std::nullopt}, 0, 1)
                       ->id;
    token_ = SessionStore(*db, district_).Create(allison_, kNow, kPolicy).value().token;
    listener_ = std::make_unique<db::ChangeListener>(
        testing::PostgresUrl(), kPrincipalsChannel,
        db::ChangeListener::Callbacks{[this](std::string_view payload) { cache_.Heard(payload); },
                                      [this](bool live) { cache_.SetLive(live); }},
        listener_name_);
    ASSERT_TRUE(Eventually([&] { return cache_.Live(); })) << "the listener never listened";
  }

  void TearDown() override { listener_.reset(); }

  // What this server's guard answers for Allison's cookie at `now`.
  std::optional<Principal> Here(std::int64_t now = kNow + 1) {
    return SessionFor(*here_, district_, token_, now, kPolicy, &cache_).value();
  }

  // A change through a connection whose triggers are off, so no notice is sent: what a server
  // answers afterwards shows whether it asked the database or answered from memory.
  void Unheard(const std::string& sql) {
    auto db = elsewhere_->Acquire();
    ASSERT_TRUE(db->ExecuteScript("SET session_replication_role = replica; " + sql +
                                  "; SET session_replication_role = origin")
                    .has_value());
  }

  // Ends Allison's grant unheard and says whether this server still answers with it, from memory.
  // A read that overlaps any notice on the rig's database, another test's too, is not kept, so a
  // "no" may be theirs: a caller tries again after RestoreGrant.
  bool StillAnsweredAfterAnUnheardChange(std::int64_t now) {
    Unheard("UPDATE grants SET ended_at = 1 WHERE district_id = " + std::to_string(district_));
    return Here(now)->grants.size() == 1;
  }
  // Gives the grant back, unheard, and forgets Allison here as its notice would have: what the
  // last try read without it is not answered from memory on the next.
  void RestoreGrant() {
    Unheard("UPDATE grants SET ended_at = NULL WHERE district_id = " + std::to_string(district_));
    cache_.Forget(allison_);
  }

  // Polls for up to five seconds; a notice takes milliseconds.
  template <typename Test>
  static bool Eventually(Test test) {
    const auto until = Clock::now() + std::chrono::seconds(5);
    while (Clock::now() < until) {
      if (test()) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return test();
  }

  std::unique_ptr<db::Database> here_, elsewhere_;
  PrincipalCache cache_;
  std::unique_ptr<db::ChangeListener> listener_;
  std::int64_t district_ = 0, allison_ = 0, hope_ = 0, coordinator_ = 0;
  std::string token_;
  // Its own name, so a test can cut its connection and no other's.
  const std::string listener_name_ = "session cache test " + std::to_string(::getpid());
};

TEST_F(SessionCacheTest, ASessionIsReadOnceThenAnsweredFromMemory) {
  bool from_memory = false;
  for (int attempt = 0; attempt < 5 && !from_memory; ++attempt) {
    RestoreGrant();
    ASSERT_EQ(Here()->grants.size(), 1u);
    from_memory = StillAnsweredAfterAnUnheardChange(kNow + 2);
  }
  EXPECT_TRUE(from_memory) << "asked the database again";
  const auto asked = SessionFor(*here_, district_, token_, kNow + 1, kPolicy, nullptr).value();
  EXPECT_TRUE(asked->grants.empty()) << "without the cache the change shows";
}

TEST_F(SessionCacheTest, AChangeToSomeoneElseLeavesThisSessionInMemory) {
  std::int64_t bob = 0;
  {
    auto db = elsewhere_->Acquire();
    bob = people::PeopleStore(*db, district_).Create({0, "bob.reyes@lausd.net", "Bob Reyes", true}).value().id;
  }
  bool kept = false;
  for (int attempt = 0; attempt < 5 && !kept; ++attempt) {
    RestoreGrant();
    ASSERT_EQ(Here()->grants.size(), 1u);
    const auto heard_before = cache_.Generation();
    {
      auto db = elsewhere_->Acquire();  // the notice names Bob
      ASSERT_TRUE(people::PeopleStore(*db, district_).SetActive(bob, attempt % 2 == 1).has_value());
    }
    ASSERT_TRUE(Eventually([&] { return cache_.Generation() != heard_before; })) << "no notice arrived";
    kept = StillAnsweredAfterAnUnheardChange(kNow + 2);
  }
  EXPECT_TRUE(kept) << "Bob's change forgot Allison's session";
}

TEST_F(SessionCacheTest, AGrantEndedOnAnotherServerReachesThisOneWithinMilliseconds) {
  ASSERT_EQ(Here()->grants.size(), 1u);
  const auto ended_at = Clock::now();
  {
    auto db = elsewhere_->Acquire();
    ASSERT_TRUE(GrantStore(*db, district_).End(allison_, coordinator_, 0, kNow).has_value());
  }
  EXPECT_TRUE(Eventually([&] { return Here()->grants.empty(); }));
  const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - ended_at);
  RecordProperty("notice_ms", static_cast<int>(took.count()));
}

TEST_F(SessionCacheTest, APersonDeactivatedElsewhereIsSignedOutHere) {
  ASSERT_TRUE(Here().has_value());
  {
    auto db = elsewhere_->Acquire();
    ASSERT_TRUE(people::PeopleStore(*db, district_).SetActive(allison_, false).has_value());
  }
  EXPECT_TRUE(Eventually([&] { return !Here().has_value(); }));
}

TEST_F(SessionCacheTest, ASignOutElsewhereEndsTheSessionHere) {
  ASSERT_TRUE(Here().has_value());
  {
    auto db = elsewhere_->Acquire();
    ASSERT_TRUE(SessionStore(*db, district_).End(token_).has_value());
  }
  EXPECT_TRUE(Eventually([&] { return !Here().has_value(); }));
}

TEST_F(SessionCacheTest, ACaseloadChangedElsewhereShowsHere) {
  {
    auto db = elsewhere_->Acquire();
    ASSERT_TRUE(GrantStore(*db, district_)
                    .Add({allison_, Role::kCoach, ScopeKind::kCaseload, allison_, {2018, 1, 1}, std::nullopt}, 0, 1)
                    .has_value());
  }
  ASSERT_TRUE(Eventually([&] { return Here()->grants.size() == 2; }));
  ASSERT_TRUE(Here()->caseload_school_ids.empty());
  {
    auto db = elsewhere_->Acquire();
    ASSERT_TRUE(GrantStore(*db, district_).AssignToCaseload(allison_, hope_, kNow).has_value());
  }
  EXPECT_TRUE(Eventually([&] { return Here()->caseload_school_ids == std::vector<std::int64_t>{hope_}; }));
}

TEST_F(SessionCacheTest, TheLastUseIsStillWrittenOnceAMinuteAndRaisesNoNotice) {
  ASSERT_TRUE(Here(kNow + 1).has_value());
  bool kept = false;
  for (std::int64_t at = kNow + 61; at < kNow + 61 * 6 && !kept; at += 61) {
    RestoreGrant();
    ASSERT_TRUE(Here(at).has_value());  // read again: the minute is up, so it is written
    const auto seen = elsewhere_->Acquire()->QueryInt(
        "SELECT last_seen_at FROM sessions WHERE district_id = $1 AND person_id = $2", {district_, allison_});
    ASSERT_TRUE(seen.has_value());
    ASSERT_EQ(seen->value_or(0), at);
    // Had that write raised a notice, the session would be forgotten by now.
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    kept = StillAnsweredAfterAnUnheardChange(at + 1);
  }
  EXPECT_TRUE(kept) << "the session was forgotten after its last use was written";
}

TEST_F(SessionCacheTest, NothingIsKeptWhileTheListenersConnectionIsLostAndItListensAgain) {
  ASSERT_EQ(Here()->grants.size(), 1u);
  {
    auto db = elsewhere_->Acquire();
    ASSERT_TRUE(db->Exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
                         {listener_name_})
                    .has_value());
  }
  ASSERT_TRUE(Eventually([&] { return !cache_.Live(); })) << "the loss went unnoticed";
  Unheard("UPDATE grants SET ended_at = 1 WHERE district_id = " + std::to_string(district_));
  EXPECT_TRUE(Here()->grants.empty()) << "a session was answered from memory while notices could be missed";

  EXPECT_TRUE(Eventually([&] { return cache_.Live(); })) << "the listener did not reconnect";
}

}  // namespace
}  // namespace practica::auth
