// Districts and local districts in the database.
#pragma once

#include <optional>
#include <vector>

#include "db/connection.hpp"
#include "features/districts/domain/district.hpp"

namespace practica::districts {

// Stores are concrete classes over one borrowed connection: tests run them against real
// SQLite and PostgreSQL, so there is no fake to swap in and no interface to keep in step.
class DistrictsStore {
 public:
  explicit DistrictsStore(db::Connection& connection) : db_(connection) {}

  // kConflict when the slug is taken.
  [[nodiscard]] core::Result<District> Create(District district);
  [[nodiscard]] core::Result<std::optional<District>> FindBySlug(std::string_view slug);
  [[nodiscard]] core::Result<std::vector<District>> List();

  // kConflict when the district already has a local district with that slug.
  [[nodiscard]] core::Result<LocalDistrict> AddLocalDistrict(std::int64_t district_id,
                                                             std::string name);
  [[nodiscard]] core::Result<std::vector<LocalDistrict>> LocalDistricts(std::int64_t district_id);

 private:
  db::Connection& db_;
};

}  // namespace practica::districts
