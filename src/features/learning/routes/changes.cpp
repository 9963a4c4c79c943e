#include "features/learning/routes/changes.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "core/time_zone.hpp"
#include "db/connection.hpp"
#include "features/kit/audit.hpp"
#include "features/learning/domain/planning.hpp"
#include "features/learning/routes/lookup.hpp"
#include "features/learning/routes/offering_json.hpp"
#include "features/learning/store/learning_store.hpp"
#include "jobs/queue.hpp"

namespace practica::learning {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Deps;
using features::Fields;
using features::Get;
using http::Request;

namespace {

// The school of the path, which must be on the roster of the offering's cohort.
core::Result<SchoolRef> SchoolOf(LearningStore& store, const Request& request,
                                 const Offering& offering) {
  auto school = store.FindSchool(request.Param("school"));
  if (!school) return std::unexpected(school.error());
  if (!*school) {
    return Fail(ErrorCode::kNotFound,
                "There is no school \"" + std::string(request.Param("school")) + "\".");
  }
  if (offering.audience != Audience::kTeam || !offering.cohort_id) {
    return Fail(ErrorCode::kInvalidInput,
                offering.title + " is open to teachers one by one: each teacher enrols "
                "themselves.", {}, "offering");
  }
  auto roster = store.Roster(*offering.cohort_id);
  if (!roster) return std::unexpected(roster.error());
  const bool listed = std::any_of(roster->begin(), roster->end(), [&](const SchoolRef& s) {
    return s.id == (*school)->id;
  });
  if (!listed) {
    return Fail(ErrorCode::kConflict, (*school)->name + " is not in the cohort this session is "
                                                        "for, so it cannot register a team.",
                {}, "school");
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

// The audit entry of a change to the session's seats or attendance, written in the change's
// transaction: about the session, and the school when a team's registration changed.
core::Result<void> Record(const Deps& deps, db::Connection& db, const Request& request, std::string_view action,
                          const Offering& offering, std::int64_t school_id, std::string reason,
                          const json::value& after = nullptr) {
  auth::AuditEntry entry;
  entry.record_type = "learning_session";
  entry.record_id = offering.slug;
  entry.school_id = school_id;
  if (!after.is_null()) entry.after_json = json::serialize(after);
  entry.reason = std::move(reason);
  return features::Audit(deps, db, request, action, std::move(entry));
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

// Gives a registration's seats back and promotes whoever now fits, in one transaction.
core::Result<json::object> Answer(LearningStore& store, const Deps& deps, const Offering& offering,
                                  std::int64_t registration_id);

core::Result<json::object> CancelAndPromote(const Deps& deps, const Request& request, db::Connection& db,
                                            LearningStore& store, const Offering& offering,
                                            db::Transaction& tx, std::int64_t registration_id,
                                            std::int64_t school_id, const std::string& whose) {
  if (auto cancelled = store.Cancel(registration_id, Me(request), deps.clock.NowUtcSeconds()); !cancelled) {
    return std::unexpected(cancelled.error());
  }
  auto promoted = PromoteWaiting(deps, db, store, offering);
  if (!promoted) return std::unexpected(promoted.error());
  const std::string moved_up = *promoted > 0 ? "; " + std::to_string(*promoted) + " waiting moved up" : "";
  if (auto recorded = Record(deps, db, request, school_id != 0 ? "learning.register" : "learning.enrol", offering,
                             school_id, whose + " gave the seats back" + moved_up);
      !recorded) {
    return std::unexpected(recorded.error());
  }
  if (auto done = tx.Commit(); !done) return std::unexpected(done.error());
  auto answer = Answer(store, deps, offering, registration_id);
  if (answer) (*answer)["promoted"] = *promoted;
  return answer;
}

core::Result<json::object> Answer(LearningStore& store, const Deps& deps, const Offering& offering,
                                  std::int64_t registration_id) {
  auto registration = store.Get(registration_id);
  if (!registration) return std::unexpected(registration.error());
  if (!*registration) return Fail(ErrorCode::kNotFound, "The registration is gone.");
  auto seats = store.SeatsOf(offering);
  if (!seats) return std::unexpected(seats.error());
  return json::object{{"registration", RegistrationJson(**registration)},
                      {"seats", SeatsJson(*seats)},
                      {"offering", offering.slug},
                      {"starts_at", deps.tenant.zone.FormatIso(offering.StartsAt())}};
}

// Whether every session tied to the commitment is now attended by the school's team; when so,
// the commitments feature hears of it (it ignores commitments already verified).
core::Result<void> FeedCommitment(const Deps& deps, db::Connection& db, LearningStore& store,
                                  const Offering& offering, const SchoolRef& school,
                                  std::int64_t by) {
  if (!offering.commitment_number || !offering.cohort_id || deps.effects == nullptr) return {};
  auto cohort = store.List(OfferingFilter{offering.cohort_id, false, 0});
  if (!cohort) return std::unexpected(cohort.error());
  const auto now = deps.clock.NowUtcSeconds();
  std::vector<std::pair<const Offering*, Outcome>> tied;
  std::string note = "Attendance taken: ";
  for (const auto& other : *cohort) {
    if (other.commitment_number != offering.commitment_number) continue;
    auto registration = store.ForSchool(other.id, school.id);
    if (!registration) return std::unexpected(registration.error());
    Marks marks;
    std::optional<State> state;
    if (*registration) {
      state = (*registration)->state;
      auto found = store.MarksOf((*registration)->id);
      if (!found) return std::unexpected(found.error());
      marks = std::move(*found);
    }
    const auto outcome = Judge(other, state, marks, now);
    tied.emplace_back(&other, outcome);
    if (outcome == Outcome::kAttended) {
      note += (tied.size() > 1 ? "; " : "") + other.title + " attended";
    }
  }
  if (!CommitmentMet(tied)) return {};
  return features::Emit(deps, db,
                        features::AttendanceMet{*offering.cohort_id, school.id, *offering.commitment_number,
                                                by, now, note + "."});
}

// A team that takes seats at one of its cohort's offerings: rooms that count the registration
// as evidence (a Planning Cohort's, commitment 13 of PS 3.0) act on it in this transaction. A
// place on the waiting list is not a seat yet.
core::Result<void> TellRegistered(const Deps& deps, db::Connection& db, const Offering& offering,
                                  const SchoolRef& school, State state, std::int64_t by) {
  if (state != State::kRegistered || !offering.cohort_id) return {};
  return features::Emit(deps, db,
                        features::TeamRegistered{*offering.cohort_id, school.id,
                                                 std::string(InfoOf(offering.kind).code), offering.id,
                                                 offering.title, by, deps.clock.NowUtcSeconds()});
}

}  // namespace

core::Result<int> PromoteWaiting(const Deps& deps, db::Connection& db, LearningStore& store,
                                 const Offering& offering) {
  auto claims = store.Claims(offering.id);
  if (!claims) return std::unexpected(claims.error());
  const auto now = deps.clock.NowUtcSeconds();
  const auto promoted = Promotions(offering.capacity, *claims);
  for (auto id : promoted) {
    if (auto done = store.Promote(id, now); !done) return std::unexpected(done.error());
    auto registration = store.Get(id);
    if (!registration) return std::unexpected(registration.error());
    if (!*registration) continue;
    const auto& r = **registration;
    const std::string who = r.school ? r.school->name + "'s team" : "you";
    for (const auto& person : r.attendees) {
      mail::Message message{
          person.email, person.name, "A seat opened: " + offering.title,
          "Hello " + person.name + ",\n\nSeats opened for " + offering.title + " and " + who +
              " moved from the waiting list to registered.\n\n" +
              "When: " + DaysText(offering, deps.tenant.zone) + "\n" +
              (offering.location.empty() ? "" : "Where: " + offering.location + "\n") +
              (offering.join_url.empty() ? "" : "Join: " + offering.join_url + "\n") +
              "\nDetails: " + deps.auth.public_url + "/learning/" + offering.slug + "\n"};
      auto queued = jobs::EnqueueMail(
          db, deps.tenant.id, message,
          "learning.promoted:" + std::to_string(r.id) + ":" + std::to_string(person.id), now,
          jobs::MailAudience{person.id, ""});
      if (!queued) return std::unexpected(queued.error());
    }
  }
  return static_cast<int>(promoted.size());
}

core::Result<std::vector<std::int64_t>> PersonIds(const Request& request, const std::string& name,
                                                  const std::string& json_name) {
  std::vector<std::int64_t> ids;
  auto add = [&](std::string_view text) -> core::Result<void> {
    auto id = core::ParseInt(text, 1, INT64_MAX);
    if (!id) {
      return Fail(ErrorCode::kInvalidInput,
                  "\"" + std::string(text) + "\" is not a person's number.", {}, json_name);
    }
    ids.push_back(*id);
    return {};
  };
  if (request.IsApi()) {
    boost::system::error_code ec;
    auto body = json::parse(request.body, ec);
    if (ec || !body.is_object()) {
      return Fail(ErrorCode::kInvalidInput, "Send a JSON object as the request body.", {}, "body");
    }
    const auto* list = body.as_object().if_contains(json_name);
    if (list == nullptr) return ids;
    if (!list->is_array()) {
      return Fail(ErrorCode::kInvalidInput, "\"" + json_name + "\" must be a list of person ids.",
                  {}, json_name);
    }
    for (const auto& item : list->as_array()) {
      if (!item.is_int64()) {
        return Fail(ErrorCode::kInvalidInput,
                    "\"" + json_name + "\" must be a list of person ids.", {}, json_name);
      }
      ids.push_back(item.as_int64());
    }
    return ids;
  }
  for (const auto& [key, value] : request.Form()) {
    if (key != name) continue;
    if (auto added = add(value); !added) return std::unexpected(added.error());
  }
  return ids;
}

core::Result<json::object> RegisterTeam(const Deps& deps, const Request& request, const Fields&) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return std::unexpected(offering.error());
  if (auto live = CheckNotCancelled(*offering, "it takes no registrations"); !live) {
    return std::unexpected(live.error());
  }
  auto school = SchoolOf(store, request, *offering);
  if (!school) return std::unexpected(school.error());
  if (auto open = CheckRegistrationOpen(deps, *offering); !open) {
    return std::unexpected(open.error());
  }
  auto attendees = PersonIds(request, "attendee", "attendees");
  if (!attendees) return std::unexpected(attendees.error());
  auto tx = db::Transaction::Begin(*db);
  if (!tx) return std::unexpected(tx.error());
  if (auto locked = store.Lock(offering->id); !locked) return std::unexpected(locked.error());
  if (auto live = StillLive(store, *offering); !live) return std::unexpected(live.error());
  auto team = store.TeamOf(*offering->cohort_id, school->id);
  if (!team) return std::unexpected(team.error());
  std::vector<std::int64_t> members;
  for (const auto& person : *team) members.push_back(person.id);
  if (auto checked = CheckTeamAttendees(*offering, *attendees, members); !checked) {
    return std::unexpected(checked.error());
  }
  auto claims = store.Claims(offering->id);
  if (!claims) return std::unexpected(claims.error());
  const auto state = Place(Count(offering->capacity, *claims), offering->team_size);
  auto added = store.Add(offering->id, school->id, std::nullopt, state, *attendees, Me(request),
                         deps.clock.NowUtcSeconds());
  if (!added) return std::unexpected(added.error());
  if (auto told = TellRegistered(deps, *db, *offering, *school, state, Me(request)); !told) {
    return std::unexpected(told.error());
  }
  std::vector<PersonRef> coming;
  for (const auto& person : *team) {
    if (std::ranges::find(*attendees, person.id) != attendees->end()) coming.push_back(person);
  }
  if (auto recorded = Record(deps, *db, request, "learning.register", *offering, school->id,
                             school->name + "'s team registered, " + Placed(state) + ": " + NamesOf(coming),
                             RegistrationJson(*added));
      !recorded) {
    return std::unexpected(recorded.error());
  }
  if (auto done = tx->Commit(); !done) return std::unexpected(done.error());
  return Answer(store, deps, *offering, added->id);
}

core::Result<json::object> SwapAttendee(const Deps& deps, const Request& request,
                                        const Fields& fields) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
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
    return Fail(ErrorCode::kConflict, offering->title + " is over; its attendees stay as they "
                                                        "were.", {}, "offering");
  }
  auto tx = db::Transaction::Begin(*db);
  if (!tx) return std::unexpected(tx.error());
  if (auto locked = store.Lock(offering->id); !locked) return std::unexpected(locked.error());
  auto registration = store.ForSchool(offering->id, school->id);
  if (!registration) return std::unexpected(registration.error());
  if (!*registration) {
    return Fail(ErrorCode::kNotFound, school->name + " has no registration for " +
                                          offering->title + ".");
  }
  auto team = store.TeamOf(*offering->cohort_id, school->id);
  if (!team) return std::unexpected(team.error());
  const bool member = std::any_of(team->begin(), team->end(),
                                  [&](const PersonRef& p) { return p.id == *in; });
  if (!member) {
    return Fail(ErrorCode::kInvalidInput,
                "The new attendee must be on the school's practitioner team; add them to the "
                "team first.", {}, "in");
  }
  if (auto swapped = store.Swap((*registration)->id, *out, *in, Me(request),
                                deps.clock.NowUtcSeconds());
      !swapped) {
    return std::unexpected(swapped.error());
  }
  std::string out_name = "person " + std::to_string(*out), in_name = "person " + std::to_string(*in);
  for (const auto& person : (*registration)->attendees) {
    if (person.id == *out) out_name = person.name;
  }
  for (const auto& person : *team) {
    if (person.id == *in) in_name = person.name;
  }
  if (auto recorded = Record(deps, *db, request, "learning.register", *offering, school->id,
                             school->name + "'s team: " + out_name + " → " + in_name);
      !recorded) {
    return std::unexpected(recorded.error());
  }
  if (auto done = tx->Commit(); !done) return std::unexpected(done.error());
  return Answer(store, deps, *offering, (*registration)->id);
}

core::Result<json::object> CancelTeam(const Deps& deps, const Request& request, const Fields&) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return std::unexpected(offering.error());
  if (auto live = CheckNotCancelled(*offering, "its registrations stay as they were"); !live) {
    return std::unexpected(live.error());
  }
  auto school = SchoolOf(store, request, *offering);
  if (!school) return std::unexpected(school.error());
  auto tx = db::Transaction::Begin(*db);
  if (!tx) return std::unexpected(tx.error());
  if (auto locked = store.Lock(offering->id); !locked) return std::unexpected(locked.error());
  auto registration = store.ForSchool(offering->id, school->id);
  if (!registration) return std::unexpected(registration.error());
  if (!*registration) {
    return Fail(ErrorCode::kNotFound, school->name + " has no registration for " +
                                          offering->title + " to cancel.");
  }
  return CancelAndPromote(deps, request, *db, store, *offering, *tx, (*registration)->id, school->id,
                          school->name + "'s team");
}

core::Result<json::object> Enrol(const Deps& deps, const Request& request, const Fields&) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return std::unexpected(offering.error());
  if (offering->audience != Audience::kIndividual) {
    return Fail(ErrorCode::kInvalidInput,
                offering->title + " is for practitioner teams: the school's principal or a team "
                "member registers the team.", {}, "offering");
  }
  if (auto live = CheckNotCancelled(*offering, "it takes no registrations"); !live) {
    return std::unexpected(live.error());
  }
  if (auto open = CheckRegistrationOpen(deps, *offering); !open) {
    return std::unexpected(open.error());
  }
  auto tx = db::Transaction::Begin(*db);
  if (!tx) return std::unexpected(tx.error());
  if (auto locked = store.Lock(offering->id); !locked) return std::unexpected(locked.error());
  if (auto live = StillLive(store, *offering); !live) return std::unexpected(live.error());
  auto claims = store.Claims(offering->id);
  if (!claims) return std::unexpected(claims.error());
  const auto state = Place(Count(offering->capacity, *claims), 1);
  auto added = store.Add(offering->id, std::nullopt, Me(request), state, {Me(request)},
                         Me(request), deps.clock.NowUtcSeconds());
  if (!added) return std::unexpected(added.error());
  if (auto recorded = Record(deps, *db, request, "learning.enrol", *offering, 0,
                             MyName(request) + " enrolled, " + Placed(state), RegistrationJson(*added));
      !recorded) {
    return std::unexpected(recorded.error());
  }
  if (auto done = tx->Commit(); !done) return std::unexpected(done.error());
  return Answer(store, deps, *offering, added->id);
}

core::Result<json::object> Unenrol(const Deps& deps, const Request& request, const Fields&) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return std::unexpected(offering.error());
  if (auto live = CheckNotCancelled(*offering, "its registrations stay as they were"); !live) {
    return std::unexpected(live.error());
  }
  auto tx = db::Transaction::Begin(*db);
  if (!tx) return std::unexpected(tx.error());
  if (auto locked = store.Lock(offering->id); !locked) return std::unexpected(locked.error());
  auto registration = store.ForTeacher(offering->id, Me(request));
  if (!registration) return std::unexpected(registration.error());
  if (!*registration) {
    return Fail(ErrorCode::kNotFound, "You are not enrolled in " + offering->title + ".");
  }
  return CancelAndPromote(deps, request, *db, store, *offering, *tx, (*registration)->id, 0, MyName(request));
}

core::Result<json::object> TakeAttendance(const Deps& deps, const Request& request,
                                          const Fields&) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return std::unexpected(offering.error());
  if (auto live = CheckNotCancelled(*offering, "its attendance cannot be taken"); !live) {
    return std::unexpected(live.error());
  }
  auto day_number = core::ParseInt(request.Param("day"), 1, 20);
  const Day* day = day_number ? offering->FindDay(static_cast<int>(*day_number)) : nullptr;
  if (day == nullptr) {
    return Fail(ErrorCode::kNotFound, offering->title + " has no day " +
                                          std::string(request.Param("day")) + ".");
  }
  const auto now = deps.clock.NowUtcSeconds();
  if (now < day->starts_at - 3600) {
    return Fail(ErrorCode::kConflict,
                "Attendance for day " + std::to_string(day->number) + " opens an hour before it "
                "starts (" + core::FormatLongDateTime(deps.tenant.zone.ToLocal(day->starts_at)) +
                    ").", {}, "day");
  }
  auto present = PersonIds(request, "present", "present");
  if (!present) return std::unexpected(present.error());
  const std::set<std::int64_t> here(present->begin(), present->end());
  auto tx = db::Transaction::Begin(*db);
  if (!tx) return std::unexpected(tx.error());
  auto registrations = store.Registrations(offering->id);
  if (!registrations) return std::unexpected(registrations.error());
  std::set<std::int64_t> seated;
  int marked_present = 0;
  for (const auto& r : *registrations) {
    if (r.state != State::kRegistered) continue;
    for (const auto& person : r.attendees) {
      seated.insert(person.id);
      const bool is_here = here.contains(person.id);
      marked_present += is_here ? 1 : 0;
      auto marked = store.Mark(offering->id, day->number, person.id, is_here, Me(request), now);
      if (!marked) return std::unexpected(marked.error());
    }
  }
  for (auto id : here) {
    if (!seated.contains(id)) {
      return Fail(ErrorCode::kInvalidInput,
                  "Person " + std::to_string(id) + " holds no seat at " + offering->title +
                      "; only registered attendees can be marked.", {}, "present");
    }
  }
  for (const auto& r : *registrations) {
    if (r.state != State::kRegistered || !r.school) continue;
    if (auto fed = FeedCommitment(deps, *db, store, *offering, *r.school, Me(request)); !fed) {
      return std::unexpected(fed.error());
    }
  }
  if (auto recorded = Record(deps, *db, request, "learning.attendance", *offering, 0,
                             "Attendance for day " + std::to_string(day->number) + ": " +
                                 std::to_string(marked_present) + " of " + std::to_string(seated.size()) + " present",
                             json::object{{"day", day->number}, {"present", json::array(here.begin(), here.end())}});
      !recorded) {
    return std::unexpected(recorded.error());
  }
  if (auto done = tx->Commit(); !done) return std::unexpected(done.error());
  return json::object{{"offering", offering->slug},
                      {"day", day->number},
                      {"present", marked_present},
                      {"seated", static_cast<std::int64_t>(seated.size())}};
}

core::Result<json::object> CreateOffering(const Deps& deps, const Request& request,
                                          const Fields& fields) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = OfferingFromFields(*db, deps, fields);
  if (!offering) return std::unexpected(offering.error());
  if (auto valid = Validate(*offering); !valid) return std::unexpected(valid.error());
  auto tx = db::Transaction::Begin(*db);
  if (!tx) return std::unexpected(tx.error());
  auto created = store.Create(std::move(*offering), Me(request), deps.clock.NowUtcSeconds());
  if (!created) return std::unexpected(created.error());
  if (auto recorded = Record(deps, *db, request, "learning.manage", *created, 0, "Planned: " + created->title,
                             OfferingJson(*created, deps.tenant.zone));
      !recorded) {
    return std::unexpected(recorded.error());
  }
  if (auto done = tx->Commit(); !done) return std::unexpected(done.error());
  return OfferingJson(*created, deps.tenant.zone);
}

}  // namespace practica::learning
