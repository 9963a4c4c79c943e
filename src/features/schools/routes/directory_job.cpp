#include "features/schools/routes/directory_job.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "auth/audit_log.hpp"
#include "features/schools/routes/directory_check.hpp"
#include "features/schools/store/directory_store.hpp"
#include "jobs/queue.hpp"

namespace practica::schools {
namespace json = boost::json;
namespace {

constexpr std::size_t kChangesPerTransaction = 1000;

core::Result<std::int64_t> IntField(const std::string& payload, std::string_view key) {
  boost::system::error_code ec;
  auto value = json::parse(payload, ec);
  const auto* field = !ec && value.is_object() ? value.as_object().if_contains(key) : nullptr;
  if (field == nullptr || !field->is_int64()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "The import job's payload lacks \"" + std::string(key) + "\".");
  }
  return field->as_int64();
}

core::Result<void> Run(jobs::JobContext& job, const features::Tenant& tenant, std::int64_t id, std::int64_t person) {
  auto& db = job.connection();
  DirectoryStore store(db, tenant.id);
  auto found = store.FindImport(id);
  if (!found) return std::unexpected(found.error());
  if (!*found) return core::Fail(core::ErrorCode::kInvalidInput, "There is no import " + std::to_string(id) + ".");
  if ((*found)->state == "applied") return {};
  auto bytes = store.ImportBytes(id);
  if (!bytes) return std::unexpected(bytes.error());
  auto check = CheckDirectory(db, tenant.id, bytes->value_or(""));
  if (!check) return core::Fail(core::ErrorCode::kInvalidInput, check.error().message);
  if (!check->header_ok) {
    return core::Fail(core::ErrorCode::kInvalidInput, "The file's name or local district column is not mapped.");
  }
  const auto& changes = check->plan.changes;
  const auto now = job.clock().NowUtcSeconds();
  job.Progress(0, static_cast<std::int64_t>(changes.size()));
  for (std::size_t at = 0; at < changes.size(); at += kChangesPerTransaction) {
    auto tx = db::Transaction::Begin(db);
    if (!tx) return std::unexpected(tx.error());
    const auto end = std::min(changes.size(), at + kChangesPerTransaction);
    for (std::size_t i = at; i < end; ++i) {
      if (auto applied = store.Apply(changes[i], now); !applied) return std::unexpected(applied.error());
    }
    if (auto committed = tx->Commit(); !committed) return committed;
    job.Progress(static_cast<std::int64_t>(end), static_cast<std::int64_t>(changes.size()));
  }
  auto tx = db::Transaction::Begin(db);
  if (!tx) return std::unexpected(tx.error());
  if (auto finished = store.FinishApplying(id, check->plan, now); !finished) return finished;
  auth::AuditEntry entry;
  entry.person_id = person;
  entry.action = "schools.import";
  entry.record_type = "school_import";
  entry.record_id = std::to_string(id);
  entry.after_json = json::serialize(json::object{{"file", (*found)->file_name},
                                                  {"added", check->plan.added},
                                                  {"updated", check->plan.updated},
                                                  {"unchanged", check->plan.unchanged},
                                                  {"deactivated", check->plan.missing},
                                                  {"rejected_rows", check->rejected.size()}});
  entry.reason = "applied the school directory file \"" + (*found)->file_name + "\": " +
                 std::to_string(check->plan.added) + " new, " + std::to_string(check->plan.updated) + " updated, " +
                 std::to_string(check->plan.missing) + " made inactive";
  if (auto audited = auth::WriteAudit(db, tenant.id, now, entry); !audited) return audited;
  if (auto committed = tx->Commit(); !committed) return committed;
  spdlog::info("school directory import {} applied: {} new, {} updated, {} unchanged, {} inactive", id,
               check->plan.added, check->plan.updated, check->plan.unchanged, check->plan.missing);
  return {};
}

}  // namespace

core::Result<void> QueueImport(db::Connection& db, std::int64_t district_id, std::int64_t import_id,
                               std::int64_t person_id, std::int64_t now) {
  auto added = jobs::Enqueue(db, district_id,
                             {std::string(kImportJob),
                              json::serialize(json::object{{"import_id", import_id}, {"person_id", person_id}}),
                              std::string(kImportJob) + ":" + std::to_string(import_id), now, 3, now});
  if (!added) return std::unexpected(added.error());
  return {};
}

jobs::Handler ImportHandler(const features::Tenant& tenant) {
  return [&tenant](jobs::JobContext& job) -> core::Result<void> {
    auto id = IntField(job.payload(), "import_id");
    auto person = id ? IntField(job.payload(), "person_id") : std::unexpected(id.error());
    if (!person) return std::unexpected(person.error());
    auto ran = Run(job, tenant, *id, *person);
    if (!ran && (job.attempt() >= 3 || ran.error().code == core::ErrorCode::kInvalidInput)) {
      if (auto failed = DirectoryStore(job.connection(), tenant.id).FailApplying(*id, ran.error().message); !failed) {
        spdlog::warn("school import {} could not be marked failed: {}", *id, failed.error().message);
      }
    }
    return ran;
  };
}

}  // namespace practica::schools
