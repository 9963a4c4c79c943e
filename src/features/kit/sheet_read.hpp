// An uploaded list read the same whether staff saved it as CSV or as an Excel workbook: the
// bytes say which (a workbook is a zip archive), and the rows come one at a time either way
// (features/kit/csv_read, features/kit/xlsx_read).
#pragma once

#include <string>
#include <string_view>

#include "core/error.hpp"
#include "features/kit/csv_read.hpp"

namespace practica::features {

// How the file was read, as a dry run says it: "CSV, UTF-8, with commas", "an Excel workbook".
struct SheetFormat {
  std::string read_as;
  std::string content_type;  // "text/csv" or the workbook's type
};

// Reads every row (see ReadCsvRows for the contract). kInvalidInput, saying what to save the file
// as instead, for anything that is neither CSV text nor a readable .xlsx workbook.
[[nodiscard]] core::Result<SheetFormat> ReadSheetRows(std::string_view bytes, const CsvRowFn& on_row);

// The format of a file that can be read, from its first row; the same refusals as ReadSheetRows.
[[nodiscard]] core::Result<std::string> CheckSheetReadable(std::string_view bytes);

}  // namespace practica::features
