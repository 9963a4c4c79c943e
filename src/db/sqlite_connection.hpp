// The SQLite dialect: WAL, foreign keys on, a busy timeout, statements cached per connection.
#pragma once

#include <memory>
#include <string>

#include "db/connection.hpp"

namespace practica::db {

// kUnavailable naming the file when it cannot be opened or is not a SQLite database.
[[nodiscard]] core::Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path);

// "$1" placeholders become "?1" so one SQL text serves both dialects.
std::string ToSqlitePlaceholders(std::string_view sql);

}  // namespace practica::db
