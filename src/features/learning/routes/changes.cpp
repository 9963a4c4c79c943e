#include "features/learning/routes/changes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <set>

#include "core/text.hpp"
#include "core/time_zone.hpp"
#include "features/kit/change.hpp"
#include "features/kit/effects.hpp"
#include "features/learning/domain/planning.hpp"
#include "features/learning/routes/lookup.hpp"
#include "features/learning/routes/offering_json.hpp"

namespace practica::learning {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
using features::Deps;
using features::Fields;
using http::Request;

namespace {

// The e-mail telling one attendee of a registration that moved up that it now holds seats.
features::ChangeMail PromotedMail(const Deps& deps, const Offering& offering, const Registration& r,
                                  const PersonRef& person) {
  const std::string who = r.school ? r.school->name + "'s team" : "you";
  return {mail::Message{person.email, person.name, "A seat opened: " + offering.title,
                        core::Greeting(person.name) + "\n\nSeats opened for " + offering.title + " and " + who +
                            " moved from the waiting list to registered.\n\n" +
                            "When: " + DaysText(offering, deps.tenant.zone) + "\n" +
                            (offering.location.empty() ? "" : "Where: " + offering.location + "\n") +
                            (offering.join_url.empty() ? "" : "Join: " + offering.join_url + "\n") +
                            "\nDetails: " + deps.auth.public_url + "/learning/" + offering.slug + "\n"},
          "learning.promoted:" + std::to_string(r.id) + ":" + std::to_string(person.id),
          jobs::MailAudience{person.id, ""}};
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

// The day of the path, once attendance for it may be taken (from an hour before it starts).
core::Result<const Day*> AttendanceDay(const Deps& deps, const Request& request, const Offering& offering) {
  auto day_number = core::ParseInt(request.Param("day"), 1, 20);
  const Day* day = day_number ? offering.FindDay(static_cast<int>(*day_number)) : nullptr;
  if (day == nullptr) {
    return Fail(ErrorCode::kNotFound, offering.title + " has no day " + std::string(request.Param("day")) + ".");
  }
  if (deps.clock.NowUtcSeconds() < day->starts_at - 3600) {
    return Fail(ErrorCode::kConflict,
                "Attendance for day " + std::to_string(day->number) + " opens an hour before it "
                "starts (" + core::FormatLongDateTime(deps.tenant.zone.ToLocal(day->starts_at)) + ").",
                {}, "day");
  }
  return day;
}

// Marks every seat holder present or absent; refuses anyone marked who holds no seat.
core::Result<Changed<json::object>> MarkDay(const Deps& deps, const Request& request, db::Connection& db, LearningStore& store,
                                         const Offering& offering, const Day& day, const std::set<std::int64_t>& here) {
  auto registrations = store.Registrations(offering.id);
  if (!registrations) return std::unexpected(registrations.error());
  std::set<std::int64_t> seated;
  int marked_present = 0;
  for (const auto& r : *registrations) {
    if (r.state != State::kRegistered) continue;
    for (const auto& person : r.attendees) {
      seated.insert(person.id);
      const bool is_here = here.contains(person.id);
      marked_present += is_here ? 1 : 0;
      auto marked = store.Mark(offering.id, day.number, person.id, is_here, Me(request), deps.clock.NowUtcSeconds());
      if (!marked) return std::unexpected(marked.error());
    }
  }
  for (auto id : here) {
    if (!seated.contains(id)) {
      return Fail(ErrorCode::kInvalidInput,
                  "Person " + std::to_string(id) + " holds no seat at " + offering.title +
                      "; only registered attendees can be marked.", {}, "present");
    }
  }
  for (const auto& r : *registrations) {
    if (r.state != State::kRegistered || !r.school) continue;
    if (auto fed = FeedCommitment(deps, db, store, offering, *r.school, Me(request)); !fed) {
      return std::unexpected(fed.error());
    }
  }
  const auto count = static_cast<std::int64_t>(seated.size());
  return Changed<json::object>{
      json::object{{"offering", offering.slug}, {"day", day.number}, {"present", marked_present}, {"seated", count}},
      {SessionEntry(offering, 0,
                    "Attendance for day " + std::to_string(day.number) + ": " + std::to_string(marked_present) +
                        " of " + std::to_string(count) + " present",
                    json::object{{"day", day.number}, {"present", json::array(here.begin(), here.end())}})},
      {}};
}

}  // namespace

auth::AuditEntry SessionEntry(const Offering& offering, std::int64_t school_id, std::string reason,
                              const json::value& after) {
  auth::AuditEntry entry;
  entry.record_type = "learning_session";
  entry.record_id = offering.slug;
  entry.school_id = school_id;
  if (!after.is_null()) entry.after_json = json::serialize(after);
  entry.reason = std::move(reason);
  return entry;
}

core::Result<void> TellTeamSeated(const Deps& deps, db::Connection& db, const Offering& offering,
                                  std::int64_t school_id, std::int64_t by) {
  if (!offering.cohort_id) return {};
  return features::Emit(deps, db,
                        features::TeamRegistered{*offering.cohort_id, school_id,
                                                 std::string(InfoOf(offering.kind).code), offering.id,
                                                 offering.title, by, deps.clock.NowUtcSeconds()});
}

core::Result<Promotion> PromoteWaiting(const Deps& deps, db::Connection& db, LearningStore& store,
                                       const Offering& offering, std::int64_t by) {
  auto claims = store.Claims(offering.id);
  if (!claims) return std::unexpected(claims.error());
  const auto now = deps.clock.NowUtcSeconds();
  const auto promoted = Promotions(offering.capacity, *claims);
  Promotion promotion{static_cast<int>(promoted.size()), {}};
  for (auto id : promoted) {
    if (auto done = store.Promote(id, now); !done) return std::unexpected(done.error());
    auto registration = store.Get(id);
    if (!registration) return std::unexpected(registration.error());
    if (!*registration) continue;
    if ((*registration)->school) {
      if (auto told = TellTeamSeated(deps, db, offering, (*registration)->school->id, by); !told) {
        return std::unexpected(told.error());
      }
    }
    for (const auto& person : (*registration)->attendees) {
      promotion.mail.push_back(PromotedMail(deps, offering, **registration, person));
    }
  }
  return promotion;
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

core::Result<json::object> TakeAttendance(const Deps& deps, const Request& request, const Fields&) {
  return features::RunChange(deps, request, "learning.attendance", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    LearningStore store(db, deps.tenant.id);
    auto offering = FindOffering(store, request);
    if (!offering) return std::unexpected(offering.error());
    if (auto live = CheckNotCancelled(*offering, "its attendance cannot be taken"); !live) {
      return std::unexpected(live.error());
    }
    auto day = AttendanceDay(deps, request, *offering);
    if (!day) return std::unexpected(day.error());
    auto present = PersonIds(request, "present", "present");
    if (!present) return std::unexpected(present.error());
    return MarkDay(deps, request, db, store, *offering, **day, std::set<std::int64_t>(present->begin(), present->end()));
  });
}

core::Result<json::object> CreateOffering(const Deps& deps, const Request& request, const Fields& fields) {
  return features::RunChange(deps, request, "learning.manage", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    auto offering = OfferingFromFields(db, deps, fields);
    if (!offering) return std::unexpected(offering.error());
    if (auto valid = Validate(*offering); !valid) return std::unexpected(valid.error());
    auto created = LearningStore(db, deps.tenant.id).Create(std::move(*offering), Me(request), deps.clock.NowUtcSeconds());
    if (!created) return std::unexpected(created.error());
    auto answer = OfferingJson(*created, deps.tenant.zone);
    return Changed<json::object>{answer, {SessionEntry(*created, 0, "Planned: " + created->title, answer)}, {}};
  });
}

}  // namespace practica::learning
