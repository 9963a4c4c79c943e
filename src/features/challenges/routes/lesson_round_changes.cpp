// Opening a lesson round, speaking in it and moving it on: the protocol's rules (features/
// challenges/domain/protocol and lesson_round) judged in the transaction, each change audited.
#include <boost/json/serialize.hpp>

#include <algorithm>

#include "core/text.hpp"
#include "features/challenges/routes/change_run.hpp"
#include "features/challenges/routes/lesson_rounds.hpp"
#include "features/challenges/routes/protocol_changes.hpp"
#include "features/kit/change.hpp"

namespace practica::challenges {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;
using features::Get;
using http::Request;

namespace {

std::vector<std::int64_t> Ids(const std::vector<RoundPerson>& people) {
  std::vector<std::int64_t> ids;
  for (const auto& p : people) ids.push_back(p.person_id);
  return ids;
}

auth::AuditEntry LessonEntry(std::int64_t round_id, const json::object& after, std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = "lesson_round";
  entry.record_id = std::to_string(round_id);
  entry.after_json = json::serialize(after);
  entry.reason = std::move(reason);
  return entry;
}

core::Error MayNotRead() {
  return core::Error{ErrorCode::kForbidden,
                     "Lesson rounds are read by the offering's registered participants, its facilitators, coaches "
                     "and district staff.",
                     {}, {}};
}

core::Result<LessonDay> DayOf(const Deps& deps, ChallengesStore& store, const Request& request,
                              std::optional<SuiteOfferingRecord> offering) {
  if (!offering) {
    return Fail(ErrorCode::kNotFound, "There is no such learning session; the sessions are listed on the learning page.");
  }
  auto registered = store.LessonRounds().Registered(offering->id);
  if (!registered) return std::unexpected(registered.error());
  LessonDay day{std::move(*offering), std::move(*registered), IsDistrictStaff(deps, request), IsCoach(deps, request)};
  return day;
}

}  // namespace

core::Result<LessonDay> FindLessonDay(const Deps& deps, ChallengesStore& store, const Request& request) {
  auto offering = store.LessonRounds().FindOffering(request.Param("slug"));
  if (!offering) return std::unexpected(offering.error());
  auto day = DayOf(deps, store, request, std::move(*offering));
  if (!day) return day;
  const auto registered = Ids(day->registered);
  if (!day->staff && !day->coach && std::ranges::find(registered, Who(request)) == registered.end()) {
    return Fail(MayNotRead());
  }
  return day;
}

core::Result<LessonRoundPlace> FindLessonRound(const Deps& deps, ChallengesStore& store, const Request& request) {
  auto id = core::ParseInt(core::Trim(request.Param("id")), 1, INT64_MAX);
  auto round = id ? store.LessonRounds().Load(*id) : core::Result<std::optional<LessonRoundRecord>>(std::nullopt);
  if (!round) return std::unexpected(round.error());
  if (!*round) return Fail(ErrorCode::kNotFound, "There is no such lesson round; an offering's rounds are listed from its page.");
  auto offering = store.LessonRounds().OfferingById((*round)->offering_id);
  if (!offering) return std::unexpected(offering.error());
  auto day = DayOf(deps, store, request, std::move(*offering));
  if (!day) return std::unexpected(day.error());
  LessonRoundPlace place{std::move(**round), std::move(*day), RoundRole::kNone, false};
  const std::int64_t me = Who(request);
  place.role = LessonRoleOf(me, place.round.facilitator_id, place.round.presenter_id, Ids(place.day.registered));
  place.runs = place.role == RoundRole::kFacilitator || place.day.staff;
  if (place.role == RoundRole::kNone && !place.day.staff && !place.day.coach) return Fail(MayNotRead());
  return place;
}

core::Result<json::object> OpenLessonRound(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "rounds.schedule", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ChallengesStore store(db, deps.tenant.id);
    auto day = FindLessonDay(deps, store, request);
    if (!day) return std::unexpected(day.error());
    if (!day->staff && !day->coach) {
      return Fail(ErrorCode::kForbidden, "District staff and coaches open the lesson rounds of an offering and facilitate them.");
    }
    auto rounds = store.LessonRounds().OfOffering(day->offering.id);
    if (!rounds) return std::unexpected(rounds.error());
    std::vector<std::int64_t> presenting;
    for (const auto& r : *rounds) presenting.push_back(r.presenter_id);
    LessonPlan plan{core::ParseInt(core::Trim(Get(fields, "presenter")), 1, INT64_MAX).value_or(0),
                    std::string(Get(fields, "lesson_title")), std::string(Get(fields, "tried")),
                    std::string(Get(fields, "link"))};
    auto checked = CheckLessonPlan(std::move(plan), day->offering.rules, Ids(day->registered), presenting);
    if (!checked) return std::unexpected(checked.error());
    auto id = store.LessonRounds().Add(day->offering.id, *checked, Who(request), false, Who(request),
                                       deps.clock.NowUtcSeconds());
    if (!id) return std::unexpected(id.error());
    json::object after{{"offering", day->offering.slug}, {"presenter", checked->presenter_id},
                       {"lesson_title", checked->lesson_title}};
    return Changed<json::object>{{{"id", *id}, {"url", "/lesson-rounds/" + std::to_string(*id)}},
                                 {LessonEntry(*id, after, "Lesson round opened: " + checked->lesson_title + ".")},
                                 {}};
  });
}

core::Result<json::object> AddLessonItem(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "rounds.speak", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ChallengesStore store(db, deps.tenant.id);
    auto found = FindLessonRound(deps, store, request);
    if (!found) return std::unexpected(found.error());
    const auto id = found->round.id;
    return Speak(
        found->round.step, found->role, fields,
        [&](ItemKind kind, const std::string& body) {
          return store.LessonRounds().AddItem(id, kind, Who(request), body, deps.clock.NowUtcSeconds());
        },
        [&](const json::object& after, std::string reason) { return LessonEntry(id, after, std::move(reason)); });
  });
}

core::Result<json::object> AdvanceLessonRound(const Deps& deps, const Request& request, const Fields&) {
  return features::RunChange(deps, request, "rounds.run", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ChallengesStore store(db, deps.tenant.id);
    auto found = FindLessonRound(deps, store, request);
    if (!found) return std::unexpected(found.error());
    const auto id = found->round.id;
    return Advance(
        id, found->round.step, found->runs,
        [&](ProtocolStep next) { return store.LessonRounds().SetStep(id, next, deps.clock.NowUtcSeconds()); },
        [&](const json::object& after, std::string reason) { return LessonEntry(id, after, std::move(reason)); });
  });
}

}  // namespace practica::challenges
