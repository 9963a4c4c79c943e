// Uploaded files are kept as base64 text so either database holds them the same way. Reading
// one back is the same for every room that keeps files: one row of one column, decoded.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "db/connection.hpp"

namespace practica::db {

// The bytes `sql` selects (one base64 column, at most one row): nullopt when it finds no row;
// kInternal, saying to restore or upload again, when the stored text is not base64.
[[nodiscard]] core::Result<std::optional<std::string>> ReadStoredFile(Connection& db, std::string_view sql,
                                                                      const Params& params);

}  // namespace practica::db
