#include "features/kit/change.hpp"

#include "features/kit/audit.hpp"

namespace practica::features {

core::Result<void> RecordChange(const Deps& deps, db::Connection& db, const http::Request& request,
                                std::string_view action, std::vector<auth::AuditEntry> audit,
                                const std::vector<ChangeMail>& mail) {
  for (auto& entry : audit) {
    if (auto written = Audit(deps, db, request, action, std::move(entry)); !written) return written;
  }
  const auto now = deps.clock.NowUtcSeconds();
  for (const auto& item : mail) {
    auto queued = jobs::EnqueueMail(db, deps.tenant.id, item.message, item.dedupe_key, now, item.audience);
    if (!queued) return std::unexpected(queued.error());
  }
  return {};
}

}  // namespace practica::features
