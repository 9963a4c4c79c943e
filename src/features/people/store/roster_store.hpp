// The staff roster import's side of the people room: everyone on record with their places on
// school staffs, as the import compares them, and one change of a plan written
// (people/domain/roster_import.hpp decides what each change is). The files uploaded and the
// columns staff mapped are kept by features/kit/sheet_import_store in staff_imports and
// staff_import_columns (migration 0380).
#pragma once

#include <cstdint>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/people/domain/roster_import.hpp"

namespace practica::people {

class RosterStore {
 public:
  RosterStore(db::Connection& db, std::int64_t district_id) : db_(db), district_id_(district_id) {}

  // Every person of the district with their schools, by id.
  [[nodiscard]] core::Result<std::vector<RecordedPerson>> Recorded();

  // Writes one change: a new person on their school's staff (their id answered), a new name,
  // place or role, someone active again, or someone no longer in the file made inactive. An
  // unchanged person writes nothing.
  [[nodiscard]] core::Result<std::int64_t> Apply(const RosterChange& change);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::people
