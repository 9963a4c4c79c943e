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

core::Result<std::int64_t> InsertStoredFile(Connection& db, std::string_view table, std::int64_t district_id,
                                            const std::vector<std::pair<std::string_view, Value>>& owner,
                                            const NewStoredFile& file) {
  auto id = db.NextId();
  if (!id) return std::unexpected(id.error());
  std::string columns = "district_id, id", holes = "$1, $2";
  Params params{district_id, *id};
  const auto add = [&](std::string_view column, Value value) {
    columns += ", " + std::string(column);
    params.push_back(std::move(value));
    holes += ", $" + std::to_string(params.size());
  };
  for (const auto& [column, value] : owner) add(column, value);
  add("file_name", std::string(file.file_name));
  add("content_type", std::string(file.content_type));
  add("size_bytes", static_cast<std::int64_t>(file.bytes.size()));
  add("content_base64", core::EncodeBase64(file.bytes));
  add("uploaded_by", file.uploaded_by);
  add("uploaded_at", file.uploaded_at);
  auto added = db.Exec("INSERT INTO " + std::string(table) + " (" + columns + ") VALUES (" + holes + ")", params);
  if (!added) return std::unexpected(added.error());
  return *id;
}

}  // namespace practica::db
