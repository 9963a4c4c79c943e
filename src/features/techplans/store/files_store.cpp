// The files a school keeps beside its technology plan and its certification.
#include "db/stored_file.hpp"
#include "features/techplans/store/techplans_store.hpp"

namespace practica::techplans {
namespace {

constexpr std::string_view kFileColumns =
    "SELECT f.id, f.slot, f.file_name, f.content_type, f.size_bytes, COALESCE(p.display_name, ''), f.uploaded_at"
    " FROM techplan_files f LEFT JOIN published_people p ON p.district_id = f.district_id AND p.id = f.uploaded_by";

PlanFile FileOf(const db::Row& row) {
  return PlanFile{row.Int(0), row.String(1), row.String(2), row.String(3), row.Int(4), row.String(5), row.Int(6)};
}

}  // namespace

core::Result<std::vector<PlanFile>> TechPlansStore::Files(std::int64_t cohort_id, std::int64_t school_id) {
  std::vector<PlanFile> files;
  auto done = db_.Execute(std::string(kFileColumns) +
                              " WHERE f.district_id = $1 AND f.cohort_id = $2 AND f.school_id = $3"
                              " ORDER BY f.slot, f.uploaded_at DESC, f.id DESC",
                          {district_id_, cohort_id, school_id}, [&](const db::Row& row) { files.push_back(FileOf(row)); });
  if (!done) return std::unexpected(done.error());
  return files;
}

core::Result<PlanFile> TechPlansStore::AddFile(std::int64_t cohort_id, std::int64_t school_id, PlanFile file,
                                               std::string_view bytes, std::int64_t by, std::int64_t now) {
  auto id = db::InsertStoredFile(db_, "techplan_files", district_id_,
                                 {{"cohort_id", cohort_id}, {"school_id", school_id}, {"slot", file.slot}},
                                 {file.file_name, file.content_type, bytes, by, now});
  if (!id) return std::unexpected(id.error());
  file.id = *id;
  file.size_bytes = static_cast<std::int64_t>(bytes.size());
  file.uploaded_at = now;
  return file;
}

core::Result<std::optional<PlanFile>> TechPlansStore::FindFile(std::int64_t cohort_id, std::int64_t school_id,
                                                               std::int64_t file_id) {
  std::optional<PlanFile> file;
  auto done = db_.Execute(std::string(kFileColumns) +
                              " WHERE f.district_id = $1 AND f.cohort_id = $2 AND f.school_id = $3 AND f.id = $4",
                          {district_id_, cohort_id, school_id, file_id}, [&](const db::Row& row) { file = FileOf(row); });
  if (!done) return std::unexpected(done.error());
  return file;
}

core::Result<std::optional<std::string>> TechPlansStore::FileBytes(std::int64_t cohort_id, std::int64_t school_id,
                                                                   std::int64_t file_id) {
  return db::ReadStoredFile(db_,
                            "SELECT content_base64 FROM techplan_files WHERE district_id = $1 AND cohort_id = $2"
                            " AND school_id = $3 AND id = $4",
                            {district_id_, cohort_id, school_id, file_id});
}

}  // namespace practica::techplans
