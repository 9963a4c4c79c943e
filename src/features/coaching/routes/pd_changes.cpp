// The professional learning plan's changes: a session added, the plan agreed, attendance taken,
// a share-back said. Each reads the school's people under the change's transaction, is judged by
// coaching/domain/pd_plan, is audited, and announces the evidence it gives for commitments 7, 8
// and 17 in the same transaction (the commitments room verifies them).
#include <boost/json/serialize.hpp>

#include "core/text.hpp"
#include "features/coaching/routes/pd.hpp"
#include "features/coaching/routes/pd_place.hpp"
#include "features/coaching/routes/viewer.hpp"
#include "features/kit/change.hpp"

namespace practica::coaching {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;

namespace {

core::Result<SessionDraft> DraftOf(const http::Request& request, const Fields& fields) {
  SessionDraft draft;
  auto day = core::ParseLocalDate(core::Trim(features::Get(fields, "held_on")));
  if (!day) return Fail(ErrorCode::kInvalidInput, "Give the session's day, like 2018-10-02.", {}, "held_on");
  draft.held_on = *day;
  draft.topic = core::Trim(features::Get(fields, "topic"));
  draft.focus = core::Trim(features::Get(fields, "focus"));
  auto facilitators = IdsOf(request, "facilitators");
  if (!facilitators) return std::unexpected(facilitators.error());
  draft.facilitators = std::move(*facilitators);
  return draft;
}

core::Result<void> MustPlan(const PdPlace& place) {
  if (place.may_plan) return {};
  return Fail(ErrorCode::kForbidden, "Only " + place.school.name +
                                         "'s principal, practitioner team and coach, or district staff, plan its "
                                         "banked-time sessions and take their attendance.");
}

auth::AuditEntry Audit(const PdPlace& place, std::string record_type, std::int64_t id, std::string reason) {
  auth::AuditEntry audit;
  audit.record_type = std::move(record_type);
  audit.record_id = std::to_string(id);
  audit.school_id = place.school.id;
  audit.reason = std::move(reason);
  return audit;
}

std::string SessionName(const PdSession& s) {
  return "the banked-time session of " + core::FormatLongDate(s.held_on) + " (" + s.topic + ")";
}

// The session of `id` in the place's plan, with the plan.
struct Found {
  PdPlan plan;
  const PdSession* session = nullptr;
};
core::Result<Found> SessionIn(PdStore& store, const PdPlace& place, std::int64_t id) {
  auto plan = store.Plan(place.cohort, place.school);
  if (!plan) return std::unexpected(plan.error());
  Found found{std::move(*plan), nullptr};
  for (const auto& s : found.plan.sessions) {
    if (s.id == id) found.session = &s;
  }
  if (found.session == nullptr) return Fail(ErrorCode::kNotFound, "There is no banked-time session " + std::to_string(id) + ".");
  return found;
}

}  // namespace

core::Result<json::object> AddPdSession(const Deps& deps, const http::Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "pd.plan", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    PdStore store(db, deps.tenant.id);
    auto place = PlaceOfPlan(deps, store, request);
    if (!place) return std::unexpected(place.error());
    if (auto allowed = MustPlan(*place); !allowed) return std::unexpected(allowed.error());
    if (auto open = MustBeOpen(*place); !open) return std::unexpected(open.error());
    auto draft = DraftOf(request, fields);
    if (!draft) return std::unexpected(draft.error());
    if (auto checked = CheckSession(*draft, place->people, place->year); !checked) return std::unexpected(checked.error());
    const auto now = deps.clock.NowUtcSeconds();
    auto plan_id = store.EnsurePlan(place->cohort.id, place->school.id, false, now);
    if (!plan_id) return std::unexpected(plan_id.error());
    auto id = store.AddSession(*plan_id, *draft, Me(request), now);
    if (!id) return std::unexpected(id.error());
    auto audit = Audit(*place, "pd_session", *id,
                       "Planned the banked-time session of " + core::FormatLongDate(draft->held_on) + ": " + draft->topic);
    audit.after_json = json::serialize(json::object{{"held_on", core::FormatIsoDate(draft->held_on)},
                                                    {"topic", draft->topic}, {"focus", draft->focus}});
    return Changed<json::object>{json::object{{"id", *id}, {"url", "/pd-sessions/" + std::to_string(*id)}},
                                 {std::move(audit)}, {}};
  });
}

core::Result<json::object> AgreePdPlan(const Deps& deps, const http::Request& request, const Fields&) {
  return features::RunChange(deps, request, "pd.agree", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    PdStore store(db, deps.tenant.id);
    auto place = PlaceOfPlan(deps, store, request);
    if (!place) return std::unexpected(place.error());
    if (!place->may_agree) return Fail(ErrorCode::kForbidden, "District staff agree a school's professional learning plan.");
    if (auto open = MustBeOpen(*place); !open) return std::unexpected(open.error());
    auto plan = store.Plan(place->cohort, place->school);
    if (!plan) return std::unexpected(plan.error());
    const int sessions = static_cast<int>(plan->sessions.size());
    if (auto checked = CheckAgree(sessions, plan->agreed_at.has_value()); !checked) return std::unexpected(checked.error());
    const auto now = deps.clock.NowUtcSeconds();
    if (auto agreed = store.Agree(plan->id, Me(request), now); !agreed) return std::unexpected(agreed.error());
    const std::string detail = std::to_string(sessions) + (sessions == 1 ? " banked-time session" : " banked-time sessions");
    if (auto verified = features::Emit(deps, db, features::PdPlanAgreed{place->cohort.id, place->school.id, detail,
                                                                         Me(request), now});
        !verified) {
      return std::unexpected(verified.error());
    }
    return Changed<json::object>{json::object{{"agreed", true}},
                                 {Audit(*place, "pd_plan", plan->id, "Agreed the professional learning plan (" + detail + ")")},
                                 {}};
  });
}

core::Result<json::object> TakePdAttendance(const Deps& deps, const http::Request& request, const Fields&) {
  auto id = PathId(request, "banked-time session");
  if (!id) return std::unexpected(id.error());
  return features::RunChange(deps, request, "pd.plan", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    PdStore store(db, deps.tenant.id);
    auto place = PlaceOfSession(deps, store, request, *id);
    if (!place) return std::unexpected(place.error());
    if (auto allowed = MustPlan(*place); !allowed) return std::unexpected(allowed.error());
    if (auto open = MustBeOpen(*place); !open) return std::unexpected(open.error());
    auto found = SessionIn(store, *place, *id);
    if (!found) return std::unexpected(found.error());
    auto present = IdsOf(request, "present");
    if (!present) return std::unexpected(present.error());
    if (auto checked = CheckAttendance(found->session->held_on, place->today, *present, place->people); !checked) {
      return std::unexpected(checked.error());
    }
    const auto now = deps.clock.NowUtcSeconds();
    if (auto set = store.SetAttendance(*id, *present, Me(request), now); !set) return std::unexpected(set.error());
    auto attendees = store.Attendees(found->plan.id);
    if (!attendees) return std::unexpected(attendees.error());
    const auto rate = RateOf(*attendees, place->people.teachers);
    // Commitment 8 is verified once the plan's sessions have reached a majority of the teachers;
    // below it nothing is announced, so nothing is verified.
    if (rate.Majority()) {
      if (auto verified = features::Emit(deps, db, features::PdMajorityReached{place->cohort.id, place->school.id,
                                                                                rate.Text(), Me(request), now});
          !verified) {
        return std::unexpected(verified.error());
      }
    }
    auto audit = Audit(*place, "pd_session", *id,
                       "Took attendance of " + SessionName(*found->session) + ": " + std::to_string(present->size()) +
                           " present; the plan has reached " + rate.Text());
    return Changed<json::object>{json::object{{"present", static_cast<std::int64_t>(present->size())},
                                              {"rate", rate.Text()}, {"majority", rate.Majority()}},
                                 {std::move(audit)}, {}};
  });
}

core::Result<json::object> SharePdBack(const Deps& deps, const http::Request& request, const Fields& fields) {
  auto id = PathId(request, "banked-time session");
  if (!id) return std::unexpected(id.error());
  return features::RunChange(deps, request, "pd.share", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    PdStore store(db, deps.tenant.id);
    auto place = PlaceOfSession(deps, store, request, *id);
    if (!place) return std::unexpected(place.error());
    auto found = SessionIn(store, *place, *id);
    if (!found) return std::unexpected(found.error());
    if (auto open = MustBeOpen(*place); !open) return std::unexpected(open.error());
    const std::string text = core::Trim(features::Get(fields, "text"));
    if (auto checked = CheckShare(found->session->present.contains(Me(request)), text); !checked) {
      return std::unexpected(checked.error());
    }
    const auto now = deps.clock.NowUtcSeconds();
    auto share = store.AddShare(*id, Me(request), text, now);
    if (!share) return std::unexpected(share.error());
    const auto& session = *found->session;
    if (auto verified = features::Emit(deps, db, features::PdSharedBack{place->cohort.id, place->school.id, session.held_on,
                                                                         SessionName(session), Me(request), now});
        !verified) {
      return std::unexpected(verified.error());
    }
    return Changed<json::object>{json::object{{"id", *share}},
                                 {Audit(*place, "pd_share", *share, "Shared back after " + SessionName(session))},
                                 {}};
  });
}

}  // namespace practica::coaching
