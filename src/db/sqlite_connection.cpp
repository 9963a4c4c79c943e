#include "db/sqlite_connection.hpp"

#include <sqlite3.h>

#include <mutex>
#include <unordered_map>

namespace practica::db {
namespace {

using core::ErrorCode;
using core::Fail;

class SqliteRow final : public Row {
 public:
  explicit SqliteRow(sqlite3_stmt* stmt) : stmt_(stmt) {}
  int size() const override { return sqlite3_column_count(stmt_); }
  bool IsNull(int c) const override { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
  std::int64_t Int(int c) const override { return sqlite3_column_int64(stmt_, c); }
  double Real(int c) const override { return sqlite3_column_double(stmt_, c); }
  std::string_view Text(int c) const override {
    const auto* text = sqlite3_column_text(stmt_, c);
    if (text == nullptr) return {};
    return {reinterpret_cast<const char*>(text),
            static_cast<std::size_t>(sqlite3_column_bytes(stmt_, c))};
  }

 private:
  sqlite3_stmt* stmt_;
};

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(sqlite3* handle) : db_(handle) {}
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  core::Result<std::int64_t> Execute(std::string_view sql, const Params& params,
                                     const RowFn& on_row) override {
    ObserveStatement(Dialect::kSqlite, sql, params);
    auto prepared = Prepare(sql);
    if (!prepared) return std::unexpected(prepared.error());
    sqlite3_stmt* stmt = *prepared;
    // A page's read snapshot is a deferred transaction, which a write would silently widen into
    // a change nobody audits; refuse it before it runs. (PRAGMA query_only would do the same, but
    // setting it expires every prepared statement of the connection, twice per page.)
    if (InReadSnapshot() && sqlite3_stmt_readonly(stmt) == 0) {
      return Fail(ErrorCode::kInternal, "The page could not be read; try again.",
                  "a statement that writes ran inside a read snapshot: " + std::string(sql.substr(0, 200)));
    }
    // Reset on every exit path so the cached statement releases its read snapshot.
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } reset{stmt};
    for (std::size_t i = 0; i < params.size(); ++i) Bind(stmt, static_cast<int>(i + 1), params[i]);
    SqliteRow row(stmt);
    for (;;) {
      const int rc = sqlite3_step(stmt);
      if (rc == SQLITE_ROW) {
        on_row(row);
        continue;
      }
      if (rc == SQLITE_DONE) return static_cast<std::int64_t>(sqlite3_changes(db_));
      return Failure(rc, sql);
    }
  }

  core::Result<void> ExecuteScript(std::string_view sql) override {
    char* message = nullptr;
    const int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) return {};
    std::string detail = message != nullptr ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    return Fail(Classify(rc), "The database could not complete the change; try again.",
                "sqlite: " + detail + " in: " + std::string(sql.substr(0, 200)));
  }

  core::Result<std::int64_t> NextId() override {
    auto id = QueryInt("UPDATE practica_ids SET value = value + 1 RETURNING value");
    if (!id) return std::unexpected(id.error());
    return id->value_or(0);
  }

 private:
  static ErrorCode Classify(int rc) {
    switch (rc & 0xFF) {
      case SQLITE_CONSTRAINT: return ErrorCode::kConflict;
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
      case SQLITE_IOERR:
      case SQLITE_FULL:
      case SQLITE_CANTOPEN: return ErrorCode::kUnavailable;
      default: return ErrorCode::kInternal;
    }
  }

  core::Result<std::int64_t> Failure(int rc, std::string_view sql) {
    const auto code = Classify(rc);
    std::string message = code == ErrorCode::kConflict
                              ? "That record already exists or is still in use."
                              : "The database could not complete the request; try again.";
    return Fail(code, std::move(message),
                std::string("sqlite: ") + sqlite3_errmsg(db_) + " in: " +
                    std::string(sql.substr(0, 200)));
  }

  static void Bind(sqlite3_stmt* stmt, int index, const Value& value) {
    if (std::holds_alternative<std::nullptr_t>(value)) {
      sqlite3_bind_null(stmt, index);
    } else if (const auto* i = std::get_if<std::int64_t>(&value)) {
      sqlite3_bind_int64(stmt, index, *i);
    } else if (const auto* d = std::get_if<double>(&value)) {
      sqlite3_bind_double(stmt, index, *d);
    } else {
      const auto& s = std::get<std::string>(value);
      sqlite3_bind_text(stmt, index, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
  }

  core::Result<sqlite3_stmt*> Prepare(std::string_view sql) {
    const std::string key(sql);
    if (auto it = statements_.find(key); it != statements_.end()) return it->second;
    const std::string text = ToSqlitePlaceholders(sql);
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, text.c_str(), static_cast<int>(text.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
      return Fail(ErrorCode::kInternal, "The database could not understand a request.",
                  std::string("sqlite prepare: ") + sqlite3_errmsg(db_) + " in: " + text);
    }
    statements_.emplace(key, stmt);
    return stmt;
  }

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace

std::string ToSqlitePlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size());
  bool in_string = false;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (c == '\'') in_string = !in_string;
    const bool placeholder = !in_string && c == '$' && i + 1 < sql.size() &&
                             sql[i + 1] >= '0' && sql[i + 1] <= '9';
    out.push_back(placeholder ? '?' : c);
  }
  return out;
}

// SQLite counts every allocation of every connection under one process-wide mutex unless told
// not to ("memory statistics"). Nothing here reads those counts, and under load that mutex was a
// fifth of a library search's time: workers queued on it instead of searching. It can only be
// turned off before the library first initializes, so the first open does it.
static void ConfigureSqliteOnce() {
  static std::once_flag once;
  std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

core::Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path) {
  ConfigureSqliteOnce();
  sqlite3* handle = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &handle,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  if (rc != SQLITE_OK) {
    std::string detail = handle != nullptr ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
    sqlite3_close_v2(handle);
    return Fail(ErrorCode::kUnavailable,
                "Cannot open the SQLite database " + path + " (" + detail +
                    "); check that its folder exists and is writable, or pass another file with "
                    "--database.",
                detail, "database");
  }
  sqlite3_busy_timeout(handle, 5000);
  auto connection = std::make_unique<SqliteConnection>(handle);
  // journal_mode answers a row, so it runs through Execute, which reports a non-database file.
  if (auto wal = connection->Execute("PRAGMA journal_mode = WAL", {}, [](const Row&) {}); !wal) {
    return Fail(ErrorCode::kUnavailable,
                "Cannot use " + path + " as a SQLite database (" + wal.error().detail +
                    "); point --database at a new file or a Practica database.",
                wal.error().detail, "database");
  }
  // Pages are read through a memory map of up to 1 GiB (the kernel's page cache, shared by every
  // connection) instead of each connection copying them into its own 2 MB cache: at district
  // scale a search reads tens of megabytes of index, and the copies were a third of its time.
  auto pragmas = connection->ExecuteScript(
      "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;"
      " PRAGMA mmap_size = 1073741824;");
  if (!pragmas) return std::unexpected(pragmas.error());
  return std::unique_ptr<Connection>(std::move(connection));
}

}  // namespace practica::db
