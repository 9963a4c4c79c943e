// Logging coaching and closing a next step: the caseload and the school's staff are read, the
// domain rule judges the entry, and the store writes it with its audit entry in one change.
#include <boost/json/serialize.hpp>

#include <set>

#include "core/text.hpp"
#include "features/coaching/domain/entry.hpp"
#include "features/coaching/routes/pages.hpp"
#include "features/coaching/routes/viewer.hpp"
#include "features/coaching/store/coaching_store.hpp"
#include "features/kit/change.hpp"
#include "features/kit/deps.hpp"
#include "features/schools/published/school_refs.hpp"

namespace practica::coaching {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;

namespace {

core::Result<core::LocalDate> DateField(const Fields& fields, const std::string& name, const std::string& what) {
  const auto text = core::Trim(features::Get(fields, name));
  auto day = core::ParseLocalDate(text);
  if (!day) return Fail(ErrorCode::kInvalidInput, "Give " + what + " as a date, like 2018-10-02.", {}, name);
  return *day;
}

// The typed entry as values; kInvalidInput naming the field that does not parse.
core::Result<EntryDraft> DraftOf(const http::Request& request, const Fields& fields, std::int64_t school_id) {
  EntryDraft draft;
  draft.coach_id = Me(request);
  draft.school_id = school_id;
  auto held_on = DateField(fields, "held_on", "the day of the coaching");
  if (!held_on) return std::unexpected(held_on.error());
  draft.held_on = *held_on;
  auto minutes = core::ParseInt(core::Trim(features::Get(fields, "minutes")), 1, 600);
  if (!minutes) return Fail(ErrorCode::kInvalidInput, "Give the minutes spent, from 1 to 600.", {}, "minutes");
  draft.minutes = static_cast<int>(*minutes);
  draft.kind = features::Get(fields, "kind");
  auto teachers = IdsOf(request, "teachers");
  if (!teachers) return std::unexpected(teachers.error());
  draft.teacher_ids = std::move(*teachers);
  draft.focus = core::Trim(features::Get(fields, "focus"));
  draft.notes = core::Trim(features::Get(fields, "notes"));
  draft.notes_shared = features::Yes(fields, "share_notes");
  draft.next_step = core::Trim(features::Get(fields, "next_step"));
  if (!core::Trim(features::Get(fields, "next_step_due")).empty()) {
    auto due = DateField(fields, "next_step_due", "the next step's date");
    if (!due) return std::unexpected(due.error());
    draft.next_step_due = *due;
  }
  return draft;
}

core::Result<core::SchoolRef> SchoolOf(db::Connection& db, const Deps& deps, const Fields& fields) {
  const auto slug = core::Trim(features::Get(fields, "school"));
  if (slug.empty()) return Fail(ErrorCode::kInvalidInput, "Choose the school.", {}, "school");
  auto school = schools::FindSchoolRef(db, deps.tenant.id, slug);
  if (!school) return std::unexpected(school.error());
  if (!*school) return Fail(ErrorCode::kInvalidInput, "There is no school \"" + std::string(slug) + "\".", {}, "school");
  return **school;
}

}  // namespace

core::Result<json::object> LogEntry(const Deps& deps, const http::Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "coaching.log", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    auto school = SchoolOf(db, deps, fields);
    if (!school) return std::unexpected(school.error());
    auto draft = DraftOf(request, fields, school->id);
    if (!draft) return std::unexpected(draft.error());
    CoachingStore store(db, deps.tenant.id);
    auto reach = store.ReachAt(Me(request), school->id);
    if (!reach) return std::unexpected(reach.error());
    EntryContext context{std::move(reach->caseload), std::move(reach->school_staff), Today(deps), {}};
    if (StepOfFocus(draft->focus)) {
      auto steps = store.DesignSteps({school->id});
      if (!steps) return std::unexpected(steps.error());
      for (const auto& step : *steps) context.school_steps.insert(step.id);
    }
    if (auto checked = CheckEntry(*draft, context); !checked) return std::unexpected(checked.error());
    const auto now = deps.clock.NowUtcSeconds();
    auto id = store.Add(*draft, false, now);
    if (!id) return std::unexpected(id.error());
    // The school's commitments this kind of work is evidence of are verified in the same change.
    const std::string coach = request.principal ? request.principal->display_name : "";
    features::CoachingLogged logged{school->id, draft->kind, draft->held_on,
                                    LoggedNote(coach, *ParseKind(draft->kind), school->name, draft->held_on,
                                               draft->minutes),
                                    Me(request), now};
    if (auto verified = features::Emit(deps, db, logged); !verified) return std::unexpected(verified.error());
    auth::AuditEntry audit;
    audit.record_type = "coaching_entry";
    audit.record_id = std::to_string(*id);
    audit.school_id = school->id;
    // The notes stay out of the audit log: they may be the coach's alone.
    audit.after_json = json::serialize(json::object{{"kind", draft->kind}, {"minutes", draft->minutes},
                                                    {"held_on", core::FormatIsoDate(draft->held_on)}});
    audit.reason = "Logged " + std::to_string(draft->minutes) + " minutes at " + school->name;
    return Changed<json::object>{json::object{{"id", *id}, {"school", school->slug}}, {std::move(audit)}, {}};
  });
}

core::Result<json::object> MarkFollowUpDone(const Deps& deps, const http::Request& request, const Fields&) {
  auto id = PathId(request, "entry");
  if (!id) return std::unexpected(id.error());
  return features::RunChange(deps, request, "coaching.log", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    if (auto done = CoachingStore(db, deps.tenant.id).MarkDone(Me(request), *id); !done) {
      return std::unexpected(done.error());
    }
    auth::AuditEntry audit;
    audit.record_type = "coaching_entry";
    audit.record_id = std::to_string(*id);
    audit.reason = "Next step done";
    return Changed<json::object>{json::object{{"id", *id}, {"next_step_done", true}}, {std::move(audit)}, {}};
  });
}

}  // namespace practica::coaching
