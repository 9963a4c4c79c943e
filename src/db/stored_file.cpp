#include "db/stored_file.hpp"

#include "core/base64.hpp"

namespace practica::db {

core::Result<std::optional<std::string>> ReadStoredFile(Connection& db, std::string_view sql, const Params& params) {
  std::optional<std::string> bytes;
  bool unreadable = false;
  auto done = db.Execute(sql, params, [&](const Row& row) {
    bytes = core::DecodeBase64(row.Text(0));
    unreadable = !bytes;
  });
  if (!done) return std::unexpected(done.error());
  if (unreadable) {
    return core::Fail(core::ErrorCode::kInternal,
                      "The file's stored bytes cannot be read back; restore it from a backup or upload it again.");
  }
  return bytes;
}

}  // namespace practica::db
