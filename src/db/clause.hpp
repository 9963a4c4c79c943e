// A WHERE clause that holds only the conditions a request uses. "(x = '' OR col = x)" style
// optional filters make PostgreSQL's cached generic plans scan whole tables; one statement per
// combination of filters keeps every plan tight (each is prepared once per connection).
#pragma once

#include <string>
#include <string_view>

#include "db/connection.hpp"

namespace practica::db {

class Clause {
 public:
  // `first` is the condition every query has, with $1.. for `params`.
  Clause(std::string first, Params params) : sql_(" WHERE " + std::move(first)), params_(std::move(params)) {}

  // Appends " AND condition", where each "?" in the condition becomes the next parameter,
  // all bound to `value`.
  Clause& And(std::string_view condition, Value value);
  // Appends " AND condition" as written: a fixed condition, or one built from Next() placeholders.
  Clause& AndRaw(std::string_view condition);

  const std::string& sql() const { return sql_; }
  const Params& params() const { return params_; }
  // The next parameter's placeholder, for LIMIT/OFFSET after the clause.
  std::string Next(Value value);

 private:
  std::string sql_;
  Params params_;
};

}  // namespace practica::db
