#include "features/commitments/routes/audited.hpp"

#include <spdlog/spdlog.h>

#include "features/kit/audit.hpp"
#include "features/kit/change.hpp"

namespace practica::commitments {

core::Result<void> Audited(const features::Deps& deps, const http::Request& request,
                           const std::string& action, const Change& change) {
  auto done = features::RunChange(deps, request, action, [&](db::Connection& db) -> core::Result<features::Changed<>> {
    auto entry = change(db);
    if (!entry) return std::unexpected(entry.error());
    return features::Changed<>{{}, {std::move(*entry)}, {}};
  });
  if (done || done.error().code != core::ErrorCode::kForbidden) return done;
  // The change was rolled back; its refusal is written on its own.
  auth::AuditEntry refusal;
  refusal.refused = true;
  refusal.record_type = "request";
  refusal.record_id = std::string(http::MethodName(request.method)) + " " + request.path;
  refusal.reason = done.error().message;
  auto db = deps.database.Acquire();
  if (auto written = features::Audit(deps, *db, request, action, std::move(refusal)); !written) {
    spdlog::error("request {}: the refusal could not be audited: {}", request.request_id, written.error().detail);
  }
  return done;
}

}  // namespace practica::commitments
