// Real databases for store tests: a fresh SQLite file, or the PostgreSQL server the test rig
// started (tests/rig/postgres.sh), each brought up to the current schema.
#pragma once

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>

#include "db/database.hpp"

namespace practica::db {
// Test names read "…/sqlite" and "…/postgres" instead of a byte dump.
inline void PrintTo(Dialect dialect, std::ostream* out) {
  *out << (dialect == Dialect::kSqlite ? "sqlite" : "postgres");
}
}  // namespace practica::db

namespace practica::testing {

// "sqlite" or "postgres", for TEST_P names.
std::string DialectName(db::Dialect dialect);

// The rig's PostgreSQL URL. Fails the calling test (with how to start the rig) when absent.
std::string PostgresUrl();

// A new, empty folder under the temp directory, named "<prefix>-<unique>", removed with
// everything in it when the test process exits: a full run makes thousands of databases and
// must not leave gigabytes behind.
std::filesystem::path ScratchDirectory(const std::string& prefix);

// A migrated database. SQLite: a new file in a temp folder. PostgreSQL: the rig's shared
// database; tests keep apart by working in their own district (NewDistrict).
std::unique_ptr<db::Database> OpenMigrated(db::Dialect dialect, int pool_size = 2);

// An empty PostgreSQL database of its own, for tests that need one (the demo loader).
std::string FreshPostgresDatabase();

// A new district with a unique slug; returns its id.
std::int64_t NewDistrict(db::Connection& connection, const std::string& name = "Test District");

}  // namespace practica::testing
