// Reading the .xlsx workbooks district staff upload: real ones written by libxlsxwriter (shared
// text, a 14-digit CDS code, a blank row, a sparse row, a second sheet, 100,000 rows in constant
// memory) and hand-made ones for what Excel writes and libxlsxwriter does not (inline text,
// booleans, errors, formula results, a number in exponent form), plus every way an upload can
// fail to be a workbook. The schools and people are the seeds' ("Garvanza ES", Allison Jonas).
#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <random>
#include <utility>

#include "features/kit/xlsx_read.hpp"

namespace practica::features {
namespace {

using Rows = std::vector<std::vector<std::string>>;
using Files = std::vector<std::pair<std::string, std::string>>;

std::string FileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A workbook as libxlsxwriter writes it, read back as the bytes an upload brings.
std::string Workbook(const std::function<void(lxw_workbook*)>& fill, bool constant_memory = false) {
  static int made = 0;
  const auto path = std::filesystem::temp_directory_path() /
                    ("xlsx_read_test_" + std::to_string(getpid()) + "_" + std::to_string(++made) + ".xlsx");
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  EXPECT_NE(workbook, nullptr);
  fill(workbook);
  EXPECT_EQ(workbook_close(workbook), LXW_NO_ERROR);
  std::string bytes = FileBytes(path);
  std::filesystem::remove(path);
  return bytes;
}

// A zip archive of `files`, written by libzip into memory.
std::string Zip(const Files& files) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  EXPECT_NE(buffer, nullptr);
  zip_source_keep(buffer);  // still ours after zip_close, to read the archive back
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr);
  for (const auto& [name, content] : files) {
    zip_source_t* file = zip_source_buffer(archive, content.data(), content.size(), 0);
    EXPECT_GE(zip_file_add(archive, name.c_str(), file, ZIP_FL_ENC_UTF_8), 0);
  }
  EXPECT_EQ(zip_close(archive), 0);
  EXPECT_EQ(zip_source_open(buffer), 0);
  zip_source_seek(buffer, 0, SEEK_END);
  std::string bytes(static_cast<std::size_t>(zip_source_tell(buffer)), '\0');
  zip_source_seek(buffer, 0, SEEK_SET);
  EXPECT_EQ(zip_source_read(buffer, bytes.data(), bytes.size()), static_cast<zip_int64_t>(bytes.size()));
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

constexpr std::string_view kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view kRelations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string WorkbookXml(std::string_view sheets) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"" + std::string(kMain) +
         "\" xmlns:r=\"" + std::string(kRelations) + "\"><sheets>" + std::string(sheets) + "</sheets></workbook>";
}

std::string RelsXml(std::string_view relationships) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         std::string(relationships) + "</Relationships>";
}

std::string Relationship(std::string_view id, std::string_view type, std::string_view target) {
  return "<Relationship Id=\"" + std::string(id) + "\" Type=\"" + std::string(kRelations) + "/" + std::string(type) +
         "\" Target=\"" + std::string(target) + "\"/>";
}

std::string SheetXml(std::string_view rows) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + std::string(kMain) +
         "\">\n<sheetData>\n" + std::string(rows) + "\n</sheetData>\n</worksheet>";
}

// The smallest workbook Excel would open: one sheet, and shared text when given.
std::string OneSheet(std::string_view rows, std::string_view shared = {}) {
  Files files = {{"xl/workbook.xml", WorkbookXml("<sheet name=\"Schools\" sheetId=\"1\" r:id=\"rId1\"/>")},
                 {"xl/_rels/workbook.xml.rels", RelsXml(Relationship("rId1", "worksheet", "worksheets/sheet1.xml"))},
                 {"xl/worksheets/sheet1.xml", SheetXml(rows)}};
  if (!shared.empty()) files.emplace_back("xl/sharedStrings.xml", std::string(shared));
  return Zip(files);
}

Rows Read(std::string_view bytes, std::vector<std::int64_t>* numbers = nullptr) {
  Rows rows;
  const auto read = ReadXlsxRows(bytes, [&](std::int64_t row, std::vector<std::string>& fields) {
    if (numbers) numbers->push_back(row);
    rows.push_back(fields);
    return true;
  });
  EXPECT_TRUE(read.has_value()) << (read ? "" : read.error().message);
  if (read) {
    EXPECT_EQ(*read, static_cast<std::int64_t>(rows.size()));
  }
  return rows;
}

// The message of the refusal, after checking it is one a person can act on.
std::string Refusal(std::string_view bytes) {
  bool called = false;
  const auto read = ReadXlsxRows(bytes, [&](std::int64_t, std::vector<std::string>&) { return called = true; });
  EXPECT_FALSE(read.has_value());
  if (read) return {};
  EXPECT_EQ(read.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(read.error().field, "file");
  return read.error().message;
}

bool Says(const std::string& message, std::string_view words) { return message.find(words) != std::string::npos; }

// The school directory as staff keep it, written by a real writer.
std::string Directory() {
  return Workbook([](lxw_workbook* workbook) {
    lxw_worksheet* schools = workbook_add_worksheet(workbook, "Schools");
    worksheet_write_string(schools, 0, 0, "CDS code", nullptr);
    worksheet_write_string(schools, 0, 1, "Name", nullptr);
    worksheet_write_string(schools, 0, 2, "Local district", nullptr);
    worksheet_write_number(schools, 1, 0, 19647336016430.0, nullptr);
    worksheet_write_string(schools, 1, 1, "Garvanza ES", nullptr);
    worksheet_write_string(schools, 1, 2, "Northeast", nullptr);
    // Row 3 left empty; row 4 holds only spaces, which is as blank once trimmed.
    worksheet_write_string(schools, 3, 1, "   ", nullptr);
    worksheet_write_number(schools, 4, 0, 19647330000001.0, nullptr);
    worksheet_write_string(schools, 4, 1, "  Hermon Dual Language Academy ", nullptr);
    worksheet_write_string(schools, 4, 2, " Northeast", nullptr);
    // A sparse row: columns A and D only.
    worksheet_write_number(schools, 5, 0, 19647330000002.0, nullptr);
    worksheet_write_string(schools, 5, 3, "Closed for renovation", nullptr);
    lxw_worksheet* staff = workbook_add_worksheet(workbook, "Staff");
    worksheet_write_string(staff, 0, 0, "Allison Jonas", nullptr);
    worksheet_write_string(staff, 0, 1, "allison.jonas@lausd.net", nullptr);
  });
}

TEST(LooksLikeZip, TellsAWorkbookFromACsvAndAnOldXls) {
  EXPECT_TRUE(LooksLikeZip(Directory()));
  EXPECT_TRUE(LooksLikeZip(std::string_view("PK\x03\x04", 4)));
  EXPECT_FALSE(LooksLikeZip("CDS code,Name,Local district\n"));
  EXPECT_FALSE(LooksLikeZip(std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)));
  EXPECT_FALSE(LooksLikeZip("PK"));
  EXPECT_FALSE(LooksLikeZip(""));
}

TEST(ReadXlsxRows, ReadsTheSchoolDirectoryAsExcelShowsIt) {
  std::vector<std::int64_t> numbers;
  const auto rows = Read(Directory(), &numbers);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"CDS code", "Name", "Local district"}));
  // The CDS code is a number in Excel: its 14 digits, not 1.96473E+13.
  EXPECT_EQ(rows[1], (std::vector<std::string>{"19647336016430", "Garvanza ES", "Northeast"}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"19647330000001", "Hermon Dual Language Academy", "Northeast"}));
  EXPECT_EQ(rows[3], (std::vector<std::string>{"19647330000002", "", "", "Closed for renovation"}));
  // Rows 3 (empty) and 4 (spaces) are skipped; the numbers after them are still Excel's.
  EXPECT_EQ(numbers, (std::vector<std::int64_t>{1, 2, 5, 6}));
}

TEST(ReadXlsxRows, ReadsOnlyTheFirstSheet) {
  for (const auto& row : Read(Directory())) {
    for (const auto& field : row) EXPECT_NE(field, "Allison Jonas");
  }
}

TEST(ReadXlsxRows, StopsWhenAskedAndCountsWhatItRead) {
  std::vector<std::int64_t> numbers;
  const auto read = ReadXlsxRows(Directory(), [&](std::int64_t row, std::vector<std::string>&) {
    numbers.push_back(row);
    return numbers.size() < 2;
  });
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(*read, 2);
  EXPECT_EQ(numbers, (std::vector<std::int64_t>{1, 2}));
}

TEST(ReadXlsxRows, ReadsInlineTextBooleansErrorsFormulaResultsAndLongNumbers) {
  // As Excel and other writers put them: rich text in runs (the phonetic guide is not text),
  // a formula's cached result, an error, a CDS code Excel wrote with 17 digits, a cell with no
  // reference (it goes next), a row with no number (one past the last).
  const auto rows = Read(OneSheet(
      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> Allison Jonas </t></is></c>"
      "<c r=\"B2\" t=\"inlineStr\"><is><r><t>allison.jonas</t></r><r><rPr><b/></rPr><t>@lausd.net</t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>ジョナス</t></rPh></is></c>"
      "<c r=\"C2\" t=\"b\"><v>1</v></c><c r=\"D2\" t=\"b\"><v>0</v></c>"
      "<c r=\"E2\" t=\"e\"><f>VLOOKUP(A2,Staff!A:B,2,FALSE)</f><v>#N/A</v></c>"
      "<c r=\"F2\" t=\"str\"><f>A2&amp;\" (Garvanza ES)\"</f><v>Allison Jonas (Garvanza ES)</v></c>"
      "<c r=\"G2\"><v>1.9647336016430001E+13</v></c><c r=\"H2\" t=\"n\"><v>0.5</v></c><c><v>2.5E-1</v></c></row>"
      "<row><c r=\"A3\" t=\"inlineStr\"><is><t>Line one_x000D_</t></is></c><c r=\"B3\"><f>1+1</f></c></row>"));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"Allison Jonas", "allison.jonas@lausd.net", "TRUE", "FALSE", "#N/A",
                                               "Allison Jonas (Garvanza ES)", "19647336016430", "0.5", "2.5E-1"}));
  // _x000D_ is how Excel writes a carriage return; trimmed like any other.
  EXPECT_EQ(rows[1], (std::vector<std::string>{"Line one", ""}));
}

TEST(ReadXlsxRows, FindsTheFirstTabThroughTheWorkbooksOwnLinks) {
  // The first tab is "Directory", kept in sheet2.xml under an absolute link, with a prefix on
  // every element and its shared text under another name; sheet1.xml is an older tab.
  const std::string prefixed = "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"" + std::string(kMain) +
                               "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>1</x:v></x:c>"
                               "<x:c r=\"B1\" t=\"s\"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>";
  const std::string shared = "<sst xmlns=\"" + std::string(kMain) +
                             "\" count=\"2\" uniqueCount=\"2\"><si><t>Northeast</t></si>"
                             "<si><r><t>Garvanza</t></r><r><t xml:space=\"preserve\"> ES</t></r></si></sst>";
  const auto rows = Read(Zip({
      {"xl/workbook.xml", WorkbookXml("<sheet name=\"Directory\" sheetId=\"2\" r:id=\"rId7\"/>"
                                      "<sheet name=\"Old\" sheetId=\"1\" r:id=\"rId1\"/>")},
      {"xl/_rels/workbook.xml.rels",
       RelsXml(Relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
               Relationship("rId7", "worksheet", "/xl/worksheets/sheet2.xml") +
               Relationship("rId9", "sharedStrings", "text/shared.xml"))},
      {"xl/worksheets/sheet1.xml", SheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Old</t></is></c></row>")},
      {"xl/worksheets/sheet2.xml", prefixed},
      {"xl/text/shared.xml", shared},
  }));
  EXPECT_EQ(rows, (Rows{{"Garvanza ES", "Northeast"}}));
}

TEST(ReadXlsxRows, ReadsSheet1WhenTheWorkbookHasNoLinks) {
  const auto rows = Read(Zip({
      {"xl/workbook.xml", WorkbookXml("<sheet name=\"Schools\" sheetId=\"1\" r:id=\"rId1\"/>")},
      {"xl/worksheets/sheet1.xml", SheetXml("<row r=\"1\"><c r=\"A1\"><v>19647336016430</v></c></row>")},
  }));
  EXPECT_EQ(rows, (Rows{{"19647336016430"}}));
}

TEST(ReadXlsxRows, ReadsAHundredThousandRows) {
  constexpr int kSchools = 100000;
  const std::string bytes = Workbook(
      [](lxw_workbook* workbook) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Schools");
        worksheet_write_string(sheet, 0, 0, "CDS code", nullptr);
        worksheet_write_string(sheet, 0, 1, "Name", nullptr);
        worksheet_write_string(sheet, 0, 2, "Local district", nullptr);
        for (int i = 1; i <= kSchools; ++i) {
          worksheet_write_number(sheet, static_cast<lxw_row_t>(i), 0, 19647330000000.0 + i, nullptr);
          worksheet_write_string(sheet, static_cast<lxw_row_t>(i), 1, ("School " + std::to_string(i)).c_str(), nullptr);
          worksheet_write_string(sheet, static_cast<lxw_row_t>(i), 2, "Northeast", nullptr);
        }
      },
      /*constant_memory=*/true);
  std::int64_t last_row = 0;
  std::vector<std::string> last;
  const auto read = ReadXlsxRows(bytes, [&](std::int64_t row, std::vector<std::string>& fields) {
    last_row = row;
    last = std::move(fields);
    return true;
  });
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(*read, kSchools + 1);
  EXPECT_EQ(last_row, kSchools + 1);
  EXPECT_EQ(last, (std::vector<std::string>{"19647330100000", "School 100000", "Northeast"}));
}

TEST(ReadXlsxRows, TellsAnOldXlsToBeSavedAsXlsx) {
  std::string xls("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  xls.resize(4096, '\0');
  const auto message = Refusal(xls);
  EXPECT_TRUE(Says(message, ".xls")) << message;
  EXPECT_TRUE(Says(message, "save it as .xlsx")) << message;
}

TEST(ReadXlsxRows, RefusesRandomBytesAndAnEmptyFile) {
  std::mt19937 random(20240817);
  std::string noise(2048, '\0');
  for (auto& byte : noise) byte = static_cast<char>(random());
  EXPECT_TRUE(Says(Refusal(noise), "not an Excel workbook"));
  EXPECT_TRUE(Says(Refusal("CDS code,Name\n19647336016430,Garvanza ES\n"), "not an Excel workbook"));
  EXPECT_TRUE(Says(Refusal(""), "empty"));
}

TEST(ReadXlsxRows, RefusesAWorkbookCutShort) {
  const std::string whole = Directory();
  const auto message = Refusal(std::string_view(whole).substr(0, whole.size() / 2));
  EXPECT_TRUE(Says(message, "cut short")) << message;
  EXPECT_TRUE(Says(message, "Save it again from Excel as .xlsx, or as CSV UTF-8.")) << message;
}

TEST(ReadXlsxRows, RefusesAZipWithoutAWorkbook) {
  const auto message = Refusal(Zip({{"word/document.xml", "<document/>"}}));
  EXPECT_TRUE(Says(message, "no workbook")) << message;
}

TEST(ReadXlsxRows, RefusesAWorkbookWithNoSheet) {
  const auto message = Refusal(Zip({{"xl/workbook.xml", WorkbookXml("")}}));
  EXPECT_TRUE(Says(message, "no sheet")) << message;
}

TEST(ReadXlsxRows, NamesTheLineOfBrokenWorksheetXml) {
  // Line 4 of the worksheet (after the declaration, <worksheet> and <sheetData>): a cell never
  // closed before its row is.
  const auto broken = Refusal(OneSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"));
  EXPECT_TRUE(Says(broken, "worksheet")) << broken;
  EXPECT_TRUE(Says(broken, "line 4")) << broken;
  const auto cut = Refusal(Zip({
      {"xl/workbook.xml", WorkbookXml("<sheet name=\"Schools\" sheetId=\"1\" r:id=\"rId1\"/>")},
      {"xl/worksheets/sheet1.xml", SheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").substr(0, 150)},
  }));
  EXPECT_TRUE(Says(cut, "cut short")) << cut;
}

TEST(ReadXlsxRows, RefusesAWorksheetWithADtd) {
  const std::string sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"Garvanza ES\">]>"
                            "<worksheet xmlns=\"" + std::string(kMain) + "\"><sheetData/></worksheet>";
  const auto message = Refusal(Zip({
      {"xl/workbook.xml", WorkbookXml("<sheet name=\"Schools\" sheetId=\"1\" r:id=\"rId1\"/>")},
      {"xl/worksheets/sheet1.xml", sheet},
  }));
  EXPECT_TRUE(Says(message, "DTD")) << message;
}

TEST(ReadXlsxRows, RefusesASharedTextNumberPastTheEnd) {
  const auto message = Refusal(OneSheet("<row r=\"7\"><c r=\"A7\" t=\"s\"><v>0</v></c><c r=\"C7\" t=\"s\"><v>5</v></c></row>",
                                        "<sst xmlns=\"" + std::string(kMain) + "\"><si><t>Garvanza ES</t></si></sst>"));
  EXPECT_TRUE(Says(message, "cell C7")) << message;
  EXPECT_TRUE(Says(message, "holds 1")) << message;
}

TEST(ReadXlsxRows, RefusesARowWiderThanExcelAllows) {
  const auto message = Refusal(OneSheet("<row r=\"4\"><c r=\"XFE4\"><v>1</v></c></row>"));
  EXPECT_TRUE(Says(message, "row 4")) << message;
  EXPECT_TRUE(Says(message, "XFD")) << message;
  std::string cells;
  for (int i = 0; i <= 16384; ++i) cells += "<c><v>1</v></c>";
  EXPECT_TRUE(Says(Refusal(OneSheet("<row r=\"1\">" + cells + "</row>")), "XFD"));
}

TEST(ReadXlsxRows, RefusesASmallSheetThatWouldMakeMillionsOfEmptyFields) {
  // Each row names A and XFD, the last column: 16,384 fields from a few dozen bytes.
  std::string rows;
  for (int row = 1; row <= 4000; ++row) {
    const std::string r = std::to_string(row);
    rows += "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>1</v></c><c r=\"XFD" + r + "\"><v>2</v></c></row>";
  }
  std::int64_t seen = 0;
  const auto read = ReadXlsxRows(OneSheet(rows), [&](std::int64_t, std::vector<std::string>& fields) {
    EXPECT_EQ(fields.size(), 16384u);
    return ++seen > 0;
  });
  ASSERT_FALSE(read);
  EXPECT_TRUE(Says(read.error().message, "too large")) << read.error().message;
  EXPECT_LT(seen, 4000);
}

TEST(ReadXlsxRows, RefusesAWorksheetThatWouldUnpackPastTheLimit) {
  // A zip bomb's archive claims its true size: the worksheet's entry in the table of contents
  // (signature PK\1\2, uncompressed size at +24, name at +46) is made to say 600 MiB.
  std::string bytes = OneSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
  const std::string name = "xl/worksheets/sheet1.xml";
  bool patched = false;
  for (auto at = bytes.find("PK\x01\x02"); at != std::string::npos; at = bytes.find("PK\x01\x02", at + 4)) {
    if (bytes.compare(at + 46, name.size(), name) != 0) continue;
    const std::uint32_t size = 600u * 1024 * 1024;
    for (int i = 0; i < 4; ++i) bytes[at + 24 + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
    patched = true;
  }
  ASSERT_TRUE(patched);
  const auto message = Refusal(bytes);
  EXPECT_TRUE(Says(message, "too large")) << message;
  EXPECT_TRUE(Says(message, "600 MiB")) << message;
}

}  // namespace
}  // namespace practica::features
