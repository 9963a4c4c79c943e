#include "features/kit/audit.hpp"

#include <boost/json/serialize.hpp>

namespace practica::features {

core::Result<void> Audit(const Deps& deps, db::Connection& db, const http::Request& request,
                         std::string_view action, auth::AuditEntry entry) {
  entry.person_id = request.principal ? request.principal->person_id : 0;
  entry.action = std::string(action);
  entry.request_id = request.request_id;
  entry.address = request.remote_address;
  return auth::WriteAudit(db, deps.tenant.id, deps.clock.NowUtcSeconds(), entry);
}

auth::AuditEntry RecordEntry(std::string record_type, std::int64_t record_id, std::int64_t school_id,
                             const boost::json::object& after, std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = std::move(record_type);
  entry.record_id = std::to_string(record_id);
  entry.school_id = school_id;
  entry.after_json = boost::json::serialize(after);
  entry.reason = std::move(reason);
  return entry;
}

}  // namespace practica::features
