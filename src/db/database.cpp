#include "db/database.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

#include "core/failure.hpp"

#include "db/postgres_connection.hpp"
#include "db/replica_scope.hpp"
#include "db/sqlite_connection.hpp"

namespace practica::db {

Lease::~Lease() {
  if (owner_ != nullptr && connection_) owner_->Release(std::move(connection_));
}

bool IsPostgresAddress(const std::string& address) {
  return address.starts_with("postgresql://") || address.starts_with("postgres://");
}

std::string RedactAddress(const std::string& address) {
  if (!IsPostgresAddress(address)) return address;
  const auto scheme_end = address.find("://") + 3;
  const auto at = address.find('@', scheme_end);
  if (at == std::string::npos) return address;
  const auto colon = address.find(':', scheme_end);
  if (colon == std::string::npos || colon > at) return address;
  return address.substr(0, colon) + address.substr(at);
}

core::Result<std::unique_ptr<Database>> Database::Open(const std::string& address, int pool_size) {
  const bool postgres = IsPostgresAddress(address);
  std::unique_ptr<Database> database(
      new Database(postgres ? Dialect::kPostgres : Dialect::kSqlite, RedactAddress(address)));
  for (int i = 0; i < pool_size; ++i) {
    core::Result<std::unique_ptr<Connection>> connection =
        postgres ? OpenPostgres(address) : OpenSqlite(address);
    if (!connection) return std::unexpected(connection.error());
    database->idle_.push_back(std::move(*connection));
  }
  return database;
}

Lease Database::Acquire() {
  // A route that only reads may have sent this thread's reads to a replica (replica_scope.hpp).
  if (Database* replica = ReplicaInScopeFor(this)) return replica->Acquire();
  std::unique_lock lock(mutex_);
  if (!available_.wait_for(lock, std::chrono::milliseconds(acquire_timeout_ms_),
                           [&] { return !idle_.empty(); })) {
    spdlog::warn("database {}: no connection free after {} ms; answering busy", description_,
                 acquire_timeout_ms_);
    throw core::Failure(core::Error{core::ErrorCode::kUnavailable,
                                    "Practica is busy right now; try again in a few seconds.",
                                    "no database connection free after " +
                                        std::to_string(acquire_timeout_ms_) + " ms",
                                    {}});
  }
  auto connection = std::move(idle_.back());
  idle_.pop_back();
  lock.unlock();
  // Checked outside the lock: replacing a closed connection waits on the network.
  if (connection->Refresh()) {
    spdlog::info("database {}: a pooled connection had been closed by the server; reconnecting it",
                 description_);
  }
  return Lease(this, std::move(connection));
}

void Database::Release(std::unique_ptr<Connection> connection) {
  {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(connection));
  }
  available_.notify_one();
}

}  // namespace practica::db
