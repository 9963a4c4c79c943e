// Applying a checked upload (the school directory, the staff roster) as a job with progress:
// the room checks the stored file again against what is on record now and writes its plan in
// batches (`apply`); this part finds the import, skips one applied already, and marks it applied
// with its audit entry in the last transaction, or failed with why once the runner gives up.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "db/connection.hpp"
#include "features/kit/sheet_import_store.hpp"
#include "jobs/runner.hpp"

namespace practica::features {

// What the room's apply wrote.
struct SheetApplied {
  SheetCounts counts;
  std::int64_t rejected_rows = 0;
};

struct SheetJobKind {
  std::string_view job_kind;     // "schools.import"
  std::string_view action;       // the audit entry's action: "schools.import"
  std::string_view record_type;  // "school_import"
  std::string_view what;         // "the school directory file"
  SheetImportTables tables;
  // Checks `bytes` again and writes the plan, a batch to a transaction with job.Progress between.
  std::function<core::Result<SheetApplied>(jobs::JobContext& job, std::int64_t district_id, std::string_view bytes)> apply;
};

// Writes a plan's changes a thousand to a transaction, with the job's progress between them: a
// district's file of 100,000 rows never holds one transaction open for all of it, and a retried
// job plans again and finds what is already written unchanged.
template <typename Change, typename WriteOne>
[[nodiscard]] core::Result<void> WriteInBatches(jobs::JobContext& job, const std::vector<Change>& changes,
                                                WriteOne write_one) {
  constexpr std::size_t kPerTransaction = 1000;
  auto& db = job.connection();
  job.Progress(0, static_cast<std::int64_t>(changes.size()));
  for (std::size_t at = 0; at < changes.size(); at += kPerTransaction) {
    auto tx = db::Transaction::Begin(db);
    if (!tx) return std::unexpected(tx.error());
    const auto end = std::min(changes.size(), at + kPerTransaction);
    for (std::size_t i = at; i < end; ++i) {
      if (auto written = write_one(changes[i]); !written) return std::unexpected(written.error());
    }
    if (auto committed = tx->Commit(); !committed) return committed;
    job.Progress(static_cast<std::int64_t>(end), static_cast<std::int64_t>(changes.size()));
  }
  return {};
}

// Queues the import's job on `db` (the caller's transaction, which also marks it applying).
[[nodiscard]] core::Result<void> QueueSheetImport(db::Connection& db, std::string_view job_kind, std::int64_t district_id,
                                                  std::int64_t import_id, std::int64_t person_id, std::int64_t now);

// The runner's handler for imports of one kind; `kind` outlives the runner.
jobs::Handler SheetImportHandler(const SheetJobKind& kind, std::int64_t district_id);

}  // namespace practica::features
