// What a spreadsheet opened from an XLSX download shows, read back for a test: the first sheet's
// cells, row by row. An XLSX file is a zip; the sheet is one deflated XML entry in it, inflated
// here with zlib (the project already links it) so a test can assert the cells a person sees
// rather than that some bytes came back.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace practica::testing {

// The rows of xl/worksheets/sheet1.xml, each row's cells as text (inline strings and numbers).
// Empty when the sheet has no rows; throws std::runtime_error when `xlsx` is not a workbook.
std::vector<std::vector<std::string>> XlsxRows(std::string_view xlsx);

}  // namespace practica::testing
