// Scheduling a round, speaking in it and moving it on: the protocol's rules (features/challenges/
// domain/protocol and round) judged in the transaction, each change audited against the
// presenting school.
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cstdint>

#include "auth/guard.hpp"
#include "core/text.hpp"
#include "features/challenges/routes/change_run.hpp"
#include "features/challenges/routes/people_choice.hpp"
#include "features/challenges/routes/protocol_changes.hpp"
#include "features/challenges/routes/rounds.hpp"
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

// An id or number as a form sends it: a whole number from 1, blanks around it allowed.
std::optional<std::int64_t> Number(std::string_view text) { return core::ParseInt(core::Trim(text), 1, INT64_MAX); }

auth::AuditEntry RoundEntry(const Place& place, std::int64_t round_id, const json::object& after, std::string reason) {
  return ChallengeEntry(place, "challenge_round", std::to_string(round_id), after, std::move(reason));
}

}  // namespace

core::Result<RoundPlace> FindRound(const Deps& deps, ChallengesStore& store, const Request& request) {
  auto id = Number(request.Param("id"));
  auto round = id ? store.Rounds().Load(*id) : core::Result<std::optional<RoundRecord>>(std::nullopt);
  if (!round) return std::unexpected(round.error());
  if (!*round) return Fail(ErrorCode::kNotFound, "There is no such Critical Friends round; the cohort's rounds are listed on its design challenges page.");
  auto place = FindPlaceOf(deps, store, request, (*round)->cohort_slug, (*round)->school_slug);
  if (!place) return std::unexpected(place.error());
  RoundPlace found{std::move(**round), std::move(*place), RoundRole::kNone, false};
  const std::int64_t me = Who(request);
  found.role = RoleIn(me, found.round.facilitator_id, found.round.ParticipantIds(), found.place.reader.own_school);
  found.runs = found.role == RoundRole::kFacilitator || found.place.reader.district_staff;
  return found;
}

core::Result<json::object> ScheduleRound(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "rounds.schedule", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ChallengesStore store(db, deps.tenant.id);
    auto view = FindCohortView(deps, store, request);
    if (!view) return std::unexpected(view.error());
    if (!MayScheduleRounds(deps, request, *view)) {
      return Fail(ErrorCode::kForbidden, "District staff and the cohort's coaches schedule Critical Friends rounds.");
    }
    const std::string school_slug(core::Trim(Get(fields, "school")));
    if (school_slug.empty()) return Fail(ErrorCode::kInvalidInput, "Choose the presenting school.", {}, "school");
    auto place = FindPlaceOf(deps, store, request, view->cohort.slug, school_slug);
    if (!place) {
      if (place.error().code == ErrorCode::kNotFound) {
        return Fail(ErrorCode::kInvalidInput, place.error().message, {}, "school");
      }
      return std::unexpected(place.error());
    }
    auto day = core::ParseLocalDate(core::Trim(Get(fields, "held_on")));
    if (!day) return Fail(ErrorCode::kInvalidInput, "Give the round's day as a date, for example 2019-03-22.", {}, "held_on");
    auto record = store.Load(place->cohort.id, place->school.id);
    if (!record) return std::unexpected(record.error());
    NewRound round;
    round.held_on = *day;
    round.place = std::string(core::Trim(Get(fields, "place")));
    round.plan.presenting_school_id = place->school.id;
    auto facilitator = Number(Get(fields, "facilitator"));
    round.plan.facilitator_id = facilitator.value_or(0);
    auto participants = ChosenPeople(Get(fields, "participants"), "participants");
    if (!participants) return std::unexpected(participants.error());
    round.plan.participant_ids = *participants;
    auto coaches = store.Rounds().CohortCoaches(view->cohort.id);
    if (!coaches) return std::unexpected(coaches.error());
    std::vector<std::int64_t> coach_ids;
    for (const auto& c : *coaches) coach_ids.push_back(c.person_id);
    auto people = store.Rounds().CohortPeople(view->cohort.id);
    if (!people) return std::unexpected(people.error());
    const bool shared = *record && (*record)->shared_at;
    if (auto checked = CheckPlan(round.plan, shared, coach_ids, *people); !checked) return std::unexpected(checked.error());
    round.challenge_id = (*record)->id;
    if (auto cycle = core::Trim(Get(fields, "cycle")); !cycle.empty()) {
      auto number = Number(cycle);
      const auto& cycles = (*record)->cycles;
      if (!number || std::ranges::find(cycles, static_cast<int>(*number), &Cycle::number) == cycles.end()) {
        return Fail(ErrorCode::kInvalidInput,
                    place->school.name + " has no cycle " + std::string(cycle) + "; leave it empty to present the challenge as a whole.",
                    {}, "cycle");
      }
      round.cycle_number = static_cast<int>(*number);
    }
    auto id = store.Rounds().Add(round, Who(request), deps.clock.NowUtcSeconds());
    if (!id) return std::unexpected(id.error());
    json::object after{{"held_on", core::FormatIsoDate(round.held_on)}, {"facilitator", round.plan.facilitator_id},
                       {"participants", round.plan.participant_ids.size()}};
    return Changed<json::object>{{{"id", *id}, {"url", "/rounds/" + std::to_string(*id)}},
                                 {RoundEntry(*place, *id, after, "Critical Friends round scheduled.")}, {}};
  });
}

core::Result<json::object> AddRoundItem(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "rounds.speak", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ChallengesStore store(db, deps.tenant.id);
    auto found = FindRound(deps, store, request);
    if (!found) return std::unexpected(found.error());
    const auto id = found->round.id;
    return Speak(
        found->round.step, found->role, fields,
        [&](ItemKind kind, const std::string& body) {
          return store.Rounds().AddItem(id, kind, Who(request), body, deps.clock.NowUtcSeconds());
        },
        [&](const json::object& after, std::string reason) { return RoundEntry(found->place, id, after, std::move(reason)); });
  });
}

core::Result<json::object> AdvanceRound(const Deps& deps, const Request& request, const Fields&) {
  return features::RunChange(deps, request, "rounds.run", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    ChallengesStore store(db, deps.tenant.id);
    auto found = FindRound(deps, store, request);
    if (!found) return std::unexpected(found.error());
    const auto id = found->round.id;
    return Advance(
        id, found->round.step, found->runs,
        [&](ProtocolStep next) { return store.Rounds().SetStep(id, next, deps.clock.NowUtcSeconds()); },
        [&](const json::object& after, std::string reason) { return RoundEntry(found->place, id, after, std::move(reason)); });
  });
}

}  // namespace practica::challenges
