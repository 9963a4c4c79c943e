#include "features/kit/sheet_import_job.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "auth/audit_log.hpp"
#include "jobs/payload.hpp"
#include "jobs/queue.hpp"

namespace practica::features {
namespace json = boost::json;
namespace {

// A job tried this many times (the database away) is marked failed with its last error.
constexpr int kAttempts = 3;

core::Result<void> Run(jobs::JobContext& job, const SheetJobKind& kind, std::int64_t district_id, std::int64_t id,
                       std::int64_t person) {
  auto& db = job.connection();
  SheetImportStore store(db, district_id, kind.tables);
  auto found = store.Find(id);
  if (!found) return std::unexpected(found.error());
  if (!*found) return core::Fail(core::ErrorCode::kInvalidInput, "There is no import " + std::to_string(id) + ".");
  if ((*found)->state == "applied") return {};
  auto bytes = store.Bytes(id);
  if (!bytes) return std::unexpected(bytes.error());
  auto applied = kind.apply(job, district_id, bytes->value_or(""));
  if (!applied) return std::unexpected(applied.error());
  const auto now = job.clock().NowUtcSeconds();
  auto tx = db::Transaction::Begin(db);
  if (!tx) return std::unexpected(tx.error());
  if (auto finished = store.FinishApplying(id, applied->counts, now); !finished) return finished;
  const auto& c = applied->counts;
  auth::AuditEntry entry;
  entry.person_id = person;
  entry.action = std::string(kind.action);
  entry.record_type = std::string(kind.record_type);
  entry.record_id = std::to_string(id);
  entry.after_json = json::serialize(json::object{{"file", (*found)->file_name},
                                                  {"added", c.added},
                                                  {"updated", c.updated},
                                                  {"unchanged", c.unchanged},
                                                  {"deactivated", c.deactivated},
                                                  {"rejected_rows", applied->rejected_rows}});
  entry.reason = "applied " + std::string(kind.what) + " \"" + (*found)->file_name + "\": " + std::to_string(c.added) +
                 " new, " + std::to_string(c.updated) + " updated, " + std::to_string(c.deactivated) + " made inactive";
  if (auto audited = auth::WriteAudit(db, district_id, now, entry); !audited) return audited;
  if (auto committed = tx->Commit(); !committed) return committed;
  spdlog::info("{} import {} applied: {} new, {} updated, {} unchanged, {} inactive", kind.job_kind, id, c.added,
               c.updated, c.unchanged, c.deactivated);
  return {};
}

}  // namespace

core::Result<void> QueueSheetImport(db::Connection& db, std::string_view job_kind, std::int64_t district_id,
                                    std::int64_t import_id, std::int64_t person_id, std::int64_t now) {
  auto added = jobs::Enqueue(db, district_id,
                             {std::string(job_kind),
                              json::serialize(json::object{{"import_id", import_id}, {"person_id", person_id}}),
                              std::string(job_kind) + ":" + std::to_string(import_id), now, kAttempts, now});
  if (!added) return std::unexpected(added.error());
  return {};
}

jobs::Handler SheetImportHandler(const SheetJobKind& kind, std::int64_t district_id) {
  return [&kind, district_id](jobs::JobContext& job) -> core::Result<void> {
    auto id = jobs::PayloadInt(job.payload(), "import_id", kind.job_kind);
    if (!id) return std::unexpected(id.error());
    auto person = jobs::PayloadInt(job.payload(), "person_id", kind.job_kind);
    if (!person) return std::unexpected(person.error());
    auto ran = Run(job, kind, district_id, *id, *person);
    if (!ran && (job.attempt() >= kAttempts || ran.error().code == core::ErrorCode::kInvalidInput)) {
      if (auto failed = SheetImportStore(job.connection(), district_id, kind.tables).FailApplying(*id, ran.error().message);
          !failed) {
        spdlog::warn("{} import {} could not be marked failed: {}", kind.job_kind, *id, failed.error().message);
      }
    }
    return ran;
  };
}

}  // namespace practica::features
