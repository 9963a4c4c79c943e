#include "features/commitments/routes/audited.hpp"

#include <spdlog/spdlog.h>

namespace practica::commitments {

core::Result<void> Audited(const features::Deps& deps, const http::Request& request,
                           const std::string& action, const Change& change) {
  auto db = deps.database.Acquire();
  const auto now = deps.clock.NowUtcSeconds();
  const auto stamp = [&](auth::AuditEntry& entry) {
    entry.person_id = request.principal ? request.principal->person_id : 0;
    entry.action = action;
    entry.request_id = request.request_id;
    entry.address = request.remote_address;
  };
  core::Error failure;
  {
    auto tx = db::Transaction::Begin(*db);
    if (!tx) return std::unexpected(tx.error());
    auto entry = change(*db);
    if (entry) {
      stamp(*entry);
      if (auto audited = auth::WriteAudit(*db, deps.tenant.id, now, *entry); !audited) return audited;
      return tx->Commit();
    }
    failure = entry.error();
  }  // rolled back
  if (failure.code == core::ErrorCode::kForbidden) {
    auth::AuditEntry refusal;
    stamp(refusal);
    refusal.refused = true;
    refusal.record_type = "request";
    refusal.record_id = std::string(http::MethodName(request.method)) + " " + request.path;
    refusal.reason = failure.message;
    if (auto written = auth::WriteAudit(*db, deps.tenant.id, now, refusal); !written) {
      spdlog::error("request {}: the refusal could not be audited: {}", request.request_id,
                    written.error().detail);
    }
  }
  return std::unexpected(failure);
}

}  // namespace practica::commitments
