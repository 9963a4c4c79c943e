// `practica restore`: puts a backup made by `practica backup` back, on either database.
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "app/commands.hpp"
#include "db/database.hpp"

extern char** environ;

namespace practica::app {

using core::ErrorCode;
using core::Fail;

namespace {

namespace fs = std::filesystem;

// Runs a program with these arguments (no shell, so no quoting of paths or URLs); its output
// goes to ours. True when it exits 0.
bool RunProgram(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) return false;
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return false;
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

bool IsSqliteFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  char magic[16] = {};
  file.read(magic, sizeof magic);
  return file.gcount() == sizeof magic && std::string(magic, 15) == "SQLite format 3";
}

std::string Stamp() {
  return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count());
}

// Practica's tables in the database: 0 for a fresh one.
core::Result<std::int64_t> TablesIn(const std::string& address) {
  auto database = db::Database::Open(address, 1);
  if (!database) return std::unexpected(database.error());
  auto lease = (*database)->Acquire();
  auto count = lease->QueryInt(
      db::IsPostgresAddress(address)
          ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
          : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");
  if (!count) return std::unexpected(count.error());
  return count->value_or(0);
}

core::Result<void> RestoreSqlite(const std::string& from, const std::string& to, bool force) {
  if (!IsSqliteFile(from)) {
    return Fail(ErrorCode::kInvalidInput,
                from + " is not a SQLite database; give a file written by `practica backup` on "
                       "a SQLite server.");
  }
  std::string kept;
  if (fs::exists(to)) {
    if (!force) {
      return Fail(ErrorCode::kConflict,
                  to + " already exists and would be replaced. Stop every server that uses it, "
                       "then run again with --force (the current file is kept beside it), or "
                       "restore to a new path.");
    }
    // Kept, not deleted: a restore run by mistake must not be the end of the newer data.
    kept = to + ".replaced-" + Stamp();
    std::error_code ec;
    fs::rename(to, kept, ec);
    if (ec) return Fail(ErrorCode::kUnavailable, "Cannot move " + to + " aside to " + kept + ": " + ec.message() + ".");
    // The old file's write-ahead log must not be replayed into the restored one.
    for (const char* suffix : {"-wal", "-shm"}) {
      if (fs::exists(to + suffix)) fs::rename(to + suffix, kept + suffix, ec);
    }
  }
  // Copied next to the target, checked there (opening the backup itself would change it), and
  // renamed into place, so no reader sees half a file.
  const std::string partial = to + ".restoring";
  std::error_code ec;
  fs::copy_file(from, partial, fs::copy_options::overwrite_existing, ec);
  if (!ec) {
    auto tables = TablesIn(partial);
    if (!tables || *tables == 0) {
      fs::remove(partial);
      if (!kept.empty()) fs::rename(kept, to, ec);
      return Fail(ErrorCode::kInvalidInput, from + " holds no Practica tables; it is not a backup "
                                                   "`practica backup` wrote. Nothing was changed.");
    }
    fs::rename(partial, to, ec);
  }
  if (ec) {
    fs::remove(partial);
    return Fail(ErrorCode::kUnavailable,
                "Cannot write " + to + ": " + ec.message() + "; check that its folder is writable." +
                    (kept.empty() ? "" : " The previous database is at " + kept + "."));
  }
  std::cout << "Restored " << to << " from " << from << "."
            << (kept.empty() ? "" : " The previous file is kept at " + kept + ".") << "\n";
  return {};
}

core::Result<void> RestorePostgres(const std::string& from, const std::string& to, bool force) {
  // pg_restore reads the archive's table of contents: a file that is not a custom-format dump
  // stops here, before the database is touched.
  if (!RunProgram({"pg_restore", "--list", "--file=/dev/null", from})) {
    return Fail(ErrorCode::kInvalidInput,
                from + " is not a pg_dump custom-format archive (or pg_restore is missing: "
                       "install postgresql-client); give a file written by `practica backup`.");
  }
  auto tables = TablesIn(to);
  if (!tables) return std::unexpected(tables.error());
  if (*tables > 0 && !force) {
    return Fail(ErrorCode::kConflict,
                db::RedactAddress(to) + " already holds " + std::to_string(*tables) +
                    " tables, which the restore would replace. Stop every server that uses it, "
                    "then run again with --force, or restore into a new empty database "
                    "(createdb) and point the servers at it.");
  }
  std::vector<std::string> command{"pg_restore", "--exit-on-error", "--single-transaction",
                                   "--no-owner", "--no-privileges", "--dbname=" + to};
  if (*tables > 0) {
    command.insert(command.end(), {"--clean", "--if-exists"});
  }
  command.push_back(from);
  if (!RunProgram(command)) {
    return Fail(ErrorCode::kUnavailable,
                "pg_restore could not restore " + from + " into " + db::RedactAddress(to) +
                    "; nothing was changed (it runs in one transaction). Its message is above.");
  }
  std::cout << "Restored " << db::RedactAddress(to) << " from " << from << ".\n";
  return {};
}

}  // namespace

core::Result<void> Restore(const Config& config, const std::string& from, bool force) {
  if (!fs::is_regular_file(from)) {
    return Fail(ErrorCode::kNotFound, from + " is not a file; give the path `practica backup --to` wrote.");
  }
  if (db::IsPostgresAddress(config.database)) return RestorePostgres(from, config.database, force);
  return RestoreSqlite(from, config.database, force);
}

}  // namespace practica::app
