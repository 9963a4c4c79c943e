#include "features/kit/xlsx_read.hpp"

#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/text.hpp"

namespace practica::features {
namespace {

constexpr std::uint64_t kMiB = 1024 * 1024;
// An .xlsx is deflated XML: a few kilobytes can unpack to gigabytes (a "zip bomb"). Parts past
// these sizes are refused before, and while, they are read. A real directory of every LAUSD
// school unpacks to a few megabytes.
constexpr std::uint64_t kMaxSheetBytes = 512 * kMiB;
constexpr std::uint64_t kMaxSharedTextBytes = 128 * kMiB;
constexpr std::uint64_t kMaxSmallPartBytes = 16 * kMiB;  // the list of sheets, its relationships
constexpr std::size_t kMaxColumns = 16384;               // A to XFD, as far as Excel goes
constexpr std::int64_t kMaxRows = 1048576;               // Excel's last row
// Sixty bytes of XML (a cell in A, another in XFD) make a row of 16,384 fields: the fields handed
// over, empty ones included, are counted so a small file cannot keep a worker busy for hours.
// A real roster of 100,000 people by 40 columns is 4 million.
constexpr std::uint64_t kMaxCells = 64'000'000;
constexpr int kBlock = 64 * 1024;
// Names reach the handlers as "namespace|local": SpreadsheetML may be written with a prefix
// (<x:row>), and the r:id of a sheet may be bound to any prefix, so only local names are compared.
constexpr XML_Char kNamespaceSeparator = '|';
// Excel 97-2003 workbooks, and .xlsx workbooks saved with a password, are OLE compound files.
constexpr std::string_view kOleHeader = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

core::Error Unreadable(const std::string& problem, std::string detail = {}) {
  return core::Error{core::ErrorCode::kInvalidInput,
                     "The file is not a readable Excel workbook: " + problem +
                         ". Save it again from Excel as .xlsx, or as CSV UTF-8.",
                     std::move(detail), "file"};
}

core::Error TooLarge(std::string_view what, std::uint64_t size, std::uint64_t limit) {
  return core::Error{core::ErrorCode::kInvalidInput,
                     "The file is too large to read: " + std::string(what) + " unpacks to " +
                         std::to_string((size + kMiB - 1) / kMiB) + " MiB, more than the " +
                         std::to_string(limit / kMiB) + " MiB allowed. Split the list into smaller workbooks.",
                     {}, "file"};
}

struct ZipDiscard {
  void operator()(zip_t* zip) const { zip_discard(zip); }  // read-only: nothing to write back
};
struct ZipFileClose {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
struct ParserFree {
  void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
};
using Archive = std::unique_ptr<zip_t, ZipDiscard>;

std::string_view LocalName(const XML_Char* name) {
  const std::string_view full(name);
  const auto separator = full.rfind(kNamespaceSeparator);
  return separator == std::string_view::npos ? full : full.substr(separator + 1);
}

bool HasNamespace(const XML_Char* name) {
  return std::string_view(name).find(kNamespaceSeparator) != std::string_view::npos;
}

// The value of the attribute named exactly `name` (unprefixed attributes have no namespace).
std::optional<std::string_view> Attribute(const XML_Char** attributes, std::string_view name) {
  for (int i = 0; attributes[i] != nullptr; i += 2) {
    if (name == attributes[i]) return std::string_view(attributes[i + 1]);
  }
  return std::nullopt;
}

// What every part's handlers share: the parser to stop, and why it stopped.
struct ParseState {
  XML_Parser parser = nullptr;
  std::string what;                  // the part, for people: "its worksheet"
  std::optional<core::Error> error;  // what a handler found wrong
  bool finished = false;             // stopped on purpose: on_row asked to, or the rest is not needed

  bool Done() const { return finished || error.has_value(); }
  void Finish() {
    finished = true;
    XML_StopParser(parser, XML_FALSE);
  }
  void Refuse(core::Error why) {
    error = std::move(why);
    XML_StopParser(parser, XML_FALSE);
  }
};

// Handlers get the ParseState; each converts back to the state it was given.
template <typename State>
State& StateOf(void* data) {
  return static_cast<State&>(*static_cast<ParseState*>(data));
}

// OOXML forbids a DTD; refusing one also keeps entity tricks out of the parser.
void XMLCALL OnDoctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  auto& state = StateOf<ParseState>(data);
  if (!state.Done()) state.Refuse(Unreadable(state.what + " declares a DTD, which Excel never writes"));
}

// Streams part `index` through a new parser in blocks read straight into expat's buffer, so no
// part is ever whole in memory here; its handlers see `state`.
core::Result<void> ParsePart(zip_t* zip, zip_int64_t index, std::uint64_t limit, ParseState& state,
                             XML_StartElementHandler on_start, XML_EndElementHandler on_end,
                             XML_CharacterDataHandler on_text) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip, static_cast<zip_uint64_t>(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0 &&
      stat.size > limit) {
    return core::Fail(TooLarge(state.what, stat.size, limit));
  }
  const std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0));
  if (!file) return core::Fail(Unreadable(state.what + " cannot be unpacked", zip_strerror(zip)));
  const std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreateNS(nullptr, kNamespaceSeparator));
  if (!parser) return core::Fail(core::ErrorCode::kInternal, "The workbook reader could not start; try again.");
  state.parser = parser.get();
  XML_SetUserData(parser.get(), &state);
  XML_SetElementHandler(parser.get(), on_start, on_end);
  XML_SetCharacterDataHandler(parser.get(), on_text);
  XML_SetStartDoctypeDeclHandler(parser.get(), OnDoctype);

  std::uint64_t unpacked = 0;
  bool last = false;
  for (;;) {
    void* buffer = XML_GetBuffer(parser.get(), kBlock);
    if (buffer == nullptr) return core::Fail(core::ErrorCode::kInternal, "The workbook reader ran out of memory.");
    const zip_int64_t got = zip_fread(file.get(), buffer, kBlock);
    if (got < 0) return core::Fail(Unreadable(state.what + " is damaged", zip_file_strerror(file.get())));
    // The archive's stated size can lie; what actually unpacks is counted too.
    unpacked += static_cast<std::uint64_t>(got);
    if (unpacked > limit) return core::Fail(TooLarge(state.what, unpacked, limit));
    last = got == 0;
    if (XML_ParseBuffer(parser.get(), static_cast<int>(got), last ? XML_TRUE : XML_FALSE) != XML_STATUS_OK) break;
    if (last) return {};
  }
  if (state.error) return core::Fail(std::move(*state.error));
  if (state.finished) return {};
  const XML_Error code = XML_GetErrorCode(parser.get());
  const std::string line = std::to_string(XML_GetCurrentLineNumber(parser.get()));
  const bool cut_short = last && (code == XML_ERROR_NO_ELEMENTS || code == XML_ERROR_UNCLOSED_TOKEN ||
                                  code == XML_ERROR_PARTIAL_CHAR || code == XML_ERROR_UNCLOSED_CDATA_SECTION);
  const std::string reason = XML_ErrorString(code);
  if (cut_short) return core::Fail(Unreadable(state.what + " is cut short (line " + line + ")", reason));
  return core::Fail(Unreadable(state.what + " has broken XML at line " + line + " (" + reason + ")", reason));
}

// Excel writes a character XML cannot carry (a carriage return, say) as _xHHHH_, and an
// underscore that would read as the start of one as _x005F_.
std::string DecodeEscapes(std::string_view text) {
  if (text.find("_x") == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned code = 0;
    if (text.substr(i, 2) == "_x" && i + 7 <= text.size() && text[i + 6] == '_' &&
        std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16).ptr == text.data() + i + 6 &&
        (code < 0xD800 || code > 0xDFFF)) {
      if (code < 0x80) {
        out += static_cast<char>(code);
      } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
      } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
      }
      i += 7;
    } else {
      out += text[i++];
    }
  }
  return out;
}

// --- xl/workbook.xml: the sheets in the order of their tabs ---------------------------------

struct WorkbookState : ParseState {
  std::vector<std::string> sheet_ids;  // each <sheet>'s r:id
};

void XMLCALL OnWorkbookStart(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto& state = StateOf<WorkbookState>(data);
  if (state.Done() || LocalName(name) != "sheet") return;
  for (int i = 0; attributes[i] != nullptr; i += 2) {
    // r:id, the one namespaced "id" (sheetId is something else).
    if (HasNamespace(attributes[i]) && LocalName(attributes[i]) == "id") state.sheet_ids.emplace_back(attributes[i + 1]);
  }
}

void XMLCALL OnWorkbookEnd(void* data, const XML_Char* name) {
  auto& state = StateOf<WorkbookState>(data);
  if (!state.Done() && LocalName(name) == "sheets") state.Finish();  // defined names and the rest: not needed
}

void XMLCALL IgnoreText(void*, const XML_Char*, int) {}

// --- xl/_rels/workbook.xml.rels: where each sheet's part is -----------------------------------

struct Relationship {
  std::string type;
  std::string target;
};

struct RelationshipsState : ParseState {
  std::unordered_map<std::string, Relationship> by_id;
};

void XMLCALL OnRelationshipStart(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto& state = StateOf<RelationshipsState>(data);
  if (state.Done() || LocalName(name) != "Relationship") return;
  const auto id = Attribute(attributes, "Id");
  const auto target = Attribute(attributes, "Target");
  if (!id || !target || Attribute(attributes, "TargetMode") == "External") return;
  state.by_id[std::string(*id)] = Relationship{std::string(Attribute(attributes, "Type").value_or("")), std::string(*target)};
}

void XMLCALL OnRelationshipEnd(void*, const XML_Char*) {}

// A target is relative to xl/ (where workbook.xml is), or from the archive's root when it
// starts with "/"; "." and ".." are resolved, since a zip has no directories to do it.
std::string ResolveTarget(std::string_view target) {
  std::vector<std::string_view> parts;
  if (!target.starts_with('/')) parts.push_back("xl");
  while (!target.empty()) {
    const auto slash = target.find('/');
    const auto part = target.substr(0, slash);
    target = slash == std::string_view::npos ? std::string_view() : target.substr(slash + 1);
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  std::string path;
  for (const auto part : parts) {
    if (!path.empty()) path += '/';
    path += part;
  }
  return path;
}

bool TypeIs(const Relationship& relationship, std::string_view kind) {
  // Transitional and Strict OOXML differ in the namespace, never in the last segment.
  return relationship.type.ends_with("/" + std::string(kind));
}

// --- xl/sharedStrings.xml: every distinct text of the workbook, once --------------------------

struct SharedTextState : ParseState {
  std::vector<std::string>* texts = nullptr;
  std::string current;
  bool in_item = false;
  bool in_text = false;
  int phonetic_depth = 0;  // inside <rPh>: the furigana of Japanese text, not part of it
};

void XMLCALL OnSharedStart(void* data, const XML_Char* name, const XML_Char**) {
  auto& state = StateOf<SharedTextState>(data);
  if (state.Done()) return;
  const auto local = LocalName(name);
  if (local == "si") {
    state.in_item = true;
    state.current.clear();
  } else if (local == "rPh") {
    ++state.phonetic_depth;
  } else if (local == "t" && state.in_item && state.phonetic_depth == 0) {
    state.in_text = true;  // plain <si><t>, or a rich-text run's <r><t>
  }
}

void XMLCALL OnSharedEnd(void* data, const XML_Char* name) {
  auto& state = StateOf<SharedTextState>(data);
  if (state.Done()) return;
  const auto local = LocalName(name);
  if (local == "t") {
    state.in_text = false;
  } else if (local == "rPh") {
    --state.phonetic_depth;
  } else if (local == "si") {
    state.texts->push_back(DecodeEscapes(state.current));
    state.in_item = false;
  }
}

void XMLCALL OnSharedText(void* data, const XML_Char* text, int length) {
  auto& state = StateOf<SharedTextState>(data);
  if (state.in_text && !state.Done()) state.current.append(text, static_cast<std::size_t>(length));
}

// --- the worksheet, streamed a row at a time --------------------------------------------------

enum class CellType { kNumber, kShared, kInline, kFormulaText, kBoolean, kError, kOther };

CellType TypeOf(std::optional<std::string_view> t) {
  if (!t || *t == "n") return CellType::kNumber;
  if (*t == "s") return CellType::kShared;
  if (*t == "inlineStr") return CellType::kInline;
  if (*t == "str") return CellType::kFormulaText;
  if (*t == "b") return CellType::kBoolean;
  if (*t == "e") return CellType::kError;
  return CellType::kOther;  // "d", an ISO date in Strict files: kept as written
}

// "AB" -> 27 (A is 0). Past XFD answers kMaxColumns, so a long run of letters cannot overflow.
std::size_t ColumnIndex(std::string_view letters) {
  std::size_t column = 0;
  for (const char c : letters) {
    column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    if (column > kMaxColumns) return kMaxColumns;
  }
  return column - 1;
}

std::string ColumnName(std::size_t column) {
  std::string name;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  return name;
}

// A number as the file writes it; a whole one in exponent form as its digits. Excel writes up
// to 17 significant digits, so the CDS code 19647336016430 may arrive as 1.9647336016430001E+13:
// the nearest double is the whole number itself. Past 2^53 a double no longer holds every
// integer, so those stay as written.
std::string NumberText(std::string_view value) {
  if (value.find_first_of("eE") == std::string_view::npos) return std::string(value);
  double number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc() || end != value.data() + value.size()) return std::string(value);
  if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) >= 9007199254740992.0) {
    return std::string(value);
  }
  return std::to_string(static_cast<std::int64_t>(number));
}

struct SheetState : ParseState {
  const std::vector<std::string>* shared = nullptr;
  const CsvRowFn* on_row = nullptr;
  std::vector<std::pair<std::size_t, std::string>> cells;  // the row's cells that hold text
  std::size_t width = 0;                                     // one past the highest column seen
  std::vector<std::string> fields;                           // the row handed over
  std::uint64_t cells_handed = 0;                            // fields of every row so far, for kMaxCells
  std::int64_t row = 0;   // the current row's number as Excel shows it
  std::int64_t rows = 0;  // rows handed over
  bool in_row = false;
  // The current cell.
  bool in_cell = false;
  std::size_t column = 0;
  std::size_t next_column = 0;  // where a cell without r="..." goes
  CellType type = CellType::kNumber;
  std::string value;        // its <v>
  std::string inline_text;  // its <is>, runs joined
  bool in_value = false;
  bool in_inline = false;
  bool in_text = false;
  int phonetic_depth = 0;
};

std::string CellName(const SheetState& state) { return ColumnName(state.column) + std::to_string(state.row); }

// The text the current cell shows, or nullopt once it refused the file.
std::optional<std::string> CellText(SheetState& state) {
  const std::string_view value = core::Trim(std::string_view(state.value));
  switch (state.type) {
    case CellType::kShared: {
      if (value.empty()) return std::string();
      const auto index = core::ParseInt(value, 0, INT64_MAX);
      if (!index) {
        state.Refuse(Unreadable("cell " + CellName(state) + " should point to shared text but holds no number"));
        return std::nullopt;
      }
      if (static_cast<std::uint64_t>(*index) >= state.shared->size()) {
        const auto held = state.shared->size();
        state.Refuse(Unreadable("cell " + CellName(state) + " points to shared text number " + std::to_string(*index) +
                                ", but the workbook holds " + (held == 0 ? "none" : std::to_string(held))));
        return std::nullopt;
      }
      return std::string(core::Trim(std::string_view((*state.shared)[static_cast<std::size_t>(*index)])));
    }
    case CellType::kInline: return core::Trim(DecodeEscapes(state.inline_text));
    case CellType::kFormulaText: return core::Trim(DecodeEscapes(state.value));
    case CellType::kBoolean: return value == "1" ? "TRUE" : value == "0" ? "FALSE" : std::string(value);
    case CellType::kNumber: return NumberText(value);
    case CellType::kError:
    case CellType::kOther: return std::string(value);
  }
  return std::string(value);
}

void StartRow(SheetState& state, const XML_Char** attributes) {
  state.in_row = true;
  state.cells.clear();
  state.width = 0;
  state.next_column = 0;
  const auto r = Attribute(attributes, "r");
  const auto number = r ? core::ParseInt(*r, 1, kMaxRows) : std::nullopt;
  state.row = number ? *number : state.row + 1;
}

void StartCell(SheetState& state, const XML_Char** attributes) {
  state.in_cell = true;
  state.value.clear();
  state.inline_text.clear();
  state.type = TypeOf(Attribute(attributes, "t"));
  state.column = state.next_column;
  if (const auto r = Attribute(attributes, "r")) {
    const auto letters = r->substr(0, std::min(r->find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), r->size()));
    if (!letters.empty()) state.column = ColumnIndex(letters);
  }
  if (state.column >= kMaxColumns) {
    state.Refuse(Unreadable("row " + std::to_string(state.row) +
                            " has a cell past column XFD, the last of the 16,384 columns Excel allows"));
    return;
  }
  state.next_column = state.column + 1;
  state.width = std::max(state.width, state.column + 1);
}

void XMLCALL OnSheetStart(void* data, const XML_Char* name, const XML_Char** attributes) {
  auto& state = StateOf<SheetState>(data);
  if (state.Done()) return;
  const auto local = LocalName(name);
  if (local == "row") {
    StartRow(state, attributes);
  } else if (!state.in_row) {
    return;
  } else if (local == "c") {
    StartCell(state, attributes);
  } else if (!state.in_cell) {
    return;
  } else if (local == "v") {
    state.in_value = true;  // <f>, the formula itself, is not read: <v> holds what it showed
  } else if (local == "is") {
    state.in_inline = true;
  } else if (local == "rPh") {
    ++state.phonetic_depth;
  } else if (local == "t" && state.in_inline && state.phonetic_depth == 0) {
    state.in_text = true;
  }
}

void XMLCALL OnSheetEnd(void* data, const XML_Char* name) {
  auto& state = StateOf<SheetState>(data);
  if (state.Done()) return;
  const auto local = LocalName(name);
  if (local == "v") {
    state.in_value = false;
  } else if (local == "t") {
    state.in_text = false;
  } else if (local == "rPh") {
    --state.phonetic_depth;
  } else if (local == "is") {
    state.in_inline = false;
  } else if (local == "c" && state.in_cell) {
    state.in_cell = false;
    auto text = CellText(state);
    if (text && !text->empty()) state.cells.emplace_back(state.column, std::move(*text));
  } else if (local == "row" && state.in_row) {
    state.in_row = false;
    if (state.cells.empty()) return;  // blank: skipped, and no empty fields are made for it
    state.cells_handed += state.width;
    if (state.cells_handed > kMaxCells) {
      state.Refuse(core::Error{core::ErrorCode::kInvalidInput,
                               "The file is too large to read: its worksheet holds more than 64 million cells. "
                               "Split the list into smaller workbooks.",
                               {}, "file"});
      return;
    }
    // Cells left out of the row are "".
    state.fields.clear();
    state.fields.resize(state.width);
    for (auto& [column, text] : state.cells) state.fields[column] = std::move(text);
    ++state.rows;
    if (!(*state.on_row)(state.row, state.fields)) state.Finish();
  } else if (local == "sheetData") {
    state.Finish();  // merged cells, print settings and the rest hold no rows
  }
}

void XMLCALL OnSheetText(void* data, const XML_Char* text, int length) {
  auto& state = StateOf<SheetState>(data);
  if (state.Done()) return;
  if (state.in_value) state.value.append(text, static_cast<std::size_t>(length));
  if (state.in_text) state.inline_text.append(text, static_cast<std::size_t>(length));
}

// --- the archive --------------------------------------------------------------------------------

core::Result<Archive> OpenArchive(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  // The buffer is borrowed, not copied: `bytes` outlives the archive.
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* zip = source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY, &error);
  const std::string detail = zip_error_strerror(&error);
  zip_error_fini(&error);
  if (zip != nullptr) return Archive(zip);
  if (source != nullptr) zip_source_free(source);  // the archive owns it only once opened
  if (!LooksLikeZip(bytes)) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The file is not an Excel workbook (.xlsx): save the list from Excel as .xlsx, or as CSV UTF-8.",
                      detail, "file");
  }
  // A zip keeps its table of contents at the end: a file cut short in the upload loses it.
  return core::Fail(Unreadable("it is cut short or damaged (upload it again if it opens in Excel)", detail));
}

zip_int64_t Locate(zip_t* zip, const std::string& path) { return zip_name_locate(zip, path.c_str(), ZIP_FL_NOCASE); }

}  // namespace

bool LooksLikeZip(std::string_view bytes) { return bytes.starts_with("PK\x03\x04"); }

core::Result<std::int64_t> ReadXlsxRows(std::string_view bytes, const CsvRowFn& on_row) {
  if (bytes.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "The file is empty: export the list again with its header row.", {},
                      "file");
  }
  if (bytes.starts_with(kOleHeader)) {
    return core::Fail(core::ErrorCode::kInvalidInput,
                      "The file is an Excel 97–2003 .xls workbook, or one protected with a password: open it in "
                      "Excel and save it as .xlsx (with no password), or as CSV UTF-8.",
                      {}, "file");
  }
  auto archive = OpenArchive(bytes);
  if (!archive) return core::Fail(std::move(archive.error()));
  zip_t* zip = archive->get();

  const zip_int64_t workbook = Locate(zip, "xl/workbook.xml");
  if (workbook < 0) return core::Fail(Unreadable("it is a zip archive with no workbook in it (no xl/workbook.xml)"));
  WorkbookState sheets;
  sheets.what = "its list of sheets (xl/workbook.xml)";
  if (auto parsed = ParsePart(zip, workbook, kMaxSmallPartBytes, sheets, OnWorkbookStart, OnWorkbookEnd, IgnoreText);
      !parsed) {
    return core::Fail(std::move(parsed.error()));
  }
  if (sheets.sheet_ids.empty()) return core::Fail(Unreadable("its workbook has no sheet"));

  // The first sheet is the first <sheet> that is a worksheet (a chart sheet holds no rows); its
  // part is wherever the relationships say, whatever its file is called.
  std::string sheet_path = "xl/worksheets/sheet1.xml";
  std::string shared_path = "xl/sharedStrings.xml";
  if (const zip_int64_t rels = Locate(zip, "xl/_rels/workbook.xml.rels"); rels >= 0) {
    RelationshipsState links;
    links.what = "its list of parts (xl/_rels/workbook.xml.rels)";
    if (auto parsed = ParsePart(zip, rels, kMaxSmallPartBytes, links, OnRelationshipStart, OnRelationshipEnd, IgnoreText);
        !parsed) {
      return core::Fail(std::move(parsed.error()));
    }
    const Relationship* first = nullptr;
    for (const auto& id : sheets.sheet_ids) {
      const auto found = links.by_id.find(id);
      if (found == links.by_id.end()) {
        return core::Fail(Unreadable("its workbook lists a sheet (" + id + ") whose part is not named in it"));
      }
      if (found->second.type.empty() || TypeIs(found->second, "worksheet")) {
        first = &found->second;
        break;
      }
    }
    if (first == nullptr) return core::Fail(Unreadable("its workbook has no worksheet, only chart sheets"));
    sheet_path = ResolveTarget(first->target);
    for (const auto& [id, link] : links.by_id) {
      if (TypeIs(link, "sharedStrings")) shared_path = ResolveTarget(link.target);
    }
  }
  const zip_int64_t sheet = Locate(zip, sheet_path);
  if (sheet < 0) return core::Fail(Unreadable("its first worksheet (" + sheet_path + ") is missing"));

  // Shared text is optional: a workbook whose cells are all numbers or inline text has none.
  std::vector<std::string> shared;
  if (const zip_int64_t texts = Locate(zip, shared_path); texts >= 0) {
    SharedTextState state;
    state.what = "its shared text (" + shared_path + ")";
    state.texts = &shared;
    if (auto parsed = ParsePart(zip, texts, kMaxSharedTextBytes, state, OnSharedStart, OnSharedEnd, OnSharedText);
        !parsed) {
      return core::Fail(std::move(parsed.error()));
    }
  }

  SheetState rows;
  rows.what = "its worksheet (" + sheet_path + ")";
  rows.shared = &shared;
  rows.on_row = &on_row;
  if (auto parsed = ParsePart(zip, sheet, kMaxSheetBytes, rows, OnSheetStart, OnSheetEnd, OnSheetText); !parsed) {
    return core::Fail(std::move(parsed.error()));
  }
  return rows.rows;
}

}  // namespace practica::features
