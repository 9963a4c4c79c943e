// Starting a coaching cycle, recording its steps (the coach) and the teacher's note. Each is one
// transaction with its audit line; what was said stays out of the audit log, which district
// staff read, as with observations.
#include "core/text.hpp"
#include "features/coaching/domain/cycle.hpp"
#include "features/coaching/routes/pages.hpp"
#include "features/coaching/routes/viewer.hpp"
#include "features/coaching/store/coaching_store.hpp"
#include "features/coaching/store/cycles_store.hpp"
#include "features/kit/change.hpp"
#include "features/schools/published/school_refs.hpp"

namespace practica::coaching {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;

namespace {

auth::AuditEntry CycleAudit(std::int64_t id, std::int64_t school_id, std::string reason) {
  auth::AuditEntry audit;
  audit.record_type = "coaching_cycle";
  audit.record_id = std::to_string(id);
  audit.school_id = school_id;
  audit.reason = std::move(reason);
  return audit;
}

core::Result<core::LocalDate> DayOf(const Fields& fields, const std::string& name, std::string_view what) {
  auto day = core::ParseLocalDate(core::Trim(features::Get(fields, name)));
  if (!day) return Fail(ErrorCode::kInvalidInput, "Give the day " + std::string(what) + ", like 2018-10-02.", {}, name);
  return *day;
}

}  // namespace

core::Result<json::object> StartCycle(const Deps& deps, const http::Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "cycles.start",
                             [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    const auto slug = core::Trim(features::Get(fields, "school"));
    auto school = schools::FindSchoolRef(db, deps.tenant.id, slug);
    if (!school) return std::unexpected(school.error());
    if (slug.empty() || !*school) return Fail(ErrorCode::kInvalidInput, "Choose the school.", {}, "school");
    CycleDraft draft;
    draft.coach_id = Me(request);
    draft.school_id = (*school)->id;
    auto teacher = core::ParseInt(core::Trim(features::Get(fields, "teacher")), 1, INT64_MAX);
    if (!teacher) return Fail(ErrorCode::kInvalidInput, "Choose the teacher.", {}, "teacher");
    draft.teacher_id = *teacher;
    draft.goal = core::Trim(features::Get(fields, "goal"));
    auto started = DayOf(fields, "started_on", "the cycle starts");
    if (!started) return std::unexpected(started.error());
    draft.started_on = *started;
    auto reach = CoachingStore(db, deps.tenant.id).ReachAt(Me(request), draft.school_id);
    if (!reach) return std::unexpected(reach.error());
    CyclesStore cycles(db, deps.tenant.id);
    auto open = cycles.OpenWith(Me(request));
    if (!open) return std::unexpected(open.error());
    CycleContext context{std::move(reach->caseload), std::move(reach->school_staff), std::move(*open), Today(deps)};
    if (auto checked = CheckCycleStart(draft, context); !checked) return std::unexpected(checked.error());
    auto id = cycles.Add(draft, false, deps.clock.NowUtcSeconds());
    if (!id) return std::unexpected(id.error());
    return Changed<json::object>{json::object{{"id", *id}, {"url", "/cycles/" + std::to_string(*id)}},
                                 {CycleAudit(*id, draft.school_id, "Coaching cycle started on " + draft.goal)},
                                 {}};
  });
}

core::Result<json::object> RecordCycleStep(const Deps& deps, const http::Request& request, const Fields& fields) {
  auto id = PathId(request, "coaching cycle");
  if (!id) return std::unexpected(id.error());
  return features::RunChange(deps, request, "cycles.step",
                             [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    CyclesStore cycles(db, deps.tenant.id);
    auto cycle = cycles.Read(Me(request), *id);
    if (!cycle) return std::unexpected(cycle.error());
    if (cycle->coach_id != Me(request)) {
      return Fail(ErrorCode::kForbidden, "Only the cycle's coach records its steps; add your note below instead.",
                  {}, "step");
    }
    const auto code = core::Trim(features::Get(fields, "step"));
    auto step = StepOf(code);
    if (!step) {
      return Fail(ErrorCode::kInvalidInput, "Say which step: planning, lesson, debrief or next_step.", {}, "step");
    }
    StepRecord record{*step, {}, std::string(core::Trim(features::Get(fields, "notes"))), std::nullopt};
    auto held = DayOf(fields, "held_on", "of this step");
    if (!held) return std::unexpected(held.error());
    record.held_on = *held;
    const auto due = core::Trim(features::Get(fields, "due_on"));
    if (!due.empty()) {
      auto day = DayOf(fields, "due_on", "the next step is due");
      if (!day) return std::unexpected(day.error());
      record.due_on = *day;
    }
    if (auto checked = CheckStep(cycle->facts, record, Today(deps)); !checked) {
      return std::unexpected(checked.error());
    }
    if (auto added = cycles.AddStep(*id, record, deps.clock.NowUtcSeconds()); !added) {
      return std::unexpected(added.error());
    }
    cycle->facts.steps.push_back(record);
    const auto state = StateOf(cycle->facts);
    return Changed<json::object>{
        json::object{{"id", *id}, {"state", std::string(StateCode(state))}},
        {CycleAudit(*id, cycle->school.id, std::string(StepName(*step)) + " recorded")},
        {}};
  });
}

core::Result<json::object> WriteCycleNote(const Deps& deps, const http::Request& request, const Fields& fields) {
  auto id = PathId(request, "coaching cycle");
  if (!id) return std::unexpected(id.error());
  const auto text = core::Trim(features::Get(fields, "teacher_note"));
  if (text.empty()) return Fail(ErrorCode::kInvalidInput, "Write your note before saving it.", {}, "teacher_note");
  return features::RunChange(deps, request, "cycles.note",
                             [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    auto done = CyclesStore(db, deps.tenant.id).WriteTeacherNote(Me(request), *id, std::string(text));
    if (!done) return std::unexpected(done.error());
    return Changed<json::object>{json::object{{"id", *id}, {"noted", true}},
                                 {CycleAudit(*id, 0, "Note added by the teacher of the cycle")}, {}};
  });
}

}  // namespace practica::coaching
