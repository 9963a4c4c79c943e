// One interface over SQLite and PostgreSQL: statements with $1..$n parameters, rows by callback,
// transactions, and ids. Stores speak SQL through this and never see either C library.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "core/time_zone.hpp"

namespace practica::db {

enum class Dialect { kSqlite, kPostgres };

using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;
using Params = std::vector<Value>;

// A row of a result, valid only inside the callback that receives it.
class Row {
 public:
  virtual ~Row() = default;
  virtual int size() const = 0;
  virtual bool IsNull(int column) const = 0;
  virtual std::int64_t Int(int column) const = 0;  // 0 for NULL
  virtual double Real(int column) const = 0;
  virtual std::string_view Text(int column) const = 0;  // "" for NULL
  std::string String(int column) const { return std::string(Text(column)); }
  // nullopt for NULL: optional instants and ids.
  std::optional<std::int64_t> OptionalInt(int column) const {
    if (IsNull(column)) return std::nullopt;
    return Int(column);
  }
  // A day stored as ISO text ("2018-09-28"); nullopt for NULL or text that is not a day.
  std::optional<core::LocalDate> OptionalDate(int column) const {
    if (IsNull(column)) return std::nullopt;
    auto day = core::ParseLocalDate(Text(column));
    return day ? std::optional<core::LocalDate>(*day) : std::nullopt;
  }
};

// NULL for an empty optional, as optional columns are written.
inline Value Nullable(const std::optional<std::int64_t>& value) {
  return value ? Value{*value} : Value{nullptr};
}
// A day as ISO text, NULL for none.
inline Value Nullable(const std::optional<core::LocalDate>& day) {
  return day ? Value{core::FormatIsoDate(*day)} : Value{nullptr};
}

using RowFn = std::function<void(const Row&)>;

// Sees every statement any connection runs, just before it runs: its SQL and parameters. None
// is set in a server; the query-plan test sets one to collect what each page asks of the
// database at district scale, then explains each statement. One relaxed atomic load per
// statement when unset.
using StatementObserver = void (*)(Dialect dialect, std::string_view sql, const Params& params);
void SetStatementObserver(StatementObserver observer);
void ObserveStatement(Dialect dialect, std::string_view sql, const Params& params);


class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;

  // Runs one statement (prepared once per connection and reused). Returns the number of rows
  // changed. kConflict on a unique or foreign-key violation, kUnavailable when the server is
  // gone, kInternal otherwise; the SQL and the library's words go to `detail` only.
  [[nodiscard]] virtual core::Result<std::int64_t> Execute(std::string_view sql,
                                                           const Params& params,
                                                           const RowFn& on_row) = 0;
  // As Execute, for a statement whose result may be large (an export's rows): each row reaches
  // `on_row` as the server sends it, so memory does not grow with the result. PostgreSQL reads
  // it in single-row mode; SQLite steps row by row anyway, so there it is Execute. A failure
  // midway comes after some rows have been handed out.
  [[nodiscard]] virtual core::Result<std::int64_t> ExecuteRowByRow(std::string_view sql,
                                                                   const Params& params,
                                                                   const RowFn& on_row) {
    return Execute(sql, params, on_row);
  }
  // Runs several statements without parameters (migrations, BEGIN/COMMIT).
  [[nodiscard]] virtual core::Result<void> ExecuteScript(std::string_view sql) = 0;

  // Called as the connection leaves the pool: a connection the server has closed since it was
  // last used (a restart, an administrator ending it) is replaced here, before it can fail a
  // request. True when it was found closed (replaced, or left closed when the server is still
  // away: its next statement then answers kUnavailable).
  virtual bool Refresh() { return false; }

  // A new id, unique across the database, for a row's `id` column.
  [[nodiscard]] virtual core::Result<std::int64_t> NextId() = 0;

  // Conveniences over Execute.
  [[nodiscard]] core::Result<std::int64_t> Exec(std::string_view sql, const Params& params = {});
  // The first column of the first row, or nullopt when there is no row.
  [[nodiscard]] core::Result<std::optional<std::int64_t>> QueryInt(std::string_view sql,
                                                                  const Params& params = {});

 protected:
  // True while a ReadSnapshot is open on this connection: SQLite refuses a statement that
  // writes then.
  bool InReadSnapshot() const { return open_ == Open::kReadSnapshot; }

 private:
  friend class ReadSnapshot;
  friend class Transaction;
  // What is open on this connection, so that neither is begun inside the other: a change inside
  // a page's read snapshot, or a snapshot that would end a change's transaction early.
  enum class Open { kNothing, kTransaction, kReadSnapshot };
  Open open_ = Open::kNothing;
};

// BEGIN on construction (IMMEDIATE on SQLite, so writers queue instead of deadlocking);
// ROLLBACK on destruction unless Commit() succeeded.
class Transaction {
 public:
  [[nodiscard]] static core::Result<Transaction> Begin(Connection& connection);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  [[nodiscard]] core::Result<void> Commit();

 private:
  explicit Transaction(Connection* connection) : connection_(connection) {}
  Connection* connection_;
};

}  // namespace practica::db
