#include "db/clause.hpp"

namespace practica::db {

Clause& Clause::And(std::string_view condition, Value value) {
  params_.push_back(std::move(value));
  const std::string placeholder = "$" + std::to_string(params_.size());
  sql_ += " AND ";
  for (char c : condition) {
    if (c == '?') sql_ += placeholder; else sql_.push_back(c);
  }
  return *this;
}

Clause& Clause::AndRaw(std::string_view condition) {
  sql_ += " AND ";
  sql_ += condition;
  return *this;
}

std::string Clause::Next(Value value) {
  params_.push_back(std::move(value));
  return "$" + std::to_string(params_.size());
}

Clause& Clause::AndWithin(const core::SchoolScope& scope, std::string_view school_column,
                          std::string_view local_district_column) {
  const auto condition = ScopeCondition(scope, school_column, local_district_column, params_);
  if (!condition.empty()) AndRaw(condition);
  return *this;
}

std::string IdPlaceholders(const std::vector<std::int64_t>& ids, Params& params) {
  std::string list;
  for (auto id : ids) {
    params.emplace_back(id);
    list += (list.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  return list;
}

std::string Placeholders(const std::vector<Value>& values, Params& params) {
  std::string list;
  for (const auto& value : values) {
    params.push_back(value);
    list += (list.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  return list;
}

std::string ScopeCondition(const core::SchoolScope& scope, std::string_view school_column,
                           std::string_view local_district_column, Params& params) {
  if (scope.everything) return "";
  if (scope.CoversNothing()) return "1 = 0";
  const auto in = [&params](std::string_view column, const std::vector<std::int64_t>& ids) {
    return std::string(column) + " IN (" + IdPlaceholders(ids, params) + ")";
  };
  std::string condition;
  if (!scope.school_ids.empty()) condition = in(school_column, scope.school_ids);
  if (!scope.local_district_ids.empty()) {
    condition += (condition.empty() ? "" : " OR ") + in(local_district_column, scope.local_district_ids);
  }
  return "(" + condition + ")";
}

}  // namespace practica::db
