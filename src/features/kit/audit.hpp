// The audit entry of a change, written on the change's own connection inside its transaction,
// so the entry lands exactly when the change does and never without it. Every feature records
// its changes through here: who (the signed-in person), the route's action, the request's id
// and address, and the time are filled in the same way everywhere.
#pragma once

#include <boost/json/object.hpp>

#include <cstdint>
#include <string>
#include <string_view>

#include "auth/audit_log.hpp"
#include "db/connection.hpp"
#include "features/kit/deps.hpp"
#include "http/request.hpp"

namespace practica::features {

// `entry` says what changed (record, before, after, reason, school); the rest is filled here.
[[nodiscard]] core::Result<void> Audit(const Deps& deps, db::Connection& db, const http::Request& request,
                                       std::string_view action, auth::AuditEntry entry);

// What a change did to one record of a school: its type and id, the school, the record after the
// change (as JSON) and the reason in words; the change helper fills in who, when and the action.
auth::AuditEntry RecordEntry(std::string record_type, std::int64_t record_id, std::int64_t school_id,
                             const boost::json::object& after, std::string reason);

}  // namespace practica::features
