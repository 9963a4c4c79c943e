// The rules for a session kept in memory: kept only while its server listens for changes, never
// past a change it was read before, and never past its next "last seen" write (a minute).
#include "auth/principal_cache.hpp"

#include <gtest/gtest.h>

namespace practica::auth {
namespace {

constexpr std::int64_t kSeen = 1543190400;  // 2018-11-26, 00:00 UTC: the session's last use

SessionPrincipal AllisonsSession() {
  SessionPrincipal session{7, kSeen, kSeen + 12 * 3600, "csrf-of-allison", std::nullopt};
  session.principal = Principal{7, 1, "allison.jonas@lausd.net", "Allison Jonas", {}, {}, false, {}};
  return session;
}

TEST(StillTrusted, HoldsUntilTheNextLastSeenWriteIsDue) {
  const auto session = AllisonsSession();
  EXPECT_TRUE(StillTrusted(session, kSeen));
  EXPECT_TRUE(StillTrusted(session, kSeen + 59));
  EXPECT_FALSE(StillTrusted(session, kSeen + 60));  // SessionStore::LoadHashed writes it now: ask again
}

TEST(StillTrusted, NeverPastTheAbsoluteEnd) {
  auto session = AllisonsSession();
  session.expires_at = kSeen + 30;
  EXPECT_TRUE(StillTrusted(session, kSeen + 29));
  EXPECT_FALSE(StillTrusted(session, kSeen + 30));
}

TEST(OpenedBy, ThePrincipalCarriesItsSessionsCsrfToken) {
  const auto principal = OpenedBy(AllisonsSession());
  ASSERT_TRUE(principal.has_value());
  EXPECT_EQ(principal->email, "allison.jonas@lausd.net");
  EXPECT_EQ(principal->csrf_token, "csrf-of-allison");  // forms she posts are checked against it
}

TEST(OpenedBy, ADeactivatedPersonsSessionOpensNothing) {
  auto session = AllisonsSession();
  session.principal.reset();
  EXPECT_FALSE(OpenedBy(session).has_value());
}

TEST(PrincipalCache, KeepsNothingBeforeItsServerListens) {
  PrincipalCache cache;
  cache.Keep("hash", AllisonsSession(), cache.Generation());
  EXPECT_FALSE(cache.Find("hash", kSeen).has_value());

  cache.SetLive(true);
  cache.Keep("hash", AllisonsSession(), cache.Generation());
  const auto found = cache.Find("hash", kSeen + 10);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->principal->email, "allison.jonas@lausd.net");
  EXPECT_EQ(found->csrf_token, "csrf-of-allison");
  EXPECT_FALSE(cache.Find("another hash", kSeen + 10).has_value());
}

TEST(PrincipalCache, DropsWhatWasReadBeforeAChange) {
  PrincipalCache cache;
  cache.SetLive(true);
  const auto before = cache.Generation();
  cache.Clear();  // a grant ended while the session was being read
  cache.Keep("hash", AllisonsSession(), before);
  EXPECT_FALSE(cache.Find("hash", kSeen).has_value());

  cache.Keep("hash", AllisonsSession(), cache.Generation());  // read again, after the change
  EXPECT_TRUE(cache.Find("hash", kSeen).has_value());
}

TEST(PrincipalCache, AChangeForgetsEverySession) {
  PrincipalCache cache;
  cache.SetLive(true);
  cache.Keep("allison", AllisonsSession(), cache.Generation());
  cache.Keep("hannah", AllisonsSession(), cache.Generation());
  cache.Clear();
  EXPECT_FALSE(cache.Find("allison", kSeen).has_value());
  EXPECT_FALSE(cache.Find("hannah", kSeen).has_value());
}

SessionPrincipal HannahsSession() {
  SessionPrincipal session{8, kSeen, kSeen + 12 * 3600, "csrf-of-hannah", std::nullopt};
  session.principal = Principal{8, 1, "hannah.lee@lausd.net", "Hannah Lee", {}, {}, false, {}};
  return session;
}

TEST(PrincipalCache, ANoticeNamingAPersonForgetsTheirSessionsAlone) {
  PrincipalCache cache;
  cache.SetLive(true);
  cache.Keep("allison's laptop", AllisonsSession(), cache.Generation());
  cache.Keep("allison's phone", AllisonsSession(), cache.Generation());
  cache.Keep("hannah", HannahsSession(), cache.Generation());
  cache.Heard("7");  // Allison's role ended, on whichever server
  EXPECT_FALSE(cache.Find("allison's laptop", kSeen).has_value());
  EXPECT_FALSE(cache.Find("allison's phone", kSeen).has_value());
  EXPECT_TRUE(cache.Find("hannah", kSeen).has_value());

  cache.Keep("allison's laptop", AllisonsSession(), cache.Generation());  // read again: kept again
  cache.Heard("8");
  EXPECT_TRUE(cache.Find("allison's laptop", kSeen).has_value());
  EXPECT_FALSE(cache.Find("hannah", kSeen).has_value());
}

TEST(PrincipalCache, ANoticeNamingNoOneForgetsEverySession) {
  for (const char* payload : {"", "seven", "7 ", "-", "99999999999999999999"}) {
    PrincipalCache cache;
    cache.SetLive(true);
    cache.Keep("allison", AllisonsSession(), cache.Generation());
    cache.Keep("hannah", HannahsSession(), cache.Generation());
    cache.Heard(payload);
    EXPECT_FALSE(cache.Find("allison", kSeen).has_value()) << "after \"" << payload << "\"";
    EXPECT_FALSE(cache.Find("hannah", kSeen).has_value()) << "after \"" << payload << "\"";
  }
}

TEST(PrincipalCache, AReadUnderWayWhenAnyoneChangesIsNotKept) {
  PrincipalCache cache;
  cache.SetLive(true);
  const auto before = cache.Generation();
  cache.Forget(8);  // Hannah's grant ended while Allison's session was being read
  cache.Keep("allison", AllisonsSession(), before);
  EXPECT_FALSE(cache.Find("allison", kSeen).has_value()) << "the reader cannot tell whose change it was";
}

TEST(PrincipalCache, ForgetsEverythingWhenItsServerStopsListeningAndAgainWhenItListens) {
  PrincipalCache cache;
  cache.SetLive(true);
  cache.Keep("hash", AllisonsSession(), cache.Generation());
  cache.SetLive(false);  // the listener's connection was lost: notices may be missed
  EXPECT_FALSE(cache.Find("hash", kSeen).has_value());
  cache.Keep("hash", AllisonsSession(), cache.Generation());
  EXPECT_FALSE(cache.Find("hash", kSeen).has_value());

  cache.SetLive(true);
  EXPECT_FALSE(cache.Find("hash", kSeen).has_value());  // nothing from before comes back
}

TEST(PrincipalCache, StartsAgainWhenFull) {
  PrincipalCache cache(2);
  cache.SetLive(true);
  cache.Keep("a", AllisonsSession(), cache.Generation());
  cache.Keep("b", AllisonsSession(), cache.Generation());
  cache.Keep("c", AllisonsSession(), cache.Generation());
  EXPECT_FALSE(cache.Find("a", kSeen).has_value());
  EXPECT_TRUE(cache.Find("c", kSeen).has_value());
}

}  // namespace
}  // namespace practica::auth
