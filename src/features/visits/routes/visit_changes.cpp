// Offering a visit, signing up and cancelling, taking attendance and reflecting: the rules of
// features/visits/domain/visit judged inside the change's transaction, each change audited.
// A sign-up locks the visit before it counts the seats, so concurrent sign-ups queue and the
// last seat goes to one of them only, on SQLite and PostgreSQL alike.
#include <boost/json/parse.hpp>

#include "core/text.hpp"
#include "features/kit/audit.hpp"
#include "features/kit/change.hpp"
#include "features/kit/events.hpp"
#include "features/visits/routes/visits.hpp"

namespace practica::visits {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;
using features::Get;
using http::Request;

namespace {

Changed<json::object> Answer(const Visit& visit, json::object after, std::string reason) {
  json::object value{{"id", visit.id}, {"url", "/visits/" + std::to_string(visit.id)}};
  for (const auto& [key, item] : after) value[key] = item;
  auto entry = features::RecordEntry("school_visit", visit.id, visit.school.id, after, std::move(reason));
  return Changed<json::object>{std::move(value), {std::move(entry)}, {}};
}

// The ids ticked present: every "present" of a form, or the API's list (an array or "12,40").
core::Result<std::vector<std::int64_t>> PresentIds(const Request& request, const Fields& fields) {
  std::vector<std::string> texts;
  if (request.IsApi()) {
    boost::system::error_code ec;
    auto body = json::parse(request.body, ec);
    const json::value* list = (!ec && body.is_object()) ? body.as_object().if_contains("present") : nullptr;
    if (list != nullptr && list->is_array()) {
      for (const auto& item : list->as_array()) texts.push_back(item.is_int64() ? std::to_string(item.as_int64()) : "?");
    } else {
      for (auto text = Get(fields, "present"); !text.empty();) {
        const auto comma = text.find(',');
        texts.push_back(text.substr(0, comma));
        text = comma == std::string::npos ? "" : text.substr(comma + 1);
      }
    }
  } else {
    for (const auto& [key, value] : request.Form()) {
      if (key == "present") texts.push_back(value);
    }
  }
  std::vector<std::int64_t> ids;
  for (const auto& text : texts) {
    auto id = core::ParseInt(core::Trim(text), 1, INT64_MAX);
    if (!id) {
      return Fail(ErrorCode::kInvalidInput, "Tick the visitors who came from the list of those signed up.", {}, "present");
    }
    ids.push_back(*id);
  }
  return ids;
}

// The visit, locked, with its seats counted under the lock.
core::Result<Visit> LockedVisit(VisitsStore& store, const Request& request) {
  auto visit = FindVisit(store, request);
  if (!visit) return visit;
  if (auto locked = store.Lock(visit->id); !locked) return std::unexpected(locked.error());
  auto taken = store.SeatsTaken(visit->id);
  if (!taken) return std::unexpected(taken.error());
  visit->taken = *taken;
  return visit;
}

}  // namespace

core::Result<json::object> OfferVisit(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "visits.offer", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    VisitsStore store(db, deps.tenant.id);
    auto asker = AskerOf(deps, store, request);
    if (!asker) return std::unexpected(asker.error());
    auto school = store.FindSchool(std::string(core::Trim(Get(fields, "school"))));
    if (!school) return std::unexpected(school.error());
    if (!*school) return Fail(ErrorCode::kInvalidInput, "Choose the school that hosts the visit.", {}, "school");
    auto in_cohort = store.InACohort((*school)->id);
    if (!in_cohort) return std::unexpected(in_cohort.error());
    if (auto may = CheckOffer(*asker, (*school)->id, (*school)->name, *in_cohort); !may) return std::unexpected(may.error());
    const VisitDraft draft{Get(fields, "held_on"), Get(fields, "starts"),    Get(fields, "ends"),
                           Get(fields, "purpose"), Get(fields, "look_fors"), Get(fields, "capacity"),
                           features::Yes(fields, "release_day")};
    auto plan = CheckVisit(draft, Today(deps));
    if (!plan) return std::unexpected(plan.error());
    auto id = store.Add((*school)->id, *plan, asker->person_id, deps.clock.NowUtcSeconds());
    if (!id) return std::unexpected(id.error());
    Visit visit{*id, **school, *plan, false, asker->person_id, std::nullopt, 0, {}};
    json::object after{{"held_on", core::FormatIsoDate(plan->held_on)},
                       {"time", TimeSpan(plan->starts_minute, plan->ends_minute)},
                       {"purpose", plan->purpose}, {"look_fors", plan->look_fors}, {"capacity", plan->capacity},
                       {"release_day", plan->release_day}};
    const std::string reason =
        "Visit to " + visit.school.name + " offered for " + core::FormatLongDate(plan->held_on) + ".";
    return Answer(visit, std::move(after), reason);
  });
}

core::Result<json::object> SignUp(const Deps& deps, const Request& request, const Fields&) {
  return features::RunChange(deps, request, "visits.sign_up", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    VisitsStore store(db, deps.tenant.id);
    auto visit = LockedVisit(store, request);
    if (!visit) return std::unexpected(visit.error());
    auto asker = AskerOf(deps, store, request);
    if (!asker) return std::unexpected(asker.error());
    auto holds = store.HoldsSeat(visit->id, asker->person_id);
    if (!holds) return std::unexpected(holds.error());
    if (auto may = CheckSignUp(*asker, visit->Facts(), Today(deps), *holds); !may) return std::unexpected(may.error());
    if (auto done = store.SignUp(visit->id, asker->person_id, deps.clock.NowUtcSeconds()); !done) {
      return std::unexpected(done.error());
    }
    const int left = visit->plan.capacity - visit->taken - 1;
    return Answer(*visit, json::object{{"signed_up", true}, {"seats_left", left}},
                  request.principal->display_name + " signed up for " + VisitName(visit->Facts()) + ".");
  });
}

core::Result<json::object> CancelSignUp(const Deps& deps, const Request& request, const Fields&) {
  return features::RunChange(deps, request, "visits.sign_up", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    VisitsStore store(db, deps.tenant.id);
    auto visit = LockedVisit(store, request);
    if (!visit) return std::unexpected(visit.error());
    const std::int64_t me = request.principal->person_id;
    auto holds = store.HoldsSeat(visit->id, me);
    if (!holds) return std::unexpected(holds.error());
    if (auto may = CheckCancel(visit->Facts(), Today(deps), *holds); !may) return std::unexpected(may.error());
    if (auto done = store.Cancel(visit->id, me); !done) return std::unexpected(done.error());
    return Answer(*visit, json::object{{"signed_up", false}, {"seats_left", visit->plan.capacity - visit->taken + 1}},
                  request.principal->display_name + " cancelled their sign-up for " + VisitName(visit->Facts()) + ".");
  });
}

core::Result<json::object> TakeAttendance(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "visits.host", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    VisitsStore store(db, deps.tenant.id);
    auto visit = LockedVisit(store, request);
    if (!visit) return std::unexpected(visit.error());
    auto asker = AskerOf(deps, store, request);
    if (!asker) return std::unexpected(asker.error());
    if (!Hosts(*asker, visit->school.id)) {
      return Fail(ErrorCode::kForbidden, "Attendance at " + visit->school.name +
                                             " is taken by its principal, practitioner team, coach or district staff.");
    }
    auto present = PresentIds(request, fields);
    if (!present) return std::unexpected(present.error());
    const auto signed_up = visit->SignedUp();
    if (auto may = CheckAttendance(visit->Facts(), Today(deps), *present, signed_up); !may) {
      return std::unexpected(may.error());
    }
    const auto now = deps.clock.NowUtcSeconds();
    if (auto done = store.TakeAttendance(visit->id, *present, asker->person_id, now); !done) {
      return std::unexpected(done.error());
    }
    if (!present->empty()) {
      const features::VisitHeld held{visit->school.id, visit->school.name, visit->plan.held_on,
                                     static_cast<int>(present->size()), visit->id, asker->person_id, now};
      if (auto emitted = features::Emit(deps, db, held); !emitted) return std::unexpected(emitted.error());
    }
    const std::string count = std::to_string(present->size()) + " of " + std::to_string(signed_up.size());
    return Answer(*visit, json::object{{"present", present->size()}, {"signed_up", signed_up.size()}},
                  "Attendance taken for " + VisitName(visit->Facts()) + ": " + count + " visitors came.");
  });
}

core::Result<json::object> Reflect(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "visits.reflect", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    VisitsStore store(db, deps.tenant.id);
    auto visit = FindVisit(store, request);
    if (!visit) return std::unexpected(visit.error());
    const std::int64_t me = request.principal->person_id;
    const auto* mine = visit->Find(me);
    const bool attended = mine != nullptr && !mine->cancelled && mine->attended.value_or(false);
    auto reflection = CheckReflection(attended, Reflection{Get(fields, "notes"), Get(fields, "take_back")});
    if (!reflection) return std::unexpected(reflection.error());
    if (auto done = store.Reflect(visit->id, me, *reflection, deps.clock.NowUtcSeconds()); !done) {
      return std::unexpected(done.error());
    }
    return Answer(*visit, json::object{{"notes", reflection->notes}, {"take_back", reflection->take_back}},
                  request.principal->display_name + " reflected on " + VisitName(visit->Facts()) + ".");
  });
}

}  // namespace practica::visits
