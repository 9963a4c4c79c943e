// Recording an observation (the coach) and reflecting on it (the teacher observed).
#include <boost/json/serialize.hpp>

#include "core/text.hpp"
#include "features/coaching/domain/observation.hpp"
#include "features/coaching/routes/pages.hpp"
#include "features/coaching/routes/viewer.hpp"
#include "features/coaching/store/coaching_store.hpp"
#include "features/coaching/store/observations_store.hpp"
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

core::Result<ObservationDraft> DraftOf(const http::Request& request, const Fields& fields, std::int64_t school_id) {
  ObservationDraft draft;
  draft.coach_id = Me(request);
  draft.school_id = school_id;
  auto teacher = core::ParseInt(core::Trim(features::Get(fields, "teacher")), 1, INT64_MAX);
  if (!teacher) return Fail(ErrorCode::kInvalidInput, "Choose the teacher observed.", {}, "teacher");
  draft.teacher_id = *teacher;
  auto day = core::ParseLocalDate(core::Trim(features::Get(fields, "observed_on")));
  if (!day) return Fail(ErrorCode::kInvalidInput, "Give the day of the observation, like 2018-10-02.", {}, "observed_on");
  draft.observed_on = *day;
  draft.indicator = core::Trim(features::Get(fields, "indicator"));
  draft.samr = core::Trim(features::Get(fields, "samr"));
  draft.look_fors = core::Trim(features::Get(fields, "look_fors"));
  draft.engagement = core::Trim(features::Get(fields, "engagement"));
  draft.notes = core::Trim(features::Get(fields, "notes"));
  return draft;
}

}  // namespace

core::Result<json::object> RecordObservation(const Deps& deps, const http::Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "observations.record",
                             [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    const auto slug = core::Trim(features::Get(fields, "school"));
    auto school = schools::FindSchoolRef(db, deps.tenant.id, slug);
    if (!school) return std::unexpected(school.error());
    if (slug.empty() || !*school) return Fail(ErrorCode::kInvalidInput, "Choose the school.", {}, "school");
    auto draft = DraftOf(request, fields, (*school)->id);
    if (!draft) return std::unexpected(draft.error());
    auto reach = CoachingStore(db, deps.tenant.id).ReachAt(Me(request), (*school)->id);
    if (!reach) return std::unexpected(reach.error());
    ObservationContext context{std::move(reach->caseload), std::move(reach->school_staff), Today(deps)};
    if (auto checked = CheckObservation(*draft, context); !checked) return std::unexpected(checked.error());
    auto id = ObservationsStore(db, deps.tenant.id).Add(*draft, false, deps.clock.NowUtcSeconds());
    if (!id) return std::unexpected(id.error());
    auth::AuditEntry audit;
    audit.record_type = "observation";
    audit.record_id = std::to_string(*id);
    audit.school_id = (*school)->id;
    // What was seen stays out of the audit log, which district staff read.
    audit.reason = "Observation recorded";
    return Changed<json::object>{json::object{{"id", *id}}, {std::move(audit)}, {}};
  });
}

core::Result<json::object> AddReflection(const Deps& deps, const http::Request& request, const Fields& fields) {
  auto id = PathId(request, "observation");
  if (!id) return std::unexpected(id.error());
  const auto text = core::Trim(features::Get(fields, "reflection"));
  if (text.empty()) return Fail(ErrorCode::kInvalidInput, "Write your reflection before saving it.", {}, "reflection");
  return features::RunChange(deps, request, "observations.reflect",
                             [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    auto done = ObservationsStore(db, deps.tenant.id).Reflect(Me(request), *id, std::string(text),
                                                             deps.clock.NowUtcSeconds());
    if (!done) return std::unexpected(done.error());
    auth::AuditEntry audit;
    audit.record_type = "observation";
    audit.record_id = std::to_string(*id);
    audit.reason = "Reflection added by the teacher observed";
    return Changed<json::object>{json::object{{"id", *id}, {"reflected", true}}, {std::move(audit)}, {}};
  });
}

}  // namespace practica::coaching
