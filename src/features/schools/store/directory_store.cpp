#include "features/schools/store/directory_store.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

#include "db/stored_file.hpp"
#include "features/schools/store/schools_store.hpp"

namespace practica::schools {
namespace {

constexpr std::string_view kImportColumns =
    "id, file_name, size_bytes, uploaded_by, uploaded_at, state, applied_at, added, updated, unchanged, deactivated,"
    " COALESCE(error, '')";

SchoolImport ReadImport(const db::Row& row) {
  SchoolImport i;
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

db::Value LocalDistrict(std::int64_t id) { return id == 0 ? db::Value{nullptr} : db::Value{id}; }

}  // namespace

core::Result<std::vector<RecordedSchool>> DirectoryStore::Recorded() {
  std::vector<RecordedSchool> schools;
  std::map<std::int64_t, std::size_t> at;
  auto done = db_.Execute(
      "SELECT id, name, cds_code, COALESCE(local_district_id, 0), school_type, grade_span, inactive_since"
      " FROM schools WHERE district_id = $1 ORDER BY id",
      {district_id_}, [&](const db::Row& row) {
        at[row.Int(0)] = schools.size();
        schools.push_back({row.Int(0), row.String(1), {}, row.String(2), row.Int(3),
                           ParseSchoolType(row.Text(4)).value_or(SchoolType::kOther), row.String(5), row.IsNull(6)});
      });
  if (!done) return std::unexpected(done.error());
  auto aliases = db_.Execute("SELECT school_id, alias FROM school_aliases WHERE district_id = $1 ORDER BY school_id, alias",
                             {district_id_}, [&](const db::Row& row) {
                               if (auto found = at.find(row.Int(0)); found != at.end()) {
                                 schools[found->second].aliases.push_back(row.String(1));
                               }
                             });
  if (!aliases) return std::unexpected(aliases.error());
  return schools;
}

core::Result<LocalDistrictNames> DirectoryStore::LocalDistricts() {
  LocalDistrictNames names;
  auto done = db_.Execute("SELECT id, slug, name FROM published_local_districts WHERE district_id = $1", {district_id_},
                          [&](const db::Row& row) {
                            names.by_name.emplace(core::ToLower(row.Text(1)), row.Int(0));
                            names.by_name.emplace(core::ToLower(row.Text(2)), row.Int(0));
                          });
  if (!done) return std::unexpected(done.error());
  return names;
}

core::Result<std::int64_t> DirectoryStore::Apply(const DirectoryChange& change, std::int64_t now) {
  switch (change.kind) {
    case ChangeKind::kUnchanged: return change.school->id;
    case ChangeKind::kMissing: {
      auto done = db_.Exec("UPDATE schools SET inactive_since = $3 WHERE district_id = $1 AND id = $2"
                           " AND inactive_since IS NULL",
                           {district_id_, change.school->id, now});
      if (!done) return std::unexpected(done.error());
      return change.school->id;
    }
    case ChangeKind::kNew: {
      const auto& row = *change.row;
      School school;
      school.name = row.name;
      school.cds_code = row.cds_code;
      school.type = row.type.value_or(SchoolType::kOther);
      school.grade_span = row.grade_span;
      school.local_district_id = row.local_district_id;
      auto created = SchoolsStore(db_, district_id_).Create(std::move(school));
      if (!created) return std::unexpected(created.error());
      return created->id;
    }
    case ChangeKind::kUpdated: break;
  }
  const auto after = After(change);
  auto done = db_.Exec(
      "UPDATE schools SET cds_code = $3, local_district_id = $4, school_type = $5, grade_span = $6,"
      " inactive_since = NULL WHERE district_id = $1 AND id = $2",
      {district_id_, after.id, after.cds_code, LocalDistrict(after.local_district_id),
       std::string(SchoolTypeCode(after.type)), after.grade_span});
  if (!done) return std::unexpected(done.error());
  if (change.new_spelling) {
    if (auto added = SchoolsStore(db_, district_id_).AddAlias(after.id, change.row->name); !added) {
      return std::unexpected(added.error());
    }
  }
  return after.id;
}

core::Result<SchoolImport> DirectoryStore::AddImport(const NewSchoolImport& file) {
  auto id = db::InsertStoredFile(db_, "school_imports", district_id_, {{"state", std::string("checked")}},
                                 {file.file_name, file.content_type, file.bytes, file.uploaded_by, file.uploaded_at});
  if (!id) return std::unexpected(id.error());
  auto found = FindImport(*id);
  if (!found) return std::unexpected(found.error());
  if (!*found) return core::Fail(core::ErrorCode::kInternal, "The file was not kept; upload it again.");
  return std::move(**found);
}

core::Result<std::optional<SchoolImport>> DirectoryStore::FindImport(std::int64_t id) {
  std::optional<SchoolImport> found;
  auto done = db_.Execute("SELECT " + std::string(kImportColumns) + " FROM school_imports WHERE district_id = $1 AND id = $2",
                          {district_id_, id}, [&](const db::Row& row) { found = ReadImport(row); });
  if (!done) return std::unexpected(done.error());
  return found;
}

core::Result<std::optional<std::string>> DirectoryStore::ImportBytes(std::int64_t id) {
  return db::ReadStoredFile(db_, "SELECT content_base64 FROM school_imports WHERE district_id = $1 AND id = $2",
                            {district_id_, id});
}

core::Result<std::vector<SchoolImport>> DirectoryStore::RecentImports(int limit) {
  std::vector<SchoolImport> imports;
  auto done = db_.Execute("SELECT " + std::string(kImportColumns) +
                              " FROM school_imports WHERE district_id = $1 ORDER BY uploaded_at DESC, id DESC LIMIT " +
                              std::to_string(limit),
                          {district_id_}, [&](const db::Row& row) { imports.push_back(ReadImport(row)); });
  if (!done) return std::unexpected(done.error());
  return imports;
}

core::Result<bool> DirectoryStore::StartApplying(std::int64_t id) {
  auto changed = db_.Exec("UPDATE school_imports SET state = 'applying' WHERE district_id = $1 AND id = $2"
                          " AND state = 'checked'",
                          {district_id_, id});
  if (!changed) return std::unexpected(changed.error());
  return *changed == 1;
}

core::Result<void> DirectoryStore::FinishApplying(std::int64_t id, const DirectoryPlan& plan, std::int64_t now) {
  auto done = db_.Exec(
      "UPDATE school_imports SET state = 'applied', applied_at = $3, added = $4, updated = $5, unchanged = $6,"
      " deactivated = $7, error = NULL WHERE district_id = $1 AND id = $2",
      {district_id_, id, now, std::int64_t{plan.added}, std::int64_t{plan.updated}, std::int64_t{plan.unchanged},
       std::int64_t{plan.missing}});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<void> DirectoryStore::FailApplying(std::int64_t id, const std::string& error) {
  auto done = db_.Exec("UPDATE school_imports SET state = 'failed', error = $3 WHERE district_id = $1 AND id = $2",
                       {district_id_, id, error});
  if (!done) return std::unexpected(done.error());
  return {};
}

core::Result<std::map<std::string, std::string, std::less<>>> DirectoryStore::RememberedColumns() {
  std::map<std::string, std::string, std::less<>> columns;
  auto done = db_.Execute("SELECT heading, field FROM school_import_columns WHERE district_id = $1", {district_id_},
                          [&](const db::Row& row) { columns.emplace(row.String(0), row.String(1)); });
  if (!done) return std::unexpected(done.error());
  return columns;
}

core::Result<void> DirectoryStore::RememberColumn(const std::string& heading, DirectoryField field) {
  auto done = db_.Exec(
      "INSERT INTO school_import_columns (district_id, heading, field) VALUES ($1, $2, $3)"
      " ON CONFLICT (district_id, heading) DO UPDATE SET field = excluded.field",
      {district_id_, core::ToLower(heading), std::string(FieldName(field))});
  if (!done) return std::unexpected(done.error());
  return {};
}

}  // namespace practica::schools
