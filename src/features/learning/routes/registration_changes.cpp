// A school's team or a teacher taking seats, swapping an attendee and giving seats back.
#include <algorithm>

#include "core/text.hpp"
#include "core/time_zone.hpp"
#include "features/kit/change.hpp"
#include "features/kit/effects.hpp"
#include "features/learning/domain/planning.hpp"
#include "features/learning/routes/changes.hpp"
#include "features/learning/routes/lookup.hpp"
#include "features/learning/routes/offering_json.hpp"

namespace practica::learning {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;
using features::Get;
using http::Request;

namespace {

// The school of the path, which must be on the roster of the offering's cohort.
core::Result<SchoolRef> SchoolOf(LearningStore& store, const Request& request, const Offering& offering) {
  auto school = store.FindSchool(request.Param("school"));
  if (!school) return std::unexpected(school.error());
  if (!*school) return Fail(ErrorCode::kNotFound, "There is no school \"" + std::string(request.Param("school")) + "\".");
  if (offering.audience != Audience::kTeam || !offering.cohort_id) {
    return Fail(ErrorCode::kInvalidInput,
                offering.title + " is open to teachers one by one: each teacher enrols themselves.", {}, "offering");
  }
  auto roster = store.Roster(*offering.cohort_id);
  if (!roster) return std::unexpected(roster.error());
  const bool listed =
      std::any_of(roster->begin(), roster->end(), [&](const SchoolRef& s) { return s.id == (*school)->id; });
  if (!listed) {
    return Fail(ErrorCode::kConflict,
                (*school)->name + " is not in the cohort this session is for, so it cannot register a team.", {},
                "school");
  }
  return **school;
}

// Cancelling takes the offering's lock too: read again under the lock, a session cancelled
// while this request waited takes no seat.
core::Result<void> StillLive(LearningStore& store, const Offering& offering) {
  auto fresh = store.Find(offering.slug);
  if (!fresh) return std::unexpected(fresh.error());
  if (!*fresh) return Fail(ErrorCode::kNotFound, "The session is gone.");
  return CheckNotCancelled(**fresh, "it takes no registrations");
}

core::Result<void> CheckRegistrationOpen(const Deps& deps, const Offering& offering) {
  return CheckOpen(offering, deps.clock.NowUtcSeconds(),
                   core::FormatLongDateTime(deps.tenant.zone.ToLocal(offering.registration_closes_at)));
}

core::Result<std::int64_t> PersonField(const Fields& fields, const std::string& name) {
  auto id = core::ParseInt(Get(fields, name), 1, INT64_MAX);
  if (!id) {
    return Fail(ErrorCode::kInvalidInput, "Choose a person for \"" + name + "\".", {}, name);
  }
  return *id;
}

std::string Placed(State state) { return state == State::kRegistered ? "seated" : "on the waiting list"; }

std::string NamesOf(const std::vector<PersonRef>& people) {
  std::string names;
  for (const auto& person : people) names += (names.empty() ? "" : ", ") + person.name;
  return names;
}

std::string MyName(const Request& request) {
  return request.principal ? request.principal->display_name : std::string("someone");
}

// A registration a change touched, read again for the answer once the change committed.
struct Seat {
  Offering offering;
  std::int64_t registration_id = 0;
  std::optional<int> promoted;  // set when seats were given back: how many moved up
};

core::Result<json::object> Answer(const Deps& deps, const Seat& seat) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto registration = store.Get(seat.registration_id);
  if (!registration) return std::unexpected(registration.error());
  if (!*registration) return Fail(ErrorCode::kNotFound, "The registration is gone.");
  auto seats = store.SeatsOf(seat.offering);
  if (!seats) return std::unexpected(seats.error());
  json::object answer{{"registration", RegistrationJson(**registration)},
                      {"seats", SeatsJson(*seats)},
                      {"offering", seat.offering.slug},
                      {"starts_at", deps.tenant.zone.FormatIso(seat.offering.StartsAt())}};
  if (seat.promoted) answer["promoted"] = *seat.promoted;
  return answer;
}

// Gives a registration's seats back and promotes whoever now fits, in the caller's change.
core::Result<Changed<Seat>> GiveBack(const Deps& deps, const Request& request, db::Connection& db, LearningStore& store,
                                     const Offering& offering, std::int64_t registration_id,
                                     std::int64_t school_id, const std::string& whose) {
  if (auto cancelled = store.Cancel(registration_id, Me(request), deps.clock.NowUtcSeconds()); !cancelled) {
    return std::unexpected(cancelled.error());
  }
  auto promoted = PromoteWaiting(deps, db, store, offering, Me(request));
  if (!promoted) return std::unexpected(promoted.error());
  const std::string moved_up =
      promoted->count > 0 ? "; " + std::to_string(promoted->count) + " waiting moved up" : "";
  return Changed<Seat>{Seat{offering, registration_id, promoted->count},
                       {SessionEntry(offering, school_id, whose + " gave the seats back" + moved_up)},
                       std::move(promoted->mail)};
}

// Inside RegisterTeam's change: the team's seats (or its place on the waiting list).
core::Result<Changed<Seat>> TakeTeamSeats(const Deps& deps, const Request& request, db::Connection& db, LearningStore& store,
                                          const Offering& offering, const SchoolRef& school,
                                          const std::vector<std::int64_t>& attendees) {
  if (auto locked = store.Lock(offering.id); !locked) return std::unexpected(locked.error());
  if (auto live = StillLive(store, offering); !live) return std::unexpected(live.error());
  auto team = store.TeamOf(*offering.cohort_id, school.id);
  if (!team) return std::unexpected(team.error());
  std::vector<std::int64_t> members;
  for (const auto& person : *team) members.push_back(person.id);
  if (auto checked = CheckTeamAttendees(offering, attendees, members); !checked) {
    return std::unexpected(checked.error());
  }
  auto claims = store.Claims(offering.id);
  if (!claims) return std::unexpected(claims.error());
  const auto state = Place(Count(offering.capacity, *claims), offering.team_size);
  auto added = store.Add(offering.id, school.id, std::nullopt, state, attendees, Me(request),
                         deps.clock.NowUtcSeconds());
  if (!added) return std::unexpected(added.error());
  // A place on the waiting list is not a seat yet: the rooms hear when it moves up.
  if (state == State::kRegistered) {
    if (auto told = TellTeamSeated(deps, db, offering, school.id, Me(request)); !told) {
      return std::unexpected(told.error());
    }
  }
  std::vector<PersonRef> coming;
  for (const auto& person : *team) {
    if (std::ranges::find(attendees, person.id) != attendees.end()) coming.push_back(person);
  }
  return Changed<Seat>{Seat{offering, added->id, std::nullopt},
                       {SessionEntry(offering, school.id,
                                     school.name + "'s team registered, " + Placed(state) + ": " + NamesOf(coming),
                                     RegistrationJson(*added))},
                       {}};
}

// The new attendee's and the old one's names, for the audit entry.
std::string SwapText(const SchoolRef& school, const Registration& registration, const std::vector<PersonRef>& team,
                     std::int64_t out, std::int64_t in) {
  std::string out_name = "person " + std::to_string(out), in_name = "person " + std::to_string(in);
  for (const auto& person : registration.attendees) {
    if (person.id == out) out_name = person.name;
  }
  for (const auto& person : team) {
    if (person.id == in) in_name = person.name;
  }
  return school.name + "'s team: " + out_name + " → " + in_name;
}

// Inside SwapAttendee's change, under the offering's lock.
core::Result<Changed<Seat>> Swap(const Deps& deps, const Request& request, LearningStore& store,
                                 const Offering& offering, const SchoolRef& school, std::int64_t out, std::int64_t in) {
  if (auto locked = store.Lock(offering.id); !locked) return std::unexpected(locked.error());
  auto registration = store.ForSchool(offering.id, school.id);
  if (!registration) return std::unexpected(registration.error());
  if (!*registration) {
    return Fail(ErrorCode::kNotFound, school.name + " has no registration for " + offering.title + ".");
  }
  auto team = store.TeamOf(*offering.cohort_id, school.id);
  if (!team) return std::unexpected(team.error());
  const bool member = std::any_of(team->begin(), team->end(), [&](const PersonRef& p) { return p.id == in; });
  if (!member) {
    return Fail(ErrorCode::kInvalidInput,
                "The new attendee must be on the school's practitioner team; add them to the "
                "team first.", {}, "in");
  }
  if (auto swapped = store.Swap((*registration)->id, out, in, Me(request), deps.clock.NowUtcSeconds()); !swapped) {
    return std::unexpected(swapped.error());
  }
  return Changed<Seat>{Seat{offering, (*registration)->id, std::nullopt},
                       {SessionEntry(offering, school.id, SwapText(school, **registration, *team, out, in))},
                       {}};
}

}  // namespace

core::Result<json::object> RegisterTeam(const Deps& deps, const Request& request, const Fields&) {
  auto seat = features::RunChange(deps, request, "learning.register", [&](db::Connection& db) -> core::Result<Changed<Seat>> {
    LearningStore store(db, deps.tenant.id);
    auto offering = FindOffering(store, request);
    if (!offering) return std::unexpected(offering.error());
    if (auto live = CheckNotCancelled(*offering, "it takes no registrations"); !live) {
      return std::unexpected(live.error());
    }
    auto school = SchoolOf(store, request, *offering);
    if (!school) return std::unexpected(school.error());
    if (auto open = CheckRegistrationOpen(deps, *offering); !open) return std::unexpected(open.error());
    auto attendees = PersonIds(request, "attendee", "attendees");
    if (!attendees) return std::unexpected(attendees.error());
    return TakeTeamSeats(deps, request, db, store, *offering, *school, *attendees);
  });
  if (!seat) return std::unexpected(seat.error());
  return Answer(deps, *seat);
}

core::Result<json::object> SwapAttendee(const Deps& deps, const Request& request, const Fields& fields) {
  auto seat = features::RunChange(deps, request, "learning.register", [&](db::Connection& db) -> core::Result<Changed<Seat>> {
    LearningStore store(db, deps.tenant.id);
    auto offering = FindOffering(store, request);
    if (!offering) return std::unexpected(offering.error());
    auto school = SchoolOf(store, request, *offering);
    if (!school) return std::unexpected(school.error());
    if (auto live = CheckNotCancelled(*offering, "its attendees stay as they were"); !live) {
      return std::unexpected(live.error());
    }
    auto out = PersonField(fields, "out");
    if (!out) return std::unexpected(out.error());
    auto in = PersonField(fields, "in");
    if (!in) return std::unexpected(in.error());
    if (deps.clock.NowUtcSeconds() >= offering->EndsAt()) {
      return Fail(ErrorCode::kConflict, offering->title + " is over; its attendees stay as they were.", {}, "offering");
    }
    return Swap(deps, request, store, *offering, *school, *out, *in);
  });
  if (!seat) return std::unexpected(seat.error());
  return Answer(deps, *seat);
}

core::Result<json::object> CancelTeam(const Deps& deps, const Request& request, const Fields&) {
  auto seat = features::RunChange(deps, request, "learning.register", [&](db::Connection& db) -> core::Result<Changed<Seat>> {
    LearningStore store(db, deps.tenant.id);
    auto offering = FindOffering(store, request);
    if (!offering) return std::unexpected(offering.error());
    if (auto live = CheckNotCancelled(*offering, "its registrations stay as they were"); !live) {
      return std::unexpected(live.error());
    }
    auto school = SchoolOf(store, request, *offering);
    if (!school) return std::unexpected(school.error());
    if (auto locked = store.Lock(offering->id); !locked) return std::unexpected(locked.error());
    auto registration = store.ForSchool(offering->id, school->id);
    if (!registration) return std::unexpected(registration.error());
    if (!*registration) {
      return Fail(ErrorCode::kNotFound, school->name + " has no registration for " + offering->title + " to cancel.");
    }
    return GiveBack(deps, request, db, store, *offering, (*registration)->id, school->id, school->name + "'s team");
  });
  if (!seat) return std::unexpected(seat.error());
  return Answer(deps, *seat);
}

core::Result<json::object> Enrol(const Deps& deps, const Request& request, const Fields&) {
  auto seat = features::RunChange(deps, request, "learning.enrol", [&](db::Connection& db) -> core::Result<Changed<Seat>> {
    LearningStore store(db, deps.tenant.id);
    auto offering = FindOffering(store, request);
    if (!offering) return std::unexpected(offering.error());
    if (offering->audience != Audience::kIndividual) {
      return Fail(ErrorCode::kInvalidInput,
                  offering->title + " is for practitioner teams: the school's principal or a team "
                  "member registers the team.", {}, "offering");
    }
    if (auto live = CheckNotCancelled(*offering, "it takes no registrations"); !live) return std::unexpected(live.error());
    if (auto open = CheckRegistrationOpen(deps, *offering); !open) return std::unexpected(open.error());
    if (auto locked = store.Lock(offering->id); !locked) return std::unexpected(locked.error());
    if (auto live = StillLive(store, *offering); !live) return std::unexpected(live.error());
    auto claims = store.Claims(offering->id);
    if (!claims) return std::unexpected(claims.error());
    const auto state = Place(Count(offering->capacity, *claims), 1);
    auto added = store.Add(offering->id, std::nullopt, Me(request), state, {Me(request)}, Me(request),
                           deps.clock.NowUtcSeconds());
    if (!added) return std::unexpected(added.error());
    return Changed<Seat>{Seat{*offering, added->id, std::nullopt},
                         {SessionEntry(*offering, 0, MyName(request) + " enrolled, " + Placed(state), RegistrationJson(*added))},
                         {}};
  });
  if (!seat) return std::unexpected(seat.error());
  return Answer(deps, *seat);
}

core::Result<json::object> Unenrol(const Deps& deps, const Request& request, const Fields&) {
  auto seat = features::RunChange(deps, request, "learning.enrol", [&](db::Connection& db) -> core::Result<Changed<Seat>> {
    LearningStore store(db, deps.tenant.id);
    auto offering = FindOffering(store, request);
    if (!offering) return std::unexpected(offering.error());
    if (auto live = CheckNotCancelled(*offering, "its registrations stay as they were"); !live) {
      return std::unexpected(live.error());
    }
    if (auto locked = store.Lock(offering->id); !locked) return std::unexpected(locked.error());
    auto registration = store.ForTeacher(offering->id, Me(request));
    if (!registration) return std::unexpected(registration.error());
    if (!*registration) return Fail(ErrorCode::kNotFound, "You are not enrolled in " + offering->title + ".");
    return GiveBack(deps, request, db, store, *offering, (*registration)->id, 0, MyName(request));
  });
  if (!seat) return std::unexpected(seat.error());
  return Answer(deps, *seat);
}

}  // namespace practica::learning
