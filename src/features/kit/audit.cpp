#include "features/kit/audit.hpp"

namespace practica::features {

core::Result<void> Audit(const Deps& deps, db::Connection& db, const http::Request& request,
                         std::string_view action, auth::AuditEntry entry) {
  entry.person_id = request.principal ? request.principal->person_id : 0;
  entry.action = std::string(action);
  entry.request_id = request.request_id;
  entry.address = request.remote_address;
  return auth::WriteAudit(db, deps.tenant.id, deps.clock.NowUtcSeconds(), entry);
}

}  // namespace practica::features
