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

}  // namespace practica::db
