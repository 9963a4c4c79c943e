// The source tree read as the boundary rules see it: which room a file belongs to, which room
// owns each table, what SQL a file's string literals hold and what it includes.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace practica::testing {

struct SourceFile {
  std::string path;  // relative to src/, e.g. "features/learning/store/learning_store.cpp"
  std::string room;  // "features/learning", "auth", "features/kit", "app", …
  std::string text;
};

struct TableReference {
  std::string keyword;  // FROM, JOIN, INTO, UPDATE
  std::string table;
  bool Writes() const { return keyword == "INTO" || keyword == "UPDATE"; }
};

// Every .cpp, .hpp and .sql file under `src`.
std::vector<SourceFile> ReadSourceTree(const std::filesystem::path& src);

// "features/<name>" for a feature's files, else the first folder ("auth", "db", "app"); main.cpp
// is "app".
std::string RoomOf(const std::string& relative_path);

// Table name → owning room, from the CREATE TABLE statements of every migration; views are
// listed apart because any room may read what another publishes as a view.
struct Schema {
  std::map<std::string, std::string> table_owner;
  std::map<std::string, std::string> view_owner;
};
Schema ReadSchema(const std::vector<SourceFile>& files);

// The text of every string literal in a C++ file (ordinary and raw), joined by spaces, so SQL
// split over adjacent literals reads as one statement. A .sql file is returned whole, without
// its comments.
std::string SqlText(const SourceFile& file);

// The tables named after FROM, JOIN, INTO and UPDATE (upper case, as the project writes SQL).
std::vector<TableReference> TablesNamed(const std::string& sql);

// True when the text holds a statement: SELECT … FROM, INSERT INTO, UPDATE … SET, DELETE FROM.
bool HoldsSql(const std::string& sql);

// The paths of the project's own #include "…" lines.
std::vector<std::string> Includes(const SourceFile& file);

}  // namespace practica::testing
