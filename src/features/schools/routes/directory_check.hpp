// A directory file checked against the district as it stands: read (features/kit/csv_read),
// its columns mapped, every row read and every problem listed with its row and column, and the
// plan of what applying it would do. The dry run, the rejected rows file and the apply job all
// check the stored file this one way, so what staff previewed is what is applied.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/kit/sheet_import_routes.hpp"
#include "features/kit/sheet_import_store.hpp"
#include "features/schools/domain/directory_import.hpp"

namespace practica::schools {

// Changing more than this share of the schools on record needs confirming.
inline constexpr double kConfirmShare = 0.2;

// The schools room's uploaded directory files and the columns staff mapped (migration 0370).
inline constexpr features::SheetImportTables kDirectoryTables{"school_imports", "school_import_columns"};

struct DirectoryCheck {
  std::string read_as;  // "CSV, UTF-8, with commas", "an Excel workbook (its first sheet)"
  std::vector<std::string> header;
  ColumnMap columns;
  std::vector<CellProblem> problems;  // every problem, by row
  std::vector<features::SheetRejectedRow> rejected;  // rows with a problem, in file order
  std::int64_t rows = 0;              // rows after the header
  bool header_ok = false;             // name and local district have their columns
  DirectoryPlan plan;                 // of the rows without a problem
  bool needs_confirming = false;
  // Schools on record go inactive only when every row was read: a rejected row may be one of them.
  bool deactivates = false;
};

// kInvalidInput for a file that is neither CSV text nor a workbook (empty, an unclosed quote).
[[nodiscard]] core::Result<DirectoryCheck> CheckDirectory(db::Connection& db, std::int64_t district_id,
                                                          std::string_view bytes);

}  // namespace practica::schools
