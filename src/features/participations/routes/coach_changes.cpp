// Assigning and ending the coach (ITF) of a participation; the coach's caseload follows.
#include <boost/json/serialize.hpp>

#include "auth/grant_store.hpp"
#include "auth/guard.hpp"
#include "core/text.hpp"
#include "features/participations/routes/changes.hpp"
#include "features/participations/store/coach_store.hpp"

namespace practica::participations {
namespace json = boost::json;

namespace {

auth::AuditEntry CoachEntry(const ParticipationView& view, const CoachAssignment& a, std::string before,
                            std::string after, std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = "coach_assignment";
  entry.record_id = std::to_string(a.id);
  entry.before_json = std::move(before);
  entry.after_json = std::move(after);
  entry.reason = std::move(reason) + " (" + view.RecordId() + ")";
  return entry;
}

std::string AssignmentJson(const ParticipationView& view, const CoachAssignment& a, bool current) {
  return json::serialize(json::object{{"participation", view.RecordId()},
                                      {"coach_person_id", a.coach.id},
                                      {"coach", a.coach.name},
                                      {"current", current}});
}

}  // namespace

core::Result<std::optional<auth::AuditEntry>> EndCurrentCoach(db::Connection& db, const features::Deps& deps,
                                                              const ParticipationView& view, std::int64_t by) {
  if (!view.coach) return std::optional<auth::AuditEntry>{};
  const auto& a = *view.coach;
  const auto now = deps.clock.NowUtcSeconds();
  CoachStore coaches(db, deps.tenant.id);
  if (auto ended = coaches.End(a.id, by, now); !ended) return std::unexpected(ended.error());
  auto elsewhere = coaches.CoachesElsewhere(a.coach.id, view.listed.school.id, view.listed.cohort.id);
  if (!elsewhere) return std::unexpected(elsewhere.error());
  if (!*elsewhere) {
    auto caseload = auth::GrantStore(db, deps.tenant.id).EndCaseloadAssignment(a.coach.id, view.listed.school.id, now);
    if (!caseload) return std::unexpected(caseload.error());
  }
  return std::optional<auth::AuditEntry>{CoachEntry(view, a, AssignmentJson(view, a, true), AssignmentJson(view, a, false),
                                                    "ended " + a.coach.name + "'s assignment as coach")};
}

core::Result<json::object> AssignCoach(const features::Deps& deps, const http::Request& request, const Fields& fields) {
  const std::string email(core::Trim(Get(fields, "email")));
  if (email.empty()) {
    return core::Fail(core::ErrorCode::kInvalidInput, "Choose the coach to assign.", {}, "email");
  }
  auto done = Audited(deps, request, "participations.manage", [&](db::Connection& db, const ParticipationView& view)
                                                                  -> core::Result<std::vector<auth::AuditEntry>> {
    DirectoryStore directory(db, deps.tenant.id);
    auto coach = directory.PersonByEmail(email);
    if (!coach) return std::unexpected(coach.error());
    if (!*coach) {
      return core::Fail(core::ErrorCode::kInvalidInput,
                        "Nobody in the district has the address " + email + "; choose a coach from the list.", {},
                        "email");
    }
    auto holds = directory.HoldsRole((*coach)->id, "coach", auth::Today(deps.clock, deps.tenant.zone));
    if (!holds) return std::unexpected(holds.error());
    auto ok = CheckAssignCoach(view.Name(), view.details.retraction.has_value(), view.coach, **coach, *holds);
    if (!ok) return std::unexpected(ok.error());
    const auto now = deps.clock.NowUtcSeconds();
    CoachStore coaches(db, deps.tenant.id);
    auto assigned = coaches.Assign(view.listed.cohort.id, view.listed.school.id, **coach, request.principal->person_id, now);
    if (!assigned) return std::unexpected(assigned.error());
    // The caseload is what the permission policy reads: the coach may now see the school.
    auto in_caseload = coaches.InCaseload((*coach)->id, view.listed.school.id);
    if (!in_caseload) return std::unexpected(in_caseload.error());
    if (!*in_caseload) {
      auto added = auth::GrantStore(db, deps.tenant.id).AssignToCaseload((*coach)->id, view.listed.school.id, now);
      if (!added) return std::unexpected(added.error());
    }
    return std::vector{CoachEntry(view, *assigned, "{}", AssignmentJson(view, *assigned, true),
                                  "assigned " + (*coach)->name + " as coach")};
  });
  if (!done) return std::unexpected(done.error());
  return ParticipationJson(*done, deps.tenant.zone);
}

core::Result<json::object> EndCoach(const features::Deps& deps, const http::Request& request, const Fields&) {
  auto done = Audited(deps, request, "participations.manage", [&](db::Connection& db, const ParticipationView& view)
                                                                  -> core::Result<std::vector<auth::AuditEntry>> {
    if (auto current = CheckEndCoach(view.Name(), view.coach); !current) return std::unexpected(current.error());
    auto entry = EndCurrentCoach(db, deps, view, request.principal->person_id);
    if (!entry) return std::unexpected(entry.error());
    return std::vector{**entry};
  });
  if (!done) return std::unexpected(done.error());
  return ParticipationJson(*done, deps.tenant.zone);
}

}  // namespace practica::participations
