#include "app/source_tree.hpp"

#include <fstream>
#include <regex>
#include <sstream>

namespace practica::testing {

namespace fs = std::filesystem;

std::string RoomOf(const std::string& relative_path) {
  const auto first = relative_path.find('/');
  if (first == std::string::npos) return "app";  // main.cpp
  const auto top = relative_path.substr(0, first);
  if (top != "features") return top;
  const auto second = relative_path.find('/', first + 1);
  return relative_path.substr(0, second);
}

std::vector<SourceFile> ReadSourceTree(const fs::path& src) {
  std::vector<SourceFile> files;
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    if (!entry.is_regular_file()) continue;
    const auto extension = entry.path().extension().string();
    if (extension != ".cpp" && extension != ".hpp" && extension != ".sql") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    auto relative = fs::relative(entry.path(), src).generic_string();
    files.push_back({relative, RoomOf(relative), text.str()});
  }
  return files;
}

namespace {

std::string WithoutSqlComments(const std::string& text) {
  static const std::regex kComment("--[^\n]*");
  return std::regex_replace(text, kComment, " ");
}

}  // namespace

Schema ReadSchema(const std::vector<SourceFile>& files) {
  static const std::regex kCreate(R"(CREATE\s+(TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?([a-z_0-9]+))");
  Schema schema;
  for (const auto& file : files) {
    if (!file.path.ends_with(".sql")) continue;
    const auto text = WithoutSqlComments(file.text);
    for (std::sregex_iterator it(text.begin(), text.end(), kCreate), end; it != end; ++it) {
      auto& owners = (*it)[1] == "TABLE" ? schema.table_owner : schema.view_owner;
      owners[(*it)[2]] = file.room;
    }
  }
  return schema;
}

std::string SqlText(const SourceFile& file) {
  if (file.path.ends_with(".sql")) return WithoutSqlComments(file.text);
  const auto& s = file.text;
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s.compare(i, 2, "//") == 0) {
      i = s.find('\n', i);
      if (i == std::string::npos) break;
    } else if (s.compare(i, 2, "/*") == 0) {
      i = s.find("*/", i + 2);
      if (i == std::string::npos) break;
      i += 2;
    } else if (s[i] == '\'') {
      // A character literal: skip it so '"' does not open a string.
      ++i;
      while (i < s.size() && s[i] != '\'') i += s[i] == '\\' ? 2 : 1;
      ++i;
    } else if (s[i] == 'R' && i + 1 < s.size() && s[i + 1] == '"' &&
               (i == 0 || !(std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_'))) {
      const auto open = s.find('(', i);
      const auto delimiter = ")" + s.substr(i + 2, open - i - 2) + "\"";
      const auto close = s.find(delimiter, open);
      if (open == std::string::npos || close == std::string::npos) break;
      out += s.substr(open + 1, close - open - 1) + " ";
      i = close + delimiter.size();
    } else if (s[i] == '"') {
      ++i;
      while (i < s.size() && s[i] != '"') {
        if (s[i] == '\\' && i + 1 < s.size()) {
          out += s[i + 1] == 'n' ? ' ' : s[i + 1];
          i += 2;
        } else {
          out += s[i++];
        }
      }
      out += ' ';
      ++i;
    } else {
      ++i;
    }
  }
  return out;
}

std::vector<TableReference> TablesNamed(const std::string& sql) {
  static const std::regex kReference(R"(\b(FROM|JOIN|INTO|UPDATE)\s+([a-z_][a-z_0-9]*))");
  std::vector<TableReference> found;
  for (std::sregex_iterator it(sql.begin(), sql.end(), kReference), end; it != end; ++it) {
    found.push_back({(*it)[1], (*it)[2]});
  }
  return found;
}

bool HoldsSql(const std::string& sql) {
  static const std::regex kStatement(
      R"(\bSELECT\s[^;]*?\bFROM\s+[a-z_]|\bINSERT\s+INTO\s+[a-z_]|\bUPDATE\s+[a-z_]+\s+SET\b|\bDELETE\s+FROM\s+[a-z_])");
  return std::regex_search(sql, kStatement);
}

std::vector<std::string> Includes(const SourceFile& file) {
  static const std::regex kInclude(R"(#include\s+"([^"]+)\")");
  std::vector<std::string> found;
  for (std::sregex_iterator it(file.text.begin(), file.text.end(), kInclude), end; it != end;
       ++it) {
    found.push_back((*it)[1]);
  }
  return found;
}

}  // namespace practica::testing
