// The school directory import's side of the schools room: the schools as the import compares
// them, the files uploaded and what they did, the columns staff mapped, and one change of a plan
// written (directory_import.hpp decides what each change is).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/schools/domain/directory_import.hpp"

namespace practica::schools {

struct SchoolImport {
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

struct NewSchoolImport {
  std::string file_name;
  std::string content_type;
  std::string bytes;
  std::int64_t uploaded_by = 0;
  std::int64_t uploaded_at = 0;
};

class DirectoryStore {
 public:
  DirectoryStore(db::Connection& db, std::int64_t district_id) : db_(db), district_id_(district_id) {}

  // Every school of the district with its spellings, active or not, by id.
  [[nodiscard]] core::Result<std::vector<RecordedSchool>> Recorded();
  // The district's local districts by lower-cased name and slug.
  [[nodiscard]] core::Result<LocalDistrictNames> LocalDistricts();

  // Writes one change of a plan: a new school (its id answered), an update, an alias, a school
  // made inactive or active again. An unchanged school writes nothing.
  [[nodiscard]] core::Result<std::int64_t> Apply(const DirectoryChange& change, std::int64_t now);

  [[nodiscard]] core::Result<SchoolImport> AddImport(const NewSchoolImport& file);
  [[nodiscard]] core::Result<std::optional<SchoolImport>> FindImport(std::int64_t id);
  // The file's bytes as uploaded; nullopt when there is no such import.
  [[nodiscard]] core::Result<std::optional<std::string>> ImportBytes(std::int64_t id);
  // The newest first, at most `limit`.
  [[nodiscard]] core::Result<std::vector<SchoolImport>> RecentImports(int limit);
  // 'checked' → 'applying'; false when the import is not waiting to be applied (applied twice).
  [[nodiscard]] core::Result<bool> StartApplying(std::int64_t id);
  [[nodiscard]] core::Result<void> FinishApplying(std::int64_t id, const DirectoryPlan& plan, std::int64_t now);
  [[nodiscard]] core::Result<void> FailApplying(std::int64_t id, const std::string& error);

  // Heading (lower case) → field name, as staff mapped them.
  [[nodiscard]] core::Result<std::map<std::string, std::string, std::less<>>> RememberedColumns();
  [[nodiscard]] core::Result<void> RememberColumn(const std::string& heading, DirectoryField field);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::schools
