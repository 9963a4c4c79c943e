// The audit trail on a SQLite file and on PostgreSQL: entries written by auth::WriteAudit, read
// back by the audit store with its filters, newest first.
#include "features/audit/store/audit_store.hpp"

#include <gtest/gtest.h>

#include "auth/audit_log.hpp"
#include "features/people/store/people_store.hpp"
#include "features/schools/store/schools_store.hpp"
#include "support/test_database.hpp"

namespace practica::audit {
namespace {

constexpr std::int64_t kMorning = 1526918400;  // 2018-05-21 00:00 UTC

class AuditStoreTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  void SetUp() override {
    database_ = testing::OpenMigrated(GetParam());
    ASSERT_NE(database_, nullptr);
    lease_.emplace(database_->Acquire());
    district_ = testing::NewDistrict(db());
    allison_ = AddPerson("Allison Jonas", "allison.jonas@lausd.net");
    hannah_ = AddPerson("Hannah Kim", "principal.hope@practica.example");
    schools::School hope;
    hope.name = "Hope Street ES";
    hope_ = schools::SchoolsStore(db(), district_).Create(hope).value().id;
    store_.emplace(db(), district_);
  }

  db::Connection& db() { return **lease_; }

  std::int64_t AddPerson(const std::string& name, const std::string& email) {
    return people::PeopleStore(db(), district_).Create({0, email, name, true}).value().id;
  }

  void Write(std::int64_t at, std::int64_t person, const std::string& action, const std::string& reason,
             std::int64_t school = 0) {
    auth::AuditEntry entry;
    entry.person_id = person;
    entry.action = action;
    entry.record_type = "person";
    entry.record_id = std::to_string(person);
    entry.school_id = school;
    entry.reason = reason;
    ASSERT_TRUE(auth::WriteAudit(db(), district_, at, entry).has_value());
  }

  std::vector<AuditRow> Read(const AuditFilter& filter, std::int64_t from = 0, std::int64_t to = 0, int limit = 0) {
    std::vector<AuditRow> rows;
    auto done = store_->Read(filter, from, to, limit, [&](const AuditRow& row) { rows.push_back(row); });
    EXPECT_TRUE(done.has_value()) << (done ? "" : done.error().detail);
    return rows;
  }

  static std::vector<std::string> Reasons(const std::vector<AuditRow>& rows) {
    std::vector<std::string> reasons;
    for (const auto& row : rows) reasons.push_back(row.reason);
    return reasons;
  }

  std::unique_ptr<db::Database> database_;
  std::optional<db::Lease> lease_;
  std::optional<AuditStore> store_;
  std::int64_t district_ = 0, allison_ = 0, hannah_ = 0, hope_ = 0;
};

TEST_P(AuditStoreTest, ReadsBackEveryFieldOfAnEntryWithItsPersonAndSchool) {
  auth::AuditEntry entry;
  entry.person_id = hannah_;
  entry.action = "participations.team";
  entry.refused = true;
  entry.record_type = "team_member";
  entry.record_id = "42";
  entry.school_id = hope_;
  entry.before_json = R"({"attends":false})";
  entry.after_json = R"({"attends":true})";
  entry.reason = "A fourth member cannot attend.";
  entry.request_id = "req-7f3a";
  entry.address = "203.0.113.9";
  ASSERT_TRUE(auth::WriteAudit(db(), district_, kMorning + 3600, entry).has_value());

  const auto rows = Read({});

  ASSERT_EQ(rows.size(), 1u);
  const auto& row = rows[0];
  EXPECT_GT(row.id, 0);
  EXPECT_EQ(row.at, kMorning + 3600);
  EXPECT_EQ(row.person_id, hannah_);
  EXPECT_EQ(row.person_name, "Hannah Kim");
  EXPECT_EQ(row.action, "participations.team");
  EXPECT_EQ(row.outcome, "refused");
  EXPECT_EQ(row.record_type, "team_member");
  EXPECT_EQ(row.record_id, "42");
  EXPECT_EQ(row.school_name, "Hope Street ES");
  EXPECT_EQ(row.before_json, R"({"attends":false})");
  EXPECT_EQ(row.after_json, R"({"attends":true})");
  EXPECT_EQ(row.reason, "A fourth member cannot attend.");
  EXPECT_EQ(row.request_id, "req-7f3a");
  EXPECT_EQ(row.address, "203.0.113.9");
}

TEST_P(AuditStoreTest, AnEntryByNobodySignedInHasNoPersonOrSchool) {
  Write(kMorning, 0, "account.reset", "Asked for a reset link for an unknown address.");

  const auto rows = Read({});

  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].person_id, 0);
  EXPECT_EQ(rows[0].person_name, "");
  EXPECT_EQ(rows[0].school_name, "");
  EXPECT_EQ(rows[0].outcome, "done");
}

TEST_P(AuditStoreTest, ReadsNewestFirstAndEntriesOfOneSecondByNumber) {
  Write(kMorning + 60, allison_, "people.manage", "second");
  Write(kMorning, allison_, "people.manage", "first");
  Write(kMorning + 60, allison_, "people.manage", "third");
  Write(kMorning + 120, allison_, "people.manage", "fourth");

  const auto rows = Read({});

  EXPECT_EQ(Reasons(rows), (std::vector<std::string>{"fourth", "third", "second", "first"}));
}

TEST_P(AuditStoreTest, ShowsChangesWithoutSignInsAndSignInsOnTheirOwn) {
  Write(kMorning, hannah_, "account.sign_in", "signed in");
  Write(kMorning + 60, hannah_, "participations.team", "added a member");
  Write(kMorning + 120, hannah_, "account.sign_out", "signed out");

  const auto changes = Read({.kind = AuditKind::kChanges});
  const auto sign_ins = Read({.kind = AuditKind::kSignIns});
  const auto everything = Read({.kind = AuditKind::kEverything});
  const auto one_action = Read({.action = "account.sign_out", .kind = AuditKind::kChanges});

  EXPECT_EQ(Reasons(changes), std::vector<std::string>{"added a member"});
  EXPECT_EQ(Reasons(sign_ins), (std::vector<std::string>{"signed out", "signed in"}));
  EXPECT_EQ(everything.size(), 3u);
  EXPECT_EQ(Reasons(one_action), std::vector<std::string>{"signed out"});
}

TEST_P(AuditStoreTest, FindsAPersonByPartOfTheirNameOrTheirWholeAddressInAnyCase) {
  Write(kMorning, allison_, "people.manage", "by Allison");
  Write(kMorning + 60, hannah_, "participations.team", "by Hannah");

  const auto by_name = Read({.person = "hANNAH k", .kind = AuditKind::kEverything});
  const auto by_address = Read({.person = "Allison.Jonas@LAUSD.net", .kind = AuditKind::kEverything});
  const auto by_part_of_address = Read({.person = "lausd.net", .kind = AuditKind::kEverything});
  const auto by_number = Read({.person_id = hannah_, .kind = AuditKind::kEverything});

  EXPECT_EQ(Reasons(by_name), std::vector<std::string>{"by Hannah"});
  EXPECT_EQ(Reasons(by_address), std::vector<std::string>{"by Allison"});
  EXPECT_TRUE(by_part_of_address.empty());
  EXPECT_EQ(Reasons(by_number), std::vector<std::string>{"by Hannah"});
}

TEST_P(AuditStoreTest, TreatsPercentAndUnderscoreInASearchAsText) {
  const auto sync = AddPerson("attendance_sync", "attendance.sync@lausd.net");
  Write(kMorning, allison_, "people.manage", "by Allison", hope_);
  Write(kMorning + 60, hannah_, "participations.team", "by Hannah", hope_);
  Write(kMorning + 120, sync, "learning.attendance", "by the sync");

  const auto percent = Read({.person = "%", .kind = AuditKind::kEverything});
  const auto underscore = Read({.person = "_", .kind = AuditKind::kEverything});
  const auto school = Read({.school_slug = "Hope%ES", .kind = AuditKind::kEverything});

  EXPECT_TRUE(percent.empty());
  EXPECT_EQ(Reasons(underscore), std::vector<std::string>{"by the sync"});
  EXPECT_TRUE(school.empty());
}

TEST_P(AuditStoreTest, FindsASchoolByItsAddressOrPartOfItsName) {
  schools::School garvanza;
  garvanza.name = "Garvanza ES";
  const auto garvanza_id = schools::SchoolsStore(db(), district_).Create(garvanza).value().id;
  Write(kMorning, hannah_, "participations.team", "at Hope", hope_);
  Write(kMorning + 60, allison_, "participations.team", "at Garvanza", garvanza_id);
  Write(kMorning + 120, allison_, "people.manage", "at no school");

  const auto by_address = Read({.school_slug = "hope-street-es"});
  const auto by_name = Read({.school_slug = "garVANZA"});

  EXPECT_EQ(Reasons(by_address), std::vector<std::string>{"at Hope"});
  EXPECT_EQ(Reasons(by_name), std::vector<std::string>{"at Garvanza"});
}

TEST_P(AuditStoreTest, PagesOlderThanACursorFromTheFirstInstantToBeforeTheLast) {
  for (int minute = 0; minute < 90; minute += 10) {
    Write(kMorning + minute * 60, allison_, "people.manage", "minute " + std::to_string(minute));
  }
  const auto newest = Read({});
  ASSERT_EQ(newest.size(), 9u);
  const AuditFilter older_than_minute_60{.before = AuditCursor{newest[2].at, newest[2].id}};

  const auto bounded = Read(older_than_minute_60, kMorning + 20 * 60, kMorning + 50 * 60);
  const auto limited = Read(older_than_minute_60, 0, 0, 2);

  EXPECT_EQ(Reasons(bounded), (std::vector<std::string>{"minute 40", "minute 30", "minute 20"}));
  EXPECT_EQ(Reasons(limited), (std::vector<std::string>{"minute 50", "minute 40"}));
}

TEST_P(AuditStoreTest, ShowsOneDistrictNoneOfAnothersEntries) {
  Write(kMorning, allison_, "people.manage", "ours");
  const auto other = testing::NewDistrict(db(), "Other");
  ASSERT_TRUE(auth::WriteAudit(db(), other, kMorning, {.action = "people.manage", .reason = "theirs"}).has_value());

  const auto ours = Read({.kind = AuditKind::kEverything});
  std::vector<std::string> theirs;
  ASSERT_TRUE(AuditStore(db(), other).Read({.kind = AuditKind::kEverything}, 0, 0, 0, [&](const AuditRow& row) {
    theirs.push_back(row.reason);
  }));

  EXPECT_EQ(Reasons(ours), std::vector<std::string>{"ours"});
  EXPECT_EQ(theirs, std::vector<std::string>{"theirs"});
}

INSTANTIATE_TEST_SUITE_P(BothDialects, AuditStoreTest,
                         ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres),
                         [](const auto& info) { return testing::DialectName(info.param); });

}  // namespace
}  // namespace practica::audit
