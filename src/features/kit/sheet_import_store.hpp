// The uploaded lists a room imports (the school directory, the staff roster), kept the one way:
// each file as it came (so the dry run, the rejected rows and the apply all read the same bytes),
// its state, what applying it changed, and the columns staff mapped by hand, remembered by their
// heading. Each room owns its two tables and names them here; the SQL is the same.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::features {

struct SheetImport {
  std::int64_t id = 0;
  std::string file_name;
  std::int64_t size_bytes = 0;
  std::int64_t uploaded_by = 0;
  std::int64_t uploaded_at = 0;
  std::string state;  // "checked", "applying", "applied", "failed"
  std::optional<std::int64_t> applied_at;
  int added = 0, updated = 0, unchanged = 0, deactivated = 0;
  std::string error;
};

struct NewSheetImport {
  std::string file_name;
  std::string content_type;
  std::string bytes;
  std::int64_t uploaded_by = 0;
  std::int64_t uploaded_at = 0;
};

// What applying a file did, as its import row keeps it.
struct SheetCounts {
  int added = 0, updated = 0, unchanged = 0, deactivated = 0;
};

// The room's two tables: `imports` (the files) and `columns` (heading → field, as mapped).
struct SheetImportTables {
  std::string_view imports;
  std::string_view columns;
};

class SheetImportStore {
 public:
  SheetImportStore(db::Connection& db, std::int64_t district_id, SheetImportTables tables)
      : db_(db), district_id_(district_id), tables_(tables) {}

  [[nodiscard]] core::Result<SheetImport> Add(const NewSheetImport& file);
  [[nodiscard]] core::Result<std::optional<SheetImport>> Find(std::int64_t id);
  // The file's bytes as uploaded; nullopt when there is no such import.
  [[nodiscard]] core::Result<std::optional<std::string>> Bytes(std::int64_t id);
  // The newest first, at most `limit`.
  [[nodiscard]] core::Result<std::vector<SheetImport>> Recent(int limit);
  // 'checked' → 'applying'; false when the import is not waiting to be applied (applied twice).
  [[nodiscard]] core::Result<bool> StartApplying(std::int64_t id);
  [[nodiscard]] core::Result<void> FinishApplying(std::int64_t id, const SheetCounts& counts, std::int64_t now);
  [[nodiscard]] core::Result<void> FailApplying(std::int64_t id, const std::string& error);

  // Heading (lower case) → field name, as staff mapped them.
  [[nodiscard]] core::Result<std::map<std::string, std::string, std::less<>>> RememberedColumns();
  [[nodiscard]] core::Result<void> RememberColumn(const std::string& heading, std::string_view field);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
  SheetImportTables tables_;
};

}  // namespace practica::features
