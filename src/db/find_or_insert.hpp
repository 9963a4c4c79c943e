// A room's "one row per school and cohort" (a school's design challenge, its technology plan):
// found by its key on every save, added the first time.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::db {

struct ColumnValue {
  std::string_view column;
  Value value;
};

// The id of the row of `table` whose `key` columns hold their values; when there is none, a row is
// added with a new id, the key and the `rest`, and its id returned. Runs inside the caller's
// transaction, so two saves of one school cannot both add a row (the key's unique index refuses
// the second). Column and table names are the caller's own constants, never input.
[[nodiscard]] core::Result<std::int64_t> FindOrInsert(Connection& db, std::string_view table,
                                                      const std::vector<ColumnValue>& key,
                                                      const std::vector<ColumnValue>& rest);

}  // namespace practica::db
