// The effects registry alone: handlers run in the order they were registered, each with the
// caller's connection, and the first error stops the rest.
#include "features/kit/effects.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace practica::features {
namespace {

// The handlers here only note that they ran: a connection that refuses every statement shows
// that the registry itself never touches the database.
class NoDatabase : public db::Connection {
 public:
  db::Dialect dialect() const override { return db::Dialect::kSqlite; }
  core::Result<std::int64_t> Execute(std::string_view, const db::Params&, const db::RowFn&) override {
    return core::Fail(core::ErrorCode::kInternal, "No database in this test.");
  }
  core::Result<void> ExecuteScript(std::string_view) override {
    return core::Fail(core::ErrorCode::kInternal, "No database in this test.");
  }
  core::Result<std::int64_t> NextId() override { return core::Fail(core::ErrorCode::kInternal, "No database."); }
};

TEST(Effects, RunsEachHandlerOfTheEventInOrderWithTheCallersConnection) {
  NoDatabase db;
  Effects effects;
  std::vector<std::string> ran;
  effects.On<TeamConfirmed>([&](db::Connection& on, const TeamConfirmed& e) -> core::Result<void> {
    ran.push_back("first " + std::to_string(e.school_id) + (&on == &db ? " here" : " elsewhere"));
    return {};
  });
  effects.On<TeamConfirmed>([&](db::Connection&, const TeamConfirmed&) -> core::Result<void> {
    ran.push_back("second");
    return {};
  });
  effects.On<LeadsDesignated>([&](db::Connection&, const LeadsDesignated&) -> core::Result<void> {
    ran.push_back("another event's");
    return {};
  });

  auto done = effects.Emit(db, TeamConfirmed{7, 42, 1, 100});

  EXPECT_TRUE(done.has_value());
  EXPECT_EQ(ran, (std::vector<std::string>{"first 42 here", "second"}));
}

TEST(Effects, StopsAtTheFirstErrorAndReturnsIt) {
  NoDatabase db;
  Effects effects;
  int after = 0;
  effects.On<AcceptanceUndone>([](db::Connection&, const AcceptanceUndone&) -> core::Result<void> {
    return core::Fail(core::ErrorCode::kConflict, "Hope Street ES holds a coach; end the assignment first.");
  });
  effects.On<AcceptanceUndone>([&](db::Connection&, const AcceptanceUndone&) -> core::Result<void> {
    ++after;
    return {};
  });

  auto done = effects.Emit(db, AcceptanceUndone{7, 42});

  ASSERT_FALSE(done.has_value());
  EXPECT_EQ(done.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(after, 0);
}

TEST(Effects, DoesNothingForAnEventNobodyHandles) {
  NoDatabase db;
  Effects effects;

  auto done = effects.Emit(db, TeamRegistered{7, 42, "tech_planning", 3, "Planning Cohort", 1, 100});

  EXPECT_TRUE(done.has_value());
  EXPECT_EQ(effects.HandlerCount<TeamRegistered>(), 0u);
}

}  // namespace
}  // namespace practica::features
