// Runs a change and its audit entry through features::RunChange: both land, or neither. A refusal the
// change itself decides (kForbidden: verifying one's own evidence) is audited on its own, as
// the guard audits the refusals it makes.
#pragma once

#include <functional>
#include <string>

#include "auth/audit_log.hpp"
#include "features/kit/deps.hpp"
#include "http/request.hpp"

namespace practica::commitments {

using Change = std::function<core::Result<auth::AuditEntry>(db::Connection&)>;

[[nodiscard]] core::Result<void> Audited(const features::Deps& deps, const http::Request& request,
                                         const std::string& action, const Change& change);

}  // namespace practica::commitments
