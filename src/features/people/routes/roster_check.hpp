// A staff roster checked against the district as it stands: read (features/kit/sheet_read), its
// columns mapped, every row read with each school looked up through the schools room, every
// problem listed with its row and column, and the plan of what applying it would do. The dry run,
// the rejected rows file and the apply job all check the stored file this one way.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/kit/sheet_import_routes.hpp"
#include "features/kit/sheet_import_store.hpp"
#include "features/people/domain/roster_import.hpp"

namespace practica::people {

// Changing more than this share of the school staff on record needs confirming.
inline constexpr double kRosterConfirmShare = 0.2;

// The people room's uploaded rosters and the columns staff mapped (migration 0380).
inline constexpr features::SheetImportTables kRosterTables{"staff_imports", "staff_import_columns"};

struct RosterCheck {
  std::string read_as;
  std::vector<std::string> header;
  RosterColumns columns;
  std::vector<RosterProblem> problems;
  std::vector<features::SheetRejectedRow> rejected;
  std::int64_t rows = 0;
  bool header_ok = false;
  RosterPlan plan;  // of the rows without a problem
  bool needs_confirming = false;
  // People on record go inactive only when every row was read: a rejected row may be one of them.
  bool deactivates = false;
};

[[nodiscard]] core::Result<RosterCheck> CheckRoster(db::Connection& db, std::int64_t district_id, std::string_view bytes);

}  // namespace practica::people
