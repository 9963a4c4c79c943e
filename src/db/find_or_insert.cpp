#include "db/find_or_insert.hpp"

#include <string>

namespace practica::db {

core::Result<std::int64_t> FindOrInsert(Connection& db, std::string_view table, const std::vector<ColumnValue>& key,
                                        const std::vector<ColumnValue>& rest) {
  std::string where;
  Params params;
  for (const auto& k : key) {
    params.push_back(k.value);
    where += (where.empty() ? "" : " AND ") + std::string(k.column) + " = $" + std::to_string(params.size());
  }
  auto existing = db.QueryInt("SELECT id FROM " + std::string(table) + " WHERE " + where, params);
  if (!existing) return std::unexpected(existing.error());
  if (*existing) return **existing;

  auto id = db.NextId();
  if (!id) return std::unexpected(id.error());
  std::string columns = "id";
  std::string values = "$1";
  Params row{*id};
  for (const auto* part : {&key, &rest}) {
    for (const auto& c : *part) {
      row.push_back(c.value);
      columns += ", " + std::string(c.column);
      values += ", $" + std::to_string(row.size());
    }
  }
  auto added = db.Exec("INSERT INTO " + std::string(table) + " (" + columns + ") VALUES (" + values + ")", row);
  if (!added) return std::unexpected(added.error());
  return *id;
}

}  // namespace practica::db
