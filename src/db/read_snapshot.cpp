#include "db/read_snapshot.hpp"

#include "db/connection.hpp"

namespace practica::db {

core::Result<ReadSnapshot> ReadSnapshot::Begin(Connection& connection) {
  // Inside a snapshot or a change's transaction the reads already share one view: join it.
  if (connection.open_ != Connection::Open::kNothing) return ReadSnapshot(nullptr);
  if (connection.dialect() == Dialect::kSqlite) {
    // As prepared statements, kept with the connection's others: a script would be compiled
    // again on every page, which costs the library search what the snapshot saves it.
    if (auto begun = connection.Exec("BEGIN DEFERRED"); !begun) return std::unexpected(begun.error());
  }
  connection.open_ = Connection::Open::kReadSnapshot;
  return ReadSnapshot(&connection);
}

ReadSnapshot::ReadSnapshot(ReadSnapshot&& other) noexcept : connection_(other.connection_) {
  other.connection_ = nullptr;
}

void ReadSnapshot::End() {
  auto* connection = connection_;
  connection_ = nullptr;
  if (connection == nullptr) return;
  connection->open_ = Connection::Open::kNothing;
  if (connection->dialect() != Dialect::kSqlite) return;
  // COMMIT ends a transaction that only read; should it fail, ROLLBACK makes sure the
  // connection goes back to the pool outside any transaction all the same.
  if (!connection->Exec("COMMIT")) (void)connection->ExecuteScript("ROLLBACK");
}

}  // namespace practica::db
