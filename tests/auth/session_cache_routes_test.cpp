// A PostgreSQL server that keeps sessions in memory (session_cache = true), over real HTTP: a
// change made through this server holds for its very next request, with no notice to wait for.
#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>
#include <thread>

#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

// Runs `sql` on a connection from the server's own pool, behind its routes.
bool RunScript(AppServer& server, const std::string& sql) {
  return server.app().database().Acquire()->ExecuteScript(sql).has_value();
}

// Turns off this test database's notices: afterwards only what the server itself does can
// clear its memory, so what it answers shows where the answer came from.
void SilenceNotices(AppServer& server) {
  ASSERT_TRUE(RunScript(server,
                        "ALTER TABLE people DISABLE TRIGGER people_notice;"
                        "ALTER TABLE sessions DISABLE TRIGGER sessions_notice;"
                        "ALTER TABLE grants DISABLE TRIGGER grants_notice;"
                        "ALTER TABLE coach_assignments DISABLE TRIGGER coach_assignments_notice"));
}

// The demo on a fresh PostgreSQL database of its own, served with session_cache on.
std::unique_ptr<AppServer> StartKeepingSessions() {
  app::Config config;
  config.database = FreshPostgresDatabase();
  config.session_cache = true;
  return AppServer::Start(config);
}

// The demo principal's id, as the SQL below names it.
std::string PrincipalsId(AppServer& server) {
  return std::to_string(server.CountRows("SELECT id FROM people WHERE email = 'principal@practica.example'"));
}

// A session of the demo principal that the server answers from memory: their roles are ended
// behind its back (notices silenced), and it still lists them. The server keeps nothing until
// its listener listens, so each try signs in afresh. nullopt when no try was answered from
// memory; otherwise the roles stay ended until RestoreRoles.
std::optional<SignedIn> KeptWithRolesEndedUnheard(AppServer& server) {
  const auto id = PrincipalsId(server);
  for (int attempt = 0; attempt < 100; ++attempt) {
    const auto principal = server.SignIn("principal@practica.example");
    const auto read = server.Get("/api/v1/me", &principal);
    EXPECT_EQ(read.status, 200);
    EXPECT_EQ(read.body.find("\"grants\":[]"), std::string::npos) << read.body;
    EXPECT_TRUE(RunScript(server, "UPDATE grants SET ended_at = 1 WHERE person_id = " + id + " AND ended_at IS NULL"));
    const auto again = server.Get("/api/v1/me", &principal);
    EXPECT_EQ(again.status, 200);
    if (again.body.find("\"grants\":[]") == std::string::npos) return principal;
    EXPECT_TRUE(RunScript(server, "UPDATE grants SET ended_at = NULL WHERE person_id = " + id + " AND ended_at = 1"));
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return std::nullopt;
}

// Whether the server still lists the principal's roles, ended behind its back: from memory.
bool StillFromMemory(AppServer& server, const SignedIn& principal) {
  const auto read = server.Get("/api/v1/me", &principal);
  return read.status == 200 && read.body.find("\"grants\":[]") == std::string::npos;
}

// The guard asks memory before it takes a connection: a role ended behind the server's back
// (no notice) still shows on the next request of a session it keeps.
TEST(SessionCacheRoutes, ASessionItKeepsIsAnsweredFromMemory) {
  auto server = StartKeepingSessions();
  ASSERT_NE(server, nullptr);
  SilenceNotices(*server);
  EXPECT_TRUE(KeptWithRolesEndedUnheard(*server).has_value()) << "every request asked the database";
}

// Only a change to who may do what forgets what a server keeps: someone else's e-mail
// preferences, or a form refused before it changed anything, leave the kept session kept.
TEST(SessionCacheRoutes, ChangesThatGrantNothingLeaveKeptSessionsKept) {
  auto server = StartKeepingSessions();
  ASSERT_NE(server, nullptr);
  SilenceNotices(*server);
  const auto director = server->SignIn("sophia.mendoza@lausd.net");
  const auto principal = KeptWithRolesEndedUnheard(*server);
  ASSERT_TRUE(principal.has_value()) << "every request asked the database";

  EXPECT_EQ(server->PostForm("/account/notifications", &director, "digest=on").status, 303);
  EXPECT_TRUE(StillFromMemory(*server, *principal)) << "e-mail preferences forgot every session";
  EXPECT_EQ(server->PostForm("/account/notifications", &director, "digest=on", "not the token").status, 403);
  EXPECT_TRUE(StillFromMemory(*server, *principal)) << "a refused form forgot every session";

  // A change of roles, by contrast, is seen on the very next request (the notices are off).
  const auto teacher = std::to_string(
      server->CountRows("SELECT id FROM people WHERE email = 'teacher@practica.example'"));
  EXPECT_EQ(server->PostForm("/people/" + teacher + "/deactivate", &director, "").status, 303);
  EXPECT_FALSE(StillFromMemory(*server, *principal)) << "a deactivation here left sessions in memory";
}

TEST(SessionCacheRoutes, APersonDeactivatedHereIsSignedOutOnTheirNextRequest) {
  auto server = StartKeepingSessions();
  ASSERT_NE(server, nullptr);
  const auto director = server->SignIn("sophia.mendoza@lausd.net");
  const auto principal = server->SignIn("principal@practica.example");
  ASSERT_EQ(server->Get("/home", &principal).status, 200);
  ASSERT_EQ(server->Get("/home", &principal).status, 200);  // the second from memory, when listening
  const auto id = server->CountRows("SELECT id FROM people WHERE email = 'principal@practica.example'");
  // This test's own database: with its notices off, only this server's own clear can hold.
  SilenceNotices(*server);

  ASSERT_EQ(server->PostForm("/people/" + std::to_string(id) + "/deactivate", &director, "").status, 303);

  const auto after = server->Get("/home", &principal);
  EXPECT_EQ(after.status, 303);
  EXPECT_EQ(after.Header("location").rfind("/sign-in", 0), 0u) << after.Header("location");
}

}  // namespace
}  // namespace practica::testing
