#include "features/kit/sheet_read.hpp"

#include "features/kit/xlsx_read.hpp"

namespace practica::features {
namespace {

constexpr std::string_view kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

std::string DelimiterName(char delimiter) {
  return delimiter == ';' ? "semicolons" : delimiter == '\t' ? "tabs" : "commas";
}

}  // namespace

core::Result<SheetFormat> ReadSheetRows(std::string_view bytes, const CsvRowFn& on_row) {
  // A workbook, and the old binary .xls (which ReadXlsxRows names), are read as workbooks.
  if (LooksLikeZip(bytes) || bytes.starts_with("\xD0\xCF\x11\xE0")) {
    auto read = ReadXlsxRows(bytes, on_row);
    if (!read) return std::unexpected(read.error());
    return SheetFormat{"an Excel workbook (its first sheet)", std::string(kXlsxType)};
  }
  auto sheet = DecodeSheetText(bytes);
  if (!sheet) return std::unexpected(sheet.error());
  const char delimiter = GuessDelimiter(sheet->text);
  auto read = ReadCsvRows(sheet->text, delimiter, on_row);
  if (!read) return std::unexpected(read.error());
  return SheetFormat{"CSV, " + sheet->encoding + ", with " + DelimiterName(delimiter), "text/csv"};
}

core::Result<std::string> CheckSheetReadable(std::string_view bytes) {
  auto format = ReadSheetRows(bytes, [](std::int64_t, std::vector<std::string>&) { return false; });
  if (!format) return std::unexpected(format.error());
  return format->content_type;
}

}  // namespace practica::features
