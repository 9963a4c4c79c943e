// The school directory import's side of the schools room: the schools as the import compares
// them, and one change of a plan written (directory_import.hpp decides what each change is).
// The files uploaded and the columns staff mapped are kept by features/kit/sheet_import_store in
// the room's school_imports and school_import_columns.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/schools/domain/directory_import.hpp"

namespace practica::schools {

class DirectoryStore {
 public:
  DirectoryStore(db::Connection& db, std::int64_t district_id) : db_(db), district_id_(district_id) {}

  // Every school of the district with its spellings, active or not, by id.
  [[nodiscard]] core::Result<std::vector<RecordedSchool>> Recorded();
  // The district's local districts by lower-cased name and slug.
  [[nodiscard]] core::Result<LocalDistrictNames> LocalDistricts();

  // Writes one change of a plan: a new school (its id answered), an update, an alias, a school
  // made inactive or active again. An unchanged school writes nothing.
  [[nodiscard]] core::Result<std::int64_t> Apply(const DirectoryChange& change, std::int64_t now);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::schools
