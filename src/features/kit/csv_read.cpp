#include "features/kit/csv_read.hpp"

#include <csv.h>
#include <iconv.h>

#include <algorithm>
#include <cerrno>

#include "core/text.hpp"

namespace practica::features {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Converts with glibc's iconv; false when the bytes are not valid in `from`.
bool Convert(std::string_view bytes, const char* from, std::string& out) {
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out.assign(bytes.size() * 3 + 4, '\0');
  char* in_ptr = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  char* out_ptr = out.data();
  size_t out_left = out.size();
  const size_t done = iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left);
  iconv_close(cd);
  if (done == static_cast<size_t>(-1) || in_left != 0) return false;
  out.resize(out.size() - out_left);
  return true;
}

struct Collector {
  std::vector<std::string> fields;
  std::int64_t row = 0;       // rows handed over so far, blank ones included
  std::int64_t rows = 0;      // rows with something in them
  const CsvRowFn* on_row = nullptr;
  bool stopped = false;
};

void OnField(void* data, size_t size, void* out) {
  auto& c = *static_cast<Collector*>(out);
  c.fields.emplace_back(core::Trim(std::string_view(data == nullptr ? "" : static_cast<const char*>(data), size)));
}

void OnRowEnd(int, void* out) {
  auto& c = *static_cast<Collector*>(out);
  ++c.row;
  const bool blank = std::ranges::all_of(c.fields, [](const std::string& f) { return f.empty(); });
  if (!blank && !c.stopped) {
    ++c.rows;
    if (!(*c.on_row)(c.row, c.fields)) c.stopped = true;
  }
  c.fields.clear();
}

}  // namespace

core::Result<SheetText> DecodeSheetText(std::string_view bytes) {
  if (bytes.starts_with(kByteOrderMark)) bytes.remove_prefix(kByteOrderMark.size());
  if (bytes.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "The file is empty: export the list again with its header row.", {},
                      "file");
  }
  if (bytes.find('\0') != std::string_view::npos) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The file is not text: save it from Excel as \"CSV UTF-8\" or \"CSV (Comma delimited)\", or "
                      "upload the .xlsx workbook itself.",
                      {}, "file");
  }
  SheetText sheet;
  if (Convert(bytes, "UTF-8", sheet.text)) {
    sheet.encoding = "UTF-8";
  } else if (Convert(bytes, "WINDOWS-1252", sheet.text)) {
    sheet.encoding = "Windows-1252";
  } else {
    // Five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) mean nothing in Windows-1252: Latin-1 keeps them.
    Convert(bytes, "ISO-8859-1", sheet.text);
    sheet.encoding = "Windows-1252";
  }
  return sheet;
}

char GuessDelimiter(std::string_view text) {
  int commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    commas += c == ',';
    semicolons += c == ';';
    tabs += c == '\t';
  }
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas) return '\t';
  return ',';
}

core::Result<std::int64_t> ReadCsvRows(std::string_view text, char delimiter, const CsvRowFn& on_row) {
  csv_parser parser;
  // Strict: a quote inside an unquoted field, or one never closed, is an error rather than a guess.
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
    return core::Fail(core::ErrorCode::kInternal, "The CSV reader could not start; try again.");
  }
  csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
  Collector collector;
  collector.on_row = &on_row;
  // In blocks, so a stop asked for by on_row ends the reading soon.
  constexpr std::size_t kBlock = 64 * 1024;
  std::size_t at = 0;
  bool failed = false;
  while (at < text.size() && !collector.stopped) {
    const auto block = text.substr(at, kBlock);
    if (csv_parse(&parser, block.data(), block.size(), OnField, OnRowEnd, &collector) != block.size()) {
      failed = true;
      break;
    }
    at += block.size();
  }
  if (!failed && !collector.stopped && csv_fini(&parser, OnField, OnRowEnd, &collector) != 0) failed = true;
  const int error = csv_error(&parser);
  csv_free(&parser);
  if (failed && !collector.stopped) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "Row " + std::to_string(collector.row + 1) +
                          " has a quotation mark that is never closed or stands inside a field (" +
                          csv_strerror(error) + "); fix that row in the spreadsheet and export it again.",
                      {}, "file");
  }
  return collector.rows;
}

}  // namespace practica::features
