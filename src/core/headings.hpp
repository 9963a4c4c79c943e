// Finding a list's columns by their headings, the way staff's spreadsheets write them ("E-mail
// Address", "EMAIL", "School Name"): headings compared by their letters and digits only, what
// staff mapped by hand before winning over what merely looks like a field, and the first column
// of a field taking it (a second "Name" column is left for staff to map).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace practica::core {

// A heading as compared: lower case, letters and digits only ("School Name" → "schoolname").
std::string SquashHeading(std::string_view text);

// Field name → the column's index in `header`. `spellings`: squashed heading → field name;
// `remembered`: lower-cased heading → field name, as staff mapped it (only `fields` are taken).
std::map<std::string, std::size_t, std::less<>> MapHeadings(
    const std::vector<std::string>& header, const std::map<std::string, std::string, std::less<>>& spellings,
    const std::map<std::string, std::string, std::less<>>& remembered, const std::vector<std::string>& fields);

}  // namespace practica::core
