// Reading the audit log, newest first, filtered in the query.
#pragma once

#include <functional>
#include <string>

#include "db/connection.hpp"
#include "features/audit/domain/audit_filter.hpp"

namespace practica::audit {

struct AuditRow {
  std::int64_t id = 0;
  std::int64_t at = 0;
  std::int64_t person_id = 0;
  std::string person_name;
  std::string action;
  std::string outcome;
  std::string record_type;
  std::string record_id;
  std::string school_name;
  std::string before_json;
  std::string after_json;
  std::string reason;
  std::string request_id;
  std::string address;
};

class AuditStore {
 public:
  AuditStore(db::Connection& connection, std::int64_t district_id)
      : db_(connection), district_id_(district_id) {}

  // Calls on_row for each matching entry, newest first, at most `limit` (0: all, for exports,
  // streamed row by row). `from_utc`/`to_utc` bound the instant (to exclusive; 0: open).
  [[nodiscard]] core::Result<void> Read(const AuditFilter& filter, std::int64_t from_utc,
                                        std::int64_t to_utc, int limit,
                                        const std::function<void(const AuditRow&)>& on_row);

 private:
  db::Connection& db_;
  std::int64_t district_id_;
};

}  // namespace practica::audit
