// Versioned schema migrations for both dialects, applied in order, each in its own transaction.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace practica::db {

struct Migration {
  int version = 0;
  std::string name;          // "0003_schools"
  std::string sqlite_sql;    // the shared text, or the SQLite-only file
  std::string postgres_sql;  // the shared text, or the PostgreSQL-only file
};

struct MigrationReport {
  int applied = 0;
  int current_version = 0;
};

// Applies every migration newer than the database's version. Writes nothing (and takes no
// lock) when every migration is already recorded, so a read-only standby can be migrated "to
// where it is". kConflict when two migrations share a version; kUnavailable/kInternal naming
// the migration that failed (nothing of it stays).
[[nodiscard]] core::Result<MigrationReport> Migrate(Database& database,
                                                   std::span<const Migration> migrations);

}  // namespace practica::db
