#include "features/schools/store/directory_store.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

#include "features/schools/store/schools_store.hpp"

namespace practica::schools {
namespace {

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

}  // namespace practica::schools
