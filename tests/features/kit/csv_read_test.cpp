// Reading the CSV files a district's staff upload, as Excel and district systems write them: a
// byte-order mark, Windows-1252 accents, semicolons, quoted fields with commas and line breaks,
// blank lines; a quote never closed names its row. The schools are LAUSD's, as the seeds spell
// them ("Garvanza ES", "Hermon Dual Language Academy").
#include <gtest/gtest.h>

#include "features/kit/csv_read.hpp"

namespace practica::features {
namespace {

std::vector<std::vector<std::string>> Rows(std::string_view bytes, std::vector<std::int64_t>* numbers = nullptr) {
  auto sheet = DecodeSheetText(bytes);
  EXPECT_TRUE(sheet.has_value());
  std::vector<std::vector<std::string>> rows;
  auto read = ReadCsvRows(sheet->text, GuessDelimiter(sheet->text), [&](std::int64_t row, std::vector<std::string>& fields) {
    if (numbers) numbers->push_back(row);
    rows.push_back(fields);
    return true;
  });
  EXPECT_TRUE(read.has_value()) << (read ? "" : read.error().message);
  return rows;
}

TEST(DecodeSheetText, DropsTheByteOrderMarkOfCsvUtf8) {
  const auto sheet = DecodeSheetText("\xEF\xBB\xBF" "CDS code,Name\n");
  ASSERT_TRUE(sheet);
  EXPECT_EQ(sheet->text, "CDS code,Name\n");
  EXPECT_EQ(sheet->encoding, "UTF-8");
}

TEST(DecodeSheetText, ReadsExcelsWindows1252AsUtf8) {
  // "Sotomayor Arts & Sciences Magnet – Niños" saved by Excel on Windows: é, ñ and the en dash.
  const auto sheet = DecodeSheetText("Caf\xE9;Ni\xF1os \x96 Sotomayor\n");
  ASSERT_TRUE(sheet);
  EXPECT_EQ(sheet->encoding, "Windows-1252");
  EXPECT_EQ(sheet->text, "Café;Niños – Sotomayor\n");
}

TEST(DecodeSheetText, RefusesAnEmptyFileAndAWorkbook) {
  EXPECT_FALSE(DecodeSheetText(""));
  EXPECT_FALSE(DecodeSheetText("\xEF\xBB\xBF"));
  const auto workbook = DecodeSheetText(std::string("PK\x03\x04\0\0", 6));
  ASSERT_FALSE(workbook);
  EXPECT_NE(workbook.error().message.find("xlsx"), std::string::npos);
}

TEST(GuessDelimiter, FindsExcelsSemicolonsAndTabs) {
  EXPECT_EQ(GuessDelimiter("CDS code,Name,Local district\n"), ',');
  EXPECT_EQ(GuessDelimiter("CDS code;Name;Local district\n1;\"A, B\";C"), ';');
  EXPECT_EQ(GuessDelimiter("CDS code\tName\tLocal district\n"), '\t');
  // A comma inside a quoted header does not count.
  EXPECT_EQ(GuessDelimiter("\"Name, as listed\";Local district;Type\n"), ';');
}

TEST(ReadCsvRows, ReadsQuotesCommasLineBreaksAndSkipsBlankLines) {
  std::vector<std::int64_t> numbers;
  const auto rows = Rows(
      "CDS code,Name,Local district\r\n"
      "19647336016430,\"Garvanza ES\",Northeast\r\n"
      ",,\r\n"
      "19647330000001,\"Hermon Dual Language Academy, \"\"Hermon\"\"\",\"North\neast\"\r\n"
      "  19647330000002 , Aldama ES ,Northeast",
      &numbers);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1], (std::vector<std::string>{"19647336016430", "Garvanza ES", "Northeast"}));
  EXPECT_EQ(rows[2][1], "Hermon Dual Language Academy, \"Hermon\"");
  EXPECT_EQ(rows[2][2], "North\neast");
  EXPECT_EQ(rows[3], (std::vector<std::string>{"19647330000002", "Aldama ES", "Northeast"}));
  // Row numbers as the spreadsheet shows them: Excel writes its blank row 3 as ",,".
  EXPECT_EQ(numbers, (std::vector<std::int64_t>{1, 2, 4, 5}));
}

TEST(ReadCsvRows, NamesTheRowOfAQuoteNeverClosed) {
  const auto read = ReadCsvRows("Name,Local district\nGarvanza ES,Northeast\n\"Hope Street,Central\n", ',',
                                [](std::int64_t, std::vector<std::string>&) { return true; });
  ASSERT_FALSE(read);
  EXPECT_EQ(read.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_NE(read.error().message.find("Row 3"), std::string::npos) << read.error().message;
}

TEST(ReadCsvRows, StopsWhenAskedAndCountsWhatItRead) {
  std::string text = "Name\n";
  for (int i = 0; i < 100000; ++i) text += "School " + std::to_string(i) + "\n";
  std::int64_t seen = 0;
  const auto all = ReadCsvRows(text, ',', [&](std::int64_t, std::vector<std::string>&) { return ++seen > 0; });
  ASSERT_TRUE(all);
  EXPECT_EQ(*all, 100001);
  seen = 0;
  const auto some = ReadCsvRows(text, ',', [&](std::int64_t, std::vector<std::string>&) { return ++seen < 10; });
  ASSERT_TRUE(some);
  EXPECT_EQ(seen, 10);
}

}  // namespace
}  // namespace practica::features
