// Reading a CSV file a district exported from its own systems or saved from Excel: its bytes
// made UTF-8 (Excel's "CSV" on Windows is Windows-1252; "CSV UTF-8" starts with a byte-order
// mark), its delimiter found (Excel in a comma-decimal locale writes semicolons), and its rows
// streamed one at a time by libcsv, so a file of 100,000 rows never becomes 100,000 objects.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace practica::features {

struct SheetText {
  std::string text;      // UTF-8, without a byte-order mark
  std::string encoding;  // "UTF-8" or "Windows-1252": what the file was read as
};

// A file that is valid UTF-8 is read as UTF-8 (its byte-order mark dropped); any other is read
// as Windows-1252, the one other encoding Excel saves CSV in here. kInvalidInput for an empty
// file or one holding NUL bytes (a workbook or another binary file, not CSV).
[[nodiscard]] core::Result<SheetText> DecodeSheetText(std::string_view bytes);

// The delimiter of the file's first line, outside quotes: ';' or a tab when it holds more of
// them than commas, else ','.
char GuessDelimiter(std::string_view text);

// Calls `on_row` with each row's number as a spreadsheet shows it (the first line is row 1) and
// its fields, trimmed of surrounding spaces; a row of empty fields (",,", how Excel writes a
// blank row) is counted and skipped. A line with nothing at all on it (never written by Excel)
// is skipped without being counted. `on_row` returns false to
// stop early. Answers the number of rows read. kInvalidInput, naming the row, when a quoted field
// never closes.
using CsvRowFn = std::function<bool(std::int64_t row, std::vector<std::string>& fields)>;
[[nodiscard]] core::Result<std::int64_t> ReadCsvRows(std::string_view text, char delimiter, const CsvRowFn& on_row);

}  // namespace practica::features
