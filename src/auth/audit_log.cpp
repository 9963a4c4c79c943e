#include "auth/audit_log.hpp"

namespace practica::auth {

core::Result<void> WriteAudit(db::Connection& db, std::int64_t district_id, std::int64_t now,
                              const AuditEntry& entry) {
  auto id = db.NextId();
  if (!id) return std::unexpected(id.error());
  auto saved = db.Exec(
      "INSERT INTO audit_log (district_id, id, at, person_id, action, outcome, record_type,"
      " record_id, school_id, before_json, after_json, reason, request_id, address)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
      {district_id, *id, now, entry.person_id == 0 ? db::Value{nullptr} : db::Value{entry.person_id},
       entry.action, std::string(entry.refused ? "refused" : "done"), entry.record_type,
       entry.record_id, entry.school_id == 0 ? db::Value{nullptr} : db::Value{entry.school_id},
       entry.before_json, entry.after_json, entry.reason, entry.request_id, entry.address});
  if (!saved) return std::unexpected(saved.error());
  return {};
}

}  // namespace practica::auth
