// The PostgreSQL dialect over libpq: statements prepared once per connection, text results.
#pragma once

#include <memory>
#include <string>

#include "db/connection.hpp"

namespace practica::db {

// kUnavailable naming the server (without its password) when it cannot be reached.
[[nodiscard]] core::Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& url);

}  // namespace practica::db
