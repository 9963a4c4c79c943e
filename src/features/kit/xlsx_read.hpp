// Reading the first worksheet of an Excel workbook (.xlsx) that district staff upload instead of
// a CSV (a school directory, a staff roster): the zip archive opened in memory by libzip, the
// first sheet found through the workbook's own relationships, its shared text held once, and the
// worksheet's XML streamed through expat in blocks, so a sheet of 100,000 rows is never in memory
// whole. Rows reach the caller exactly as ReadCsvRows hands them over.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "features/kit/csv_read.hpp"  // CsvRowFn

namespace practica::features {

// True when the bytes begin as a zip archive does ("PK\x03\x04"): an .xlsx workbook (or another zip).
bool LooksLikeZip(std::string_view bytes);

// Calls `on_row` with each row of the workbook's first worksheet, as ReadCsvRows does: the row's
// number as Excel shows it (its <row r="N">, else one past the last), its fields trimmed of
// surrounding spaces, a cell left out of a row given as ""; a row whose cells are all empty is
// skipped. Text is what Excel shows, numbers as the file writes them, except that a whole number
// in exponent form (a 14-digit CDS code, "1.9647336016430001E+13") comes out as its digits;
// TRUE/FALSE for booleans, "#N/A" and the like for errors. `on_row` returns false to stop early.
// Answers the number of rows read. kInvalidInput (field "file"), saying what is wrong and what
// to do, for anything that is not a readable workbook: another file, a zip without a workbook,
// one cut short, broken XML, an old .xls, or a sheet too large to read.
[[nodiscard]] core::Result<std::int64_t> ReadXlsxRows(std::string_view bytes, const CsvRowFn& on_row);

}  // namespace practica::features
