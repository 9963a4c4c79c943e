// Writes the audit trail. Changes write their entry in the same transaction as the change, so a
// change that rolls back leaves no entry; refusals are written on their own.
#pragma once

#include <string>

#include "db/connection.hpp"

namespace practica::auth {

struct AuditEntry {
  std::int64_t person_id = 0;  // 0: nobody signed in
  std::string action;          // the route's action, e.g. "people.manage"
  bool refused = false;
  std::string record_type;     // "person", "grant", "session", …
  std::string record_id;
  std::int64_t school_id = 0;  // when the record belongs to a school, for filtering
  std::string before_json = "{}";
  std::string after_json = "{}";
  std::string reason;          // why it was refused, or what was done, in words
  std::string request_id;
  std::string address;
};

[[nodiscard]] core::Result<void> WriteAudit(db::Connection& db, std::int64_t district_id,
                                            std::int64_t now, const AuditEntry& entry);

}  // namespace practica::auth
