#include "features/schools/routes/directory_job.hpp"

#include "features/kit/sheet_import_job.hpp"
#include "features/schools/routes/directory_check.hpp"
#include "features/schools/store/directory_store.hpp"

namespace practica::schools {
namespace {

core::Result<features::SheetApplied> ApplyFile(jobs::JobContext& job, std::int64_t district_id, std::string_view bytes) {
  auto& db = job.connection();
  auto check = CheckDirectory(db, district_id, bytes);
  if (!check) return core::Fail(core::ErrorCode::kInvalidInput, check.error().message);
  if (!check->header_ok) {
    return core::Fail(core::ErrorCode::kInvalidInput, "The file's name or local district column is not mapped.");
  }
  DirectoryStore store(db, district_id);
  const auto now = job.clock().NowUtcSeconds();
  auto written = features::WriteInBatches(job, check->plan.changes, [&](const auto& c) { return store.Apply(c, now); });
  if (!written) return std::unexpected(written.error());
  const auto& plan = check->plan;
  return features::SheetApplied{{plan.added, plan.updated, plan.unchanged, plan.missing},
                                static_cast<std::int64_t>(check->rejected.size())};
}

const features::SheetJobKind kDirectoryJob{kImportJob, "schools.import", "school_import", "the school directory file",
                                           kDirectoryTables, &ApplyFile};

}  // namespace

core::Result<void> QueueImport(db::Connection& db, std::int64_t district_id, std::int64_t import_id,
                               std::int64_t person_id, std::int64_t now) {
  return features::QueueSheetImport(db, kImportJob, district_id, import_id, person_id, now);
}

jobs::Handler ImportHandler(const features::Tenant& tenant) { return features::SheetImportHandler(kDirectoryJob, tenant.id); }

}  // namespace practica::schools
