#include "features/participations/routes/audited.hpp"

#include "auth/guard.hpp"
#include "features/kit/audit.hpp"

namespace practica::participations {

core::Result<ParticipationView> Audited(const features::Deps& deps, const http::Request& request,
                                        std::string_view action, const Edit& edit) {
  auto db = deps.database.Acquire();
  {
    auto tx = db::Transaction::Begin(*db);
    if (!tx) return std::unexpected(tx.error());
    // Loaded inside the transaction, so the rules are checked against what is written.
    auto view = LoadParticipation(*db, deps, request.Param("slug"), request.Param("school"));
    if (!view) return std::unexpected(view.error());
    // Every change runs through here, so a finished school year is refused in one place.
    const auto today = auth::Today(deps.clock, deps.tenant.zone);
    if (auto open = CheckYearOpen(view->Name(), view->listed.cohort.school_year, today); !open) {
      return std::unexpected(open.error());
    }
    auto entries = edit(*db, *view);
    if (!entries) return std::unexpected(entries.error());
    for (auto& entry : *entries) {
      entry.school_id = view->listed.school.id;
      if (auto written = features::Audit(deps, *db, request, action, std::move(entry)); !written) {
        return std::unexpected(written.error());
      }
    }
    if (auto committed = tx->Commit(); !committed) return std::unexpected(committed.error());
  }
  return LoadParticipation(*db, deps, request.Param("slug"), request.Param("school"));
}

auth::AuditEntry ParticipationEntry(const ParticipationView& view, std::string before_json,
                                    std::string after_json, std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = "participation";
  entry.record_id = view.RecordId();
  entry.before_json = std::move(before_json);
  entry.after_json = std::move(after_json);
  entry.reason = std::move(reason);
  return entry;
}

}  // namespace practica::participations
