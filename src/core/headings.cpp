#include "core/headings.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

namespace practica::core {

std::string SquashHeading(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
  }
  return out;
}

std::map<std::string, std::size_t, std::less<>> MapHeadings(
    const std::vector<std::string>& header, const std::map<std::string, std::string, std::less<>>& spellings,
    const std::map<std::string, std::string, std::less<>>& remembered, const std::vector<std::string>& fields) {
  std::map<std::string, std::size_t, std::less<>> columns;
  std::vector<bool> used(header.size(), false);
  const auto known = [&](const std::string& field) { return std::ranges::find(fields, field) != fields.end(); };
  for (std::size_t i = 0; i < header.size(); ++i) {
    auto chosen = remembered.find(ToLower(header[i]));
    if (chosen == remembered.end() || !known(chosen->second)) continue;
    if (columns.emplace(chosen->second, i).second) used[i] = true;
  }
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (used[i]) continue;
    auto field = spellings.find(SquashHeading(header[i]));
    if (field != spellings.end() && known(field->second)) columns.emplace(field->second, i);
  }
  return columns;
}

}  // namespace practica::core
