// A PostgreSQL server that keeps sessions in memory (session_cache = true), over real HTTP: a
// change made through this server holds for its very next request, with no notice to wait for.
#include <gtest/gtest.h>

#include "support/app_server.hpp"
#include "support/test_database.hpp"

namespace practica::testing {
namespace {

TEST(SessionCacheRoutes, APersonDeactivatedHereIsSignedOutOnTheirNextRequest) {
  app::Config config;
  config.database = FreshPostgresDatabase();
  config.session_cache = true;
  auto server = AppServer::Start(config);
  ASSERT_NE(server, nullptr);
  const auto director = server->SignIn("sophia.mendoza@lausd.net");
  const auto principal = server->SignIn("principal@practica.example");
  ASSERT_EQ(server->Get("/home", &principal).status, 200);
  ASSERT_EQ(server->Get("/home", &principal).status, 200);  // the second from memory, when listening
  const auto id = server->CountRows("SELECT id FROM people WHERE email = 'principal@practica.example'");
  // This test's own database: with its notices off, only this server's own clear can hold.
  ASSERT_TRUE(server->app()
                  .database()
                  .Acquire()
                  ->ExecuteScript("ALTER TABLE people DISABLE TRIGGER people_notice;"
                                  "ALTER TABLE sessions DISABLE TRIGGER sessions_notice;"
                                  "ALTER TABLE grants DISABLE TRIGGER grants_notice;"
                                  "ALTER TABLE coach_assignments DISABLE TRIGGER coach_assignments_notice")
                  .has_value());

  ASSERT_EQ(server->PostForm("/people/" + std::to_string(id) + "/deactivate", &director, "").status, 303);

  const auto after = server->Get("/home", &principal);
  EXPECT_EQ(after.status, 303);
  EXPECT_EQ(after.Header("location").rfind("/sign-in", 0), 0u) << after.Header("location");
}

}  // namespace
}  // namespace practica::testing
