#include "features/people/routes/roster_job.hpp"

#include "auth/session_store.hpp"
#include "features/kit/sheet_import_job.hpp"
#include "features/people/routes/roster_check.hpp"
#include "features/people/store/roster_store.hpp"

namespace practica::people {
namespace {

core::Result<features::SheetApplied> ApplyFile(jobs::JobContext& job, std::int64_t district_id, std::string_view bytes) {
  auto& db = job.connection();
  auto check = CheckRoster(db, district_id, bytes);
  if (!check) return core::Fail(core::ErrorCode::kInvalidInput, check.error().message);
  if (!check->header_ok) {
    return core::Fail(core::ErrorCode::kInvalidInput, "The file's name, e-mail or school column is not mapped.");
  }
  RosterStore store(db, district_id);
  auth::SessionStore sessions(db, district_id);
  auto written = features::WriteInBatches(job, check->plan.changes, [&](const RosterChange& c) -> core::Result<std::int64_t> {
    auto applied = store.Apply(c);
    if (!applied || c.kind != RosterChangeKind::kMissing) return applied;
    // Inactive people cannot sign in; whoever is already signed in as one is signed out in the
    // same transaction, so leaving the district's roster takes effect at once, not when the
    // session would have expired.
    if (auto ended = sessions.EndAllFor(*applied); !ended) return std::unexpected(ended.error());
    return applied;
  });
  if (!written) return std::unexpected(written.error());
  const auto& plan = check->plan;
  return features::SheetApplied{{plan.added, plan.updated, plan.unchanged, plan.missing},
                                static_cast<std::int64_t>(check->rejected.size())};
}

const features::SheetJobKind kRosterKind{kRosterJob, "people.import", "staff_import", "the staff roster",
                                         kRosterTables, &ApplyFile};

}  // namespace

core::Result<void> QueueRoster(db::Connection& db, std::int64_t district_id, std::int64_t import_id,
                               std::int64_t person_id, std::int64_t now) {
  return features::QueueSheetImport(db, kRosterJob, district_id, import_id, person_id, now);
}

jobs::Handler RosterHandler(const features::Tenant& tenant) { return features::SheetImportHandler(kRosterKind, tenant.id); }

}  // namespace practica::people
