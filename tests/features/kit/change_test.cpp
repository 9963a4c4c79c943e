// The one change helper on a SQLite file and on PostgreSQL: the change, its audit entry and its
// queued e-mail land in one transaction, or none of them does.
#include "features/kit/change.hpp"

#include <gtest/gtest.h>

#include <optional>

#include "core/clock.hpp"
#include "features/people/store/people_store.hpp"
#include "http/views.hpp"
#include "mail/log_mailer.hpp"
#include "support/test_database.hpp"

namespace practica::features {
namespace {

using practica::testing::NewDistrict;
using practica::testing::OpenMigrated;

constexpr std::int64_t kNow = 1542729600;  // 2018-11-20 08:00 PST

class RunChangeTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = OpenMigrated(GetParam());
    {
      auto db = database_->Acquire();
      tenant_.emplace(Tenant{NewDistrict(*db), "test", "Test District", "Test",
                             core::TimeZone::Locate("America/Los_Angeles").value()});
    }
    views_ = http::Views::Load({}, {}).value();
    deps_.emplace(Deps{*database_, *views_, clock_, *tenant_, auth_, mailer_});
    request_.request_id = "req-change-test";
    request_.remote_address = "127.0.0.1";
  }

  // Adds Ana Ruiz to the people directory, the change every test makes.
  static core::Result<people::Person> AddAna(db::Connection& db, std::int64_t district) {
    return people::PeopleStore(db, district).Create({0, "ana.ruiz@school.org", "Ana Ruiz", true});
  }

  static ChangeMail Welcome(std::string to = "ana.ruiz@school.org") {
    return {mail::Message{std::move(to), "Ana Ruiz", "Welcome", "Hello Ana Ruiz,\n\nWelcome.\n"}, "kit.welcome:ana",
            {}};
  }

  static auth::AuditEntry Entry() {
    auth::AuditEntry entry;
    entry.record_type = "person";
    entry.reason = "added Ana Ruiz";
    return entry;
  }

  std::int64_t Count(const std::string& from_where) {
    auto db = database_->Acquire();
    auto count = db->QueryInt("SELECT COUNT(*) FROM " + from_where + " AND district_id = $1", {tenant_->id});
    EXPECT_TRUE(count.has_value()) << (count ? "" : count.error().detail);
    return count && *count ? **count : -1;
  }

  std::unique_ptr<db::Database> database_;
  core::FixedClock clock_{kNow};
  std::optional<Tenant> tenant_;
  AuthSettings auth_;
  mail::LogMailer mailer_;
  std::optional<http::Views> views_;
  std::optional<Deps> deps_;
  http::Request request_;
};

TEST_P(RunChangeTest, WritesTheChangeItsAuditEntryAndItsMailTogether) {
  auto done = RunChange(*deps_, request_, "people.manage", [&](db::Connection& db) -> core::Result<Changed<std::int64_t>> {
    auto ana = AddAna(db, tenant_->id);
    if (!ana) return std::unexpected(ana.error());
    return Changed<std::int64_t>{ana->id, {Entry()}, {Welcome()}};
  });

  ASSERT_TRUE(done.has_value()) << done.error().detail;
  EXPECT_GT(*done, 0);
  EXPECT_EQ(Count("people WHERE email = 'ana.ruiz@school.org'"), 1);
  EXPECT_EQ(Count("audit_log WHERE action = 'people.manage' AND request_id = 'req-change-test' AND at = " +
                  std::to_string(kNow)),
            1);
  EXPECT_EQ(Count("jobs WHERE kind = 'mail.send' AND dedupe_key = 'kit.welcome:ana' AND state = 'queued'"), 1);
}

TEST_P(RunChangeTest, LeavesNoEntryAndNoMailWhenTheChangeFails) {
  auto done = RunChange(*deps_, request_, "people.manage", [&](db::Connection& db) -> core::Result<Changed<>> {
    if (auto ana = AddAna(db, tenant_->id); !ana) return std::unexpected(ana.error());
    return core::Fail(core::ErrorCode::kConflict, "Ana Ruiz is already on the team; nothing was changed.");
  });

  ASSERT_FALSE(done.has_value());
  EXPECT_EQ(done.error().code, core::ErrorCode::kConflict);
  EXPECT_EQ(done.error().message, "Ana Ruiz is already on the team; nothing was changed.");
  EXPECT_EQ(Count("people WHERE email = 'ana.ruiz@school.org'"), 0);
  EXPECT_EQ(Count("audit_log WHERE action = 'people.manage'"), 0);
  EXPECT_EQ(Count("jobs WHERE kind = 'mail.send'"), 0);
}

TEST_P(RunChangeTest, UndoesTheChangeAndItsEntryWhenAMailCannotBeQueued) {
  auto done = RunChange(*deps_, request_, "people.manage", [&](db::Connection& db) -> core::Result<Changed<>> {
    if (auto ana = AddAna(db, tenant_->id); !ana) return std::unexpected(ana.error());
    return Changed<>{{}, {Entry()}, {Welcome(""), Welcome()}};
  });

  ASSERT_FALSE(done.has_value());
  EXPECT_EQ(done.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(done.error().field, "to");
  EXPECT_EQ(Count("people WHERE email = 'ana.ruiz@school.org'"), 0);
  EXPECT_EQ(Count("audit_log WHERE action = 'people.manage'"), 0);
  EXPECT_EQ(Count("jobs WHERE kind = 'mail.send'"), 0);
}

TEST_P(RunChangeTest, FillsInWhoActedAndTheRequestOnEveryEntry) {
  request_.principal = auth::Principal{};
  request_.principal->person_id = 42;

  auto done = RunChange(*deps_, request_, "teams.manage", [&](db::Connection&) -> core::Result<Changed<>> {
    return Changed<>{{}, {Entry(), Entry()}, {}};
  });

  ASSERT_TRUE(done.has_value()) << done.error().detail;
  EXPECT_EQ(Count("audit_log WHERE action = 'teams.manage' AND person_id = 42 AND address = '127.0.0.1' "
                  "AND outcome = 'done'"),
            2);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, RunChangeTest, ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return practica::testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::features
