#include "db/migrator.hpp"

#include <algorithm>
#include <ctime>
#include <set>

namespace practica::db {

using core::ErrorCode;
using core::Fail;

namespace {

// True when schema_migrations exists and records every migration; reads only.
core::Result<bool> IsCurrent(Connection& connection, bool postgres,
                             const std::vector<const Migration*>& ordered) {
  auto exists = connection.QueryInt(
      postgres ? "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE 1 END"
               : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
  if (!exists) return std::unexpected(exists.error());
  if (exists->value_or(0) == 0) return false;
  std::set<std::int64_t> applied;
  auto read = connection.Execute("SELECT version FROM schema_migrations", {},
                                 [&](const Row& row) { applied.insert(row.Int(0)); });
  if (!read) return std::unexpected(read.error());
  return std::all_of(ordered.begin(), ordered.end(),
                     [&](const Migration* m) { return applied.contains(m->version); });
}

}  // namespace

namespace {

// The migrations by version; kConflict when two share one.
core::Result<std::vector<const Migration*>> InVersionOrder(std::span<const Migration> migrations) {
  std::vector<const Migration*> ordered;
  std::set<int> versions;
  for (const auto& m : migrations) {
    if (!versions.insert(m.version).second) {
      return Fail(ErrorCode::kConflict,
                  "Two migrations share version " + std::to_string(m.version) + " (" + m.name +
                      "); renumber one of them.");
    }
    ordered.push_back(&m);
  }
  std::sort(ordered.begin(), ordered.end(),
            [](const auto* a, const auto* b) { return a->version < b->version; });
  return ordered;
}

// Each migration not yet recorded, in its own transaction with its record.
core::Result<MigrationReport> ApplyPending(Connection& connection, const Database& database,
                                           const std::vector<const Migration*>& ordered) {
  const bool postgres = database.dialect() == Dialect::kPostgres;
  MigrationReport report;
  for (const auto* m : ordered) {
    auto tx = Transaction::Begin(connection);
    if (!tx) return std::unexpected(tx.error());
    auto done = connection.QueryInt("SELECT 1 FROM schema_migrations WHERE version = $1",
                                    {std::int64_t{m->version}});
    if (!done) return std::unexpected(done.error());
    if (done->has_value()) {
      report.current_version = m->version;
      continue;
    }
    auto ran = connection.ExecuteScript(postgres ? m->postgres_sql : m->sqlite_sql);
    auto noted = ran ? connection.Exec(
                           "INSERT INTO schema_migrations (version, name, applied_at) "
                           "VALUES ($1, $2, $3)",
                           {std::int64_t{m->version}, m->name, std::int64_t{std::time(nullptr)}})
                     : std::unexpected(ran.error());
    auto committed = noted ? tx->Commit() : std::unexpected(noted.error());
    if (!committed) {
      auto error = committed.error();
      error.message = "Migration " + m->name + " failed on " + database.description() +
                      "; the database is left at version " +
                      std::to_string(report.current_version) + ". " + error.detail;
      return std::unexpected(error);
    }
    ++report.applied;
    report.current_version = m->version;
  }
  return report;
}

}  // namespace

core::Result<MigrationReport> Migrate(Database& database, std::span<const Migration> migrations) {
  auto ordered = InVersionOrder(migrations);
  if (!ordered) return std::unexpected(ordered.error());
  auto connection = database.Acquire();
  const bool postgres = database.dialect() == Dialect::kPostgres;
  // Looked at before anything is written, so a server pointed at a read-only standby (or
  // started with a user that may only read) starts when the schema is current.
  auto current = IsCurrent(*connection, postgres, *ordered);
  if (!current) return std::unexpected(current.error());
  if (*current) return MigrationReport{0, ordered->empty() ? 0 : ordered->back()->version};
  // Several servers may start at once on one PostgreSQL: only one migrates, the others wait.
  // The lock comes first, so two of them never race to create the bookkeeping table.
  if (postgres) {
    if (auto locked = connection->Exec("SELECT pg_advisory_lock(73105)"); !locked) {
      return std::unexpected(locked.error());
    }
  }
  auto created = connection->ExecuteScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
  auto outcome = created ? ApplyPending(*connection, database, *ordered)
                         : core::Result<MigrationReport>(std::unexpected(created.error()));
  if (postgres) (void)connection->Exec("SELECT pg_advisory_unlock(73105)");
  return outcome;
}

}  // namespace practica::db
