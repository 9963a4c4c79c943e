#include "features/participations/routes/audited.hpp"

#include "auth/guard.hpp"

namespace practica::participations {

core::Result<ParticipationView> AuditedWithMail(const features::Deps& deps, const http::Request& request,
                                                std::string_view action, const MailingEdit& edit) {
  auto done = features::RunChange(deps, request, action, [&](db::Connection& db) -> core::Result<features::Changed<>> {
    // Loaded inside the transaction, so the rules are checked against what is written.
    auto view = LoadParticipation(db, deps, request.Param("slug"), request.Param("school"));
    if (!view) return std::unexpected(view.error());
    // Every change runs through here, so a finished school year is refused in one place.
    const auto today = auth::Today(deps.clock, deps.tenant.zone);
    if (auto open = CheckYearOpen(view->Name(), view->listed.cohort.school_year, today); !open) {
      return std::unexpected(open.error());
    }
    auto changed = edit(db, *view);
    if (!changed) return std::unexpected(changed.error());
    for (auto& entry : changed->audit) entry.school_id = view->listed.school.id;
    return changed;
  });
  if (!done) return std::unexpected(done.error());
  auto db = deps.database.Acquire();
  return LoadParticipation(*db, deps, request.Param("slug"), request.Param("school"));
}

core::Result<ParticipationView> Audited(const features::Deps& deps, const http::Request& request,
                                        std::string_view action, const Edit& edit) {
  return AuditedWithMail(deps, request, action,
                         [&](db::Connection& db, const ParticipationView& view) -> core::Result<features::Changed<>> {
                           auto entries = edit(db, view);
                           if (!entries) return std::unexpected(entries.error());
                           return features::Changed<>{{}, std::move(*entries), {}};
                         });
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
