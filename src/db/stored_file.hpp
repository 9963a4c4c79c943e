// Uploaded files are kept as base64 text so either database holds them the same way. Keeping one
// and reading one back are the same for every room that keeps files: a row of the room's file
// table ending in the same columns, and one column of one row, decoded.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::db {

// The bytes `sql` selects (one base64 column, at most one row): nullopt when it finds no row;
// kInternal, saying to restore or upload again, when the stored text is not base64.
[[nodiscard]] core::Result<std::optional<std::string>> ReadStoredFile(Connection& db, std::string_view sql,
                                                                      const Params& params);

// A file about to be kept: what the upload check let through, who sent it and when.
struct NewStoredFile {
  std::string_view file_name;
  std::string_view content_type;
  std::string_view bytes;
  std::int64_t uploaded_by = 0;
  std::int64_t uploaded_at = 0;
};

// Keeps `file` as a new row of `table`, whose columns are district_id, id, the `owner` columns
// (what the file belongs to, e.g. {"conversation_id", 12}), then file_name, content_type,
// size_bytes, content_base64, uploaded_by and uploaded_at: the row's new id. `table` and the
// owner's column names are the room's own constants, never typed input.
[[nodiscard]] core::Result<std::int64_t> InsertStoredFile(Connection& db, std::string_view table,
                                                          std::int64_t district_id,
                                                          const std::vector<std::pair<std::string_view, Value>>& owner,
                                                          const NewStoredFile& file);

}  // namespace practica::db
