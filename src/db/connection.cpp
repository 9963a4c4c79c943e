#include "db/connection.hpp"

#include <atomic>
#include <optional>

namespace practica::db {
namespace {
std::atomic<StatementObserver> observer{nullptr};
}  // namespace

void SetStatementObserver(StatementObserver next) { observer.store(next); }

void ObserveStatement(Dialect dialect, std::string_view sql, const Params& params) {
  if (auto* seen = observer.load(std::memory_order_relaxed)) seen(dialect, sql, params);
}

core::Result<std::int64_t> Connection::Exec(std::string_view sql, const Params& params) {
  return Execute(sql, params, [](const Row&) {});
}

core::Result<std::optional<std::int64_t>> Connection::QueryInt(std::string_view sql,
                                                              const Params& params) {
  std::optional<std::int64_t> value;
  auto done = Execute(sql, params, [&](const Row& row) {
    if (!value && !row.IsNull(0)) value = row.Int(0);
  });
  if (!done) return std::unexpected(done.error());
  return value;
}

core::Result<Transaction> Transaction::Begin(Connection& connection) {
  // A change inside a page's read snapshot would be a change made by a page that promised
  // only to read; refuse it before anything is sent.
  if (connection.open_ == Connection::Open::kReadSnapshot) {
    return core::Fail(core::ErrorCode::kInternal, "The change could not be saved; try again.",
                      "a transaction was begun inside a read snapshot: end the snapshot first");
  }
  const char* begin = connection.dialect() == Dialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN";
  if (auto started = connection.ExecuteScript(begin); !started) {
    return std::unexpected(started.error());
  }
  connection.open_ = Connection::Open::kTransaction;
  return Transaction(&connection);
}

Transaction::Transaction(Transaction&& other) noexcept : connection_(other.connection_) {
  other.connection_ = nullptr;
}

Transaction::~Transaction() {
  if (connection_ == nullptr) return;
  connection_->open_ = Connection::Open::kNothing;
  (void)connection_->ExecuteScript("ROLLBACK");
}

core::Result<void> Transaction::Commit() {
  auto* connection = connection_;
  connection_ = nullptr;
  connection->open_ = Connection::Open::kNothing;
  return connection->ExecuteScript("COMMIT");
}

}  // namespace practica::db
