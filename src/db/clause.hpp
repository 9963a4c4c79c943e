// A WHERE clause that holds only the conditions a request uses. "(x = '' OR col = x)" style
// optional filters make PostgreSQL's cached generic plans scan whole tables; one statement per
// combination of filters keeps every plan tight (each is prepared once per connection).
#pragma once

#include <string>
#include <string_view>

#include "core/school_scope.hpp"
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
  // Appends the rows inside the scope (ScopeCondition); nothing when it covers every school.
  Clause& AndWithin(const core::SchoolScope& scope, std::string_view school_column,
                    std::string_view local_district_column);
  // The next parameter's placeholder, for LIMIT/OFFSET after the clause.
  std::string Next(Value value);

 private:
  std::string sql_;
  Params params_;
};

// "$2, $3, …": each id appended to `params` and numbered after those already there, for an
// IN (…) list.
std::string IdPlaceholders(const std::vector<std::int64_t>& ids, Params& params);
// The same for any values (days written as text, codes).
std::string Placeholders(const std::vector<Value>& values, Params& params);

// The one way a person's scope becomes SQL: "(school_column IN ($4, $5) OR
// local_district_column IN ($6))", each id appended to `params` and numbered after those already
// there; "" when the scope covers every school; "1 = 0" when it covers none.
std::string ScopeCondition(const core::SchoolScope& scope, std::string_view school_column,
                           std::string_view local_district_column, Params& params);

}  // namespace practica::db
