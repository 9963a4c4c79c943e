// A pool of connections to one database, chosen by its address: a SQLite file path or a
// postgresql:// URL. Each request borrows one connection and gives it back.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace practica::db {

class Database;

class Lease {
 public:
  Lease(Database* owner, std::unique_ptr<Connection> connection)
      : owner_(owner), connection_(std::move(connection)) {}
  Lease(Lease&&) noexcept = default;
  Lease& operator=(Lease&&) = delete;  // assigning would drop the held connection
  ~Lease();
  Connection& operator*() const { return *connection_; }
  Connection* operator->() const { return connection_.get(); }

 private:
  Database* owner_;
  std::unique_ptr<Connection> connection_;
};

class Database {
 public:
  // Opens `pool_size` connections. kUnavailable, naming the file or server and what to try,
  // when the database cannot be opened.
  [[nodiscard]] static core::Result<std::unique_ptr<Database>> Open(const std::string& address,
                                                                   int pool_size);
  Dialect dialect() const { return dialect_; }
  // The address without any password, for messages and logs.
  const std::string& description() const { return description_; }

  // Waits until a connection is free, at most the acquire timeout; past it throws
  // core::Failure (kUnavailable) so the request answers 503 instead of hanging its worker.
  Lease Acquire();
  void set_acquire_timeout_ms(int timeout_ms) { acquire_timeout_ms_ = timeout_ms; }

 private:
  friend class Lease;
  Database(Dialect dialect, std::string description)
      : dialect_(dialect), description_(std::move(description)) {}
  void Release(std::unique_ptr<Connection> connection);

  Dialect dialect_;
  std::string description_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  int acquire_timeout_ms_ = 10000;
};

bool IsPostgresAddress(const std::string& address);
// "postgresql://user:secret@host/db" -> "postgresql://user@host/db"
std::string RedactAddress(const std::string& address);

}  // namespace practica::db
