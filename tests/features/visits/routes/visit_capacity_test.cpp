// Many people sign up for one visit at the same moment against a real server, on SQLite and
// PostgreSQL: exactly `capacity` of them get a seat, every other one a 409 saying the visit is
// full, and the database holds exactly `capacity` seats.
#include <thread>
#include <vector>

#include "features/visits/routes/visits_fixture.hpp"

namespace practica::testing {
namespace {

constexpr int kCapacity = 5;
constexpr int kPeople = 24;

class VisitCapacity : public VisitsOnDemo {};

TEST_P(VisitCapacity, ConcurrentSignUpsNeverTakeMoreSeatsThanTheVisitHas) {
  const auto visit = Offer(kElena, kGarvanzaSlug, "2026-12-03", kCapacity);
  std::vector<SignedIn> people;
  {
    auto db = server_->app().database().Acquire();
    people::PeopleStore store(*db, server_->app().tenant().id);
    for (int i = 0; i < kPeople; ++i) {
      const std::string email = "visitor" + std::to_string(i) + "@practica.example";
      ASSERT_TRUE(store.Create(people::Person{0, email, "Visitor " + std::to_string(i), true}).has_value());
    }
  }
  for (int i = 0; i < kPeople; ++i) people.push_back(server_->SignIn("visitor" + std::to_string(i) + "@practica.example"));

  std::vector<Reply> replies(kPeople);
  std::vector<std::thread> threads;
  for (int i = 0; i < kPeople; ++i) {
    threads.emplace_back([&, i] { replies[i] = server_->PostJson("/api/v1" + visit + "/sign-up", people[i], "{}"); });
  }
  for (auto& t : threads) t.join();

  int seated = 0, refused = 0;
  for (const auto& reply : replies) {
    if (reply.status == 201) ++seated;
    if (reply.status == 409) {
      ++refused;
      EXPECT_NE(reply.body.find("is taken (5 of 5); choose another visit."), std::string::npos) << reply.body;
    }
  }
  EXPECT_EQ(seated, kCapacity);
  EXPECT_EQ(refused, kPeople - kCapacity);
  const std::string id = visit.substr(visit.rfind('/') + 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM school_visit_signups WHERE visit_id = " + id + " AND state = 'signed_up'"),
            kCapacity);
  EXPECT_EQ(Parse(Api(visit, kSophia)).at("seats_left").as_int64(), 0);
}

INSTANTIATE_TEST_SUITE_P(Databases, VisitCapacity, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         DatabaseTestName);

}  // namespace
}  // namespace practica::testing
