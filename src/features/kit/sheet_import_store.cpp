#include "features/kit/sheet_import_store.hpp"

#include "core/text.hpp"
#include "db/stored_file.hpp"

namespace practica::features {
namespace {

constexpr std::string_view kColumns =
    "id, file_name, size_bytes, uploaded_by, uploaded_at, state, applied_at, added, updated, unchanged, deactivated,"
    " COALESCE(error, '')";

SheetImport ReadImport(const db::Row& row) {
  SheetImport i;
  i.id = row.Int(0);
  i.file_name = row.String(1);
  i.size_bytes = row.Int(2);
  i.uploaded_by = row.Int(3);
  i.uploaded_at = row.Int(4);
  i.state = row.String(5);
  i.applied_at = row.OptionalInt(6);
  i.added = static_cast<int>(row.Int(7));
  i.updated = static_cast<int>(row.Int(8));
  i.unchanged = static_cast<int>(row.Int(9));
  i.deactivated = static_cast<int>(row.Int(10));
  i.error = row.String(11);
  return i;
}

}  // namespace

core::Result<SheetImport> SheetImportStore::Add(const NewSheetImport& file) {
  auto id = db::InsertStoredFile(db_, tables_.imports, district_id_, {{"state", std::string("checked")}},
                                 {file.file_name, file.content_type, file.bytes, file.uploaded_by, file.uploaded_at});
  if (!id) return std::unexpected(id.error());
  auto found = Find(*id);
  if (!found) return std::unexpected(found.error());
  if (!*found) return core::Fail(core::ErrorCode::kInternal, "The file was not kept; upload it again.");
  return std::move(**found);
}

core::Result<std::optional<SheetImport>> SheetImportStore::Find(std::int64_t id) {
  std::optional<SheetImport> found;
  auto done = db_.Execute("SELECT " + std::string(kColumns) + " FROM " + std::string(tables_.imports) +
                              " WHERE district_id = $1 AND id = $2",
                          {district_id_, id}, [&](const db::Row& row) { found = ReadImport(row); });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::optional<std::string>> SheetImportStore::Bytes(std::int64_t id) {
  return db::ReadStoredFile(
      db_, "SELECT content_base64 FROM " + std::string(tables_.imports) + " WHERE district_id = $1 AND id = $2",
      {district_id_, id});
}

core::Result<std::vector<SheetImport>> SheetImportStore::Recent(int limit) {
  std::vector<SheetImport> imports;
  auto done = db_.Execute("SELECT " + std::string(kColumns) + " FROM " + std::string(tables_.imports) +
                              " WHERE district_id = $1 ORDER BY uploaded_at DESC, id DESC LIMIT " + std::to_string(limit),
                          {district_id_}, [&](const db::Row& row) { imports.push_back(ReadImport(row)); });
  if (!done) return std::unexpected(done.error());
  return imports;
}

core::Result<bool> SheetImportStore::StartApplying(std::int64_t id) {
  auto changed = db_.Exec("UPDATE " + std::string(tables_.imports) +
                              " SET state = 'applying' WHERE district_id = $1 AND id = $2 AND state = 'checked'",
                          {district_id_, id});
  if (!changed) return std::unexpected(changed.error());
  return *changed == 1;
}

core::Result<void> SheetImportStore::FinishApplying(std::int64_t id, const SheetCounts& counts, std::int64_t now) {
  auto done = db_.Exec("UPDATE " + std::string(tables_.imports) +
                           " SET state = 'applied', applied_at = $3, added = $4, updated = $5, unchanged = $6,"
                           " deactivated = $7, error = NULL WHERE district_id = $1 AND id = $2",
                       {district_id_, id, now, std::int64_t{counts.added}, std::int64_t{counts.updated},
                        std::int64_t{counts.unchanged}, std::int64_t{counts.deactivated}});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<void> SheetImportStore::FailApplying(std::int64_t id, const std::string& error) {
  auto done = db_.Exec("UPDATE " + std::string(tables_.imports) +
                           " SET state = 'failed', error = $3 WHERE district_id = $1 AND id = $2",
                       {district_id_, id, error});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<std::map<std::string, std::string, std::less<>>> SheetImportStore::RememberedColumns() {
  std::map<std::string, std::string, std::less<>> columns;
  auto done = db_.Execute("SELECT heading, field FROM " + std::string(tables_.columns) + " WHERE district_id = $1",
                          {district_id_}, [&](const db::Row& row) { columns.emplace(row.String(0), row.String(1)); });
  if (!done) return std::unexpected(done.error());
  return columns;
}

core::Result<void> SheetImportStore::RememberColumn(const std::string& heading, std::string_view field) {
  auto done = db_.Exec("INSERT INTO " + std::string(tables_.columns) +
                           " (district_id, heading, field) VALUES ($1, $2, $3)"
                           " ON CONFLICT (district_id, heading) DO UPDATE SET field = excluded.field",
                       {district_id_, core::ToLower(heading), std::string(field)});
  if (!done) return std::unexpected(done.error());
  return {};
}

}  // namespace practica::features
