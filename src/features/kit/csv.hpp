// CSV as RFC 4180 writes it, safe to open in a spreadsheet: a field that a spreadsheet would
// run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading
// apostrophe, so text a school typed can never become a formula on a staff member's machine.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace practica::features {

std::string CsvField(std::string_view value);
// The fields, each escaped, separated by commas and ended by CRLF.
std::string CsvLine(const std::vector<std::string>& fields);

}  // namespace practica::features
