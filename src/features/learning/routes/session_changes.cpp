#include "features/learning/routes/session_changes.hpp"

#include <boost/json/serialize.hpp>

#include "features/kit/audit.hpp"
#include "core/text.hpp"
#include "db/connection.hpp"
#include "features/learning/domain/planning.hpp"
#include "features/learning/routes/changes.hpp"
#include "features/learning/routes/lookup.hpp"
#include "features/learning/routes/offering_json.hpp"
#include "features/learning/routes/pages.hpp"
#include "features/learning/store/learning_store.hpp"
#include "jobs/queue.hpp"

namespace practica::learning {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Deps;
using features::Fields;
using http::Request;

namespace {

std::string Text(const Fields& fields, const std::string& name) {
  return std::string(core::Trim(features::Get(fields, name)));
}

// `before` with what the fields send; a field left out keeps its value.
core::Result<Offering> Edited(const Offering& before, const Deps& deps, const Fields& fields) {
  // Who a session is for decides who registered: changing it would strand them. Echoing the
  // value it has is fine; asking for another is refused, never silently ignored.
  const bool other_kind = fields.contains("kind") && Text(fields, "kind") != InfoOf(before.kind).code;
  const bool other_size = fields.contains("team_size") && Text(fields, "team_size") != std::to_string(before.team_size);
  if (other_kind || other_size || fields.contains("cohort") || fields.contains("audience")) {
    const char* field = other_kind ? "kind" : other_size ? "team_size" : fields.contains("cohort") ? "cohort" : "audience";
    return Fail(ErrorCode::kInvalidInput,
                "A session's kind, cohort, audience and team size stay as planned, since schools registered for "
                "them. To change them, plan a new session and cancel this one.",
                {}, field);
  }
  Offering after = before;
  for (auto [name, member] : {std::pair{"title", &Offering::title},
                              std::pair{"description", &Offering::description},
                              std::pair{"location", &Offering::location},
                              std::pair{"join_url", &Offering::join_url}}) {
    if (fields.contains(name)) after.*member = Text(fields, name);
  }
  if (fields.contains("capacity")) {
    auto capacity = core::ParseInt(Text(fields, "capacity"), 1, 100000);
    if (!capacity) {
      return Fail(ErrorCode::kInvalidInput, "Give the number of seats, from 1 to 100000.", {},
                  "capacity");
    }
    after.capacity = static_cast<int>(*capacity);
  }
  if (fields.contains("commitment_number")) {
    auto commitment = CommitmentFromFields(fields);
    if (!commitment) return std::unexpected(commitment.error());
    after.commitment_number = *commitment;
  }
  if (fields.contains("day1_date")) {
    auto days = DaysFromFields(fields, deps.tenant.zone);
    if (!days) return std::unexpected(days.error());
    after.days = std::move(*days);
  }
  if (fields.contains("registration_closes")) {
    auto closes = ClosesFromFields(fields, deps.tenant.zone);
    if (!closes) return std::unexpected(closes.error());
    after.registration_closes_at = closes->value_or(after.StartsAt());
  } else if (before.registration_closes_at == before.StartsAt()) {
    after.registration_closes_at = after.StartsAt();  // still "until it begins"
  }
  return after;
}

core::Result<void> Audit(const Deps& deps, db::Connection& db, const Request& request,
                         const Offering& before, const Offering& after, std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = "learning_session";
  entry.record_id = before.slug;
  entry.before_json = json::serialize(OfferingJson(before, deps.tenant.zone));
  entry.after_json = json::serialize(OfferingJson(after, deps.tenant.zone));
  entry.reason = std::move(reason);
  return features::Audit(deps, db, request, "learning.manage", std::move(entry));
}

// One e-mail per person, queued in the caller's transaction.
core::Result<int> Tell(const Deps& deps, db::Connection& db, const std::vector<PersonRef>& people,
                       const std::string& subject, const std::string& body,
                       const std::string& key) {
  int told = 0;
  for (const auto& person : people) {
    mail::Message message{person.email, person.name, subject,
                          "Hello " + person.name + ",\n\n" + body};
    auto queued = jobs::EnqueueMail(db, deps.tenant.id, message,
                                    key + ":" + std::to_string(person.id),
                                    deps.clock.NowUtcSeconds(), jobs::MailAudience{person.id, ""});
    if (!queued) return std::unexpected(queued.error());
    told += *queued ? 1 : 0;
  }
  return told;
}

std::string ChangeNotice(const Deps& deps, const Offering& after,
                         const std::vector<Difference>& changes) {
  std::string body = after.title + " has changed. You are registered or on its waiting list.\n";
  for (const auto& change : changes) {
    body += "\n" + change.what + "\n  was: " + change.before + "\n  now: " + change.after + "\n";
  }
  return body + "\nDetails: " + deps.auth.public_url + "/learning/" + after.slug + "\n";
}

// Tells everyone registered or waiting what changed, when the days, times, place or join link
// of a session still ahead did; one e-mail each per edit. Answers how many were told.
core::Result<int> TellChanges(const Deps& deps, db::Connection& db, LearningStore& store,
                              const Offering& before, const Offering& after) {
  const auto changes = NoticeableChanges(before, after, deps.tenant.zone);
  // A correction to a session that is over is for the record: nobody is going there again.
  if (changes.empty() || deps.clock.NowUtcSeconds() >= before.EndsAt()) return 0;
  auto people = store.PeopleOf(before.id);
  if (!people) return std::unexpected(people.error());
  auto revision = store.Revision(before.id);
  if (!revision) return std::unexpected(revision.error());
  return Tell(deps, db, *people, "Changed: " + after.title, ChangeNotice(deps, after, changes),
              "learning.changed:" + std::to_string(before.id) + ":" + std::to_string(*revision));
}

// Opens the transaction, locks the offering and reads it again under the lock.
struct Locked {
  db::Transaction tx;
  Offering offering;
};

core::Result<Locked> LockOffering(LearningStore& store, db::Connection& db,
                                  const Request& request) {
  auto found = FindOffering(store, request);
  if (!found) return std::unexpected(found.error());
  auto tx = db::Transaction::Begin(db);
  if (!tx) return std::unexpected(tx.error());
  if (auto locked = store.Lock(found->id); !locked) return std::unexpected(locked.error());
  auto fresh = FindOffering(store, request);
  if (!fresh) return std::unexpected(fresh.error());
  return Locked{std::move(*tx), std::move(*fresh)};
}

}  // namespace

core::Result<json::object> EditSession(const Deps& deps, const Request& request,
                                       const Fields& fields) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto locked = LockOffering(store, *db, request);
  if (!locked) return std::unexpected(locked.error());
  const Offering& before = locked->offering;
  if (auto live = CheckNotCancelled(before, "a cancelled session cannot be edited"); !live) {
    return std::unexpected(live.error());
  }
  auto after = Edited(before, deps, fields);
  if (!after) return std::unexpected(after.error());
  auto seats = store.SeatsOf(before);
  if (!seats) return std::unexpected(seats.error());
  auto marked = store.MarkedDays(before.id);
  if (!marked) return std::unexpected(marked.error());
  const auto& zone = deps.tenant.zone;
  const EditFacts facts{seats->taken, *marked, deps.clock.NowUtcSeconds()};
  if (auto allowed = CheckEdit(before, *after, facts, zone); !allowed) {
    return std::unexpected(allowed.error());
  }
  if (auto updated = store.Update(before, *after); !updated) {
    return std::unexpected(updated.error());
  }
  auto promoted = PromoteWaiting(deps, *db, store, *after);
  if (!promoted) return std::unexpected(promoted.error());
  auto told = TellChanges(deps, *db, store, before, *after);
  if (!told) return std::unexpected(told.error());
  const auto all = AllChanges(before, *after, zone);
  if (auto audited = Audit(deps, *db, request, before, *after,
                           all.empty() ? "Saved without changes." : "Edited: " + Describe(all));
      !audited) {
    return std::unexpected(audited.error());
  }
  if (auto done = locked->tx.Commit(); !done) return std::unexpected(done.error());
  auto answer = OfferingJson(*after, zone);
  auto now_seats = store.SeatsOf(*after);
  if (!now_seats) return std::unexpected(now_seats.error());
  answer["seats"] = SeatsJson(*now_seats);
  answer["promoted"] = *promoted;
  answer["told"] = *told;
  return answer;
}

core::Result<json::object> CancelSession(const Deps& deps, const Request& request,
                                         const Fields& fields) {
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto locked = LockOffering(store, *db, request);
  if (!locked) return std::unexpected(locked.error());
  const Offering& before = locked->offering;
  const auto now = deps.clock.NowUtcSeconds();
  const std::string reason = Text(fields, "reason");
  if (auto allowed = CheckCancel(before, reason, now, deps.tenant.zone); !allowed) {
    return std::unexpected(allowed.error());
  }
  auto cancelled = store.CancelOffering(before.id, reason, Me(request), now);
  if (!cancelled) return std::unexpected(cancelled.error());
  Offering after = before;
  after.cancelled_at = now;
  after.cancel_reason = reason;
  auto people = store.PeopleOf(before.id);
  if (!people) return std::unexpected(people.error());
  const std::string body =
      before.title + " (" + WhenText(before, deps.tenant.zone) + ") is cancelled.\n\nWhy: " +
      reason + "\n\nYour registration needs nothing more from you. Other sessions: " +
      deps.auth.public_url + "/learning\n";
  auto told = Tell(deps, *db, *people, "Cancelled: " + before.title, body,
                   "learning.cancelled:" + std::to_string(before.id));
  if (!told) return std::unexpected(told.error());
  if (auto audited = Audit(deps, *db, request, before, after, "Cancelled: " + reason);
      !audited) {
    return std::unexpected(audited.error());
  }
  if (auto done = locked->tx.Commit(); !done) return std::unexpected(done.error());
  auto answer = OfferingJson(after, deps.tenant.zone);
  answer["told"] = *told;
  return answer;
}

std::optional<http::Response> ConfirmCancel(const Deps& deps, const Request& request,
                                            const Fields& fields) {
  if (features::Get(fields, "confirm") == "yes") return std::nullopt;
  auto db = deps.database.Acquire();
  LearningStore store(*db, deps.tenant.id);
  auto offering = FindOffering(store, request);
  if (!offering) return std::nullopt;
  const std::string reason = Text(fields, "reason");
  if (!CheckCancel(*offering, reason, deps.clock.NowUtcSeconds(), deps.tenant.zone)) {
    return std::nullopt;  // the change refuses it with its message
  }
  auto people = store.PeopleOf(offering->id);
  if (!people) return std::nullopt;
  const auto count = static_cast<std::int64_t>(people->size());
  json::object typed{{"confirm_cancel",
                      json::object{{"title", offering->title},
                                   {"reason", reason},
                                   {"people", count},
                                   {"people_text", count == 1 ? std::string("1 person")
                                                              : std::to_string(count) + " people"},
                                   {"action", "/learning/" + offering->slug + "/cancel"},
                                   {"back", "/learning/" + offering->slug}}},
                     {"typed_reason", reason}};
  return OfferingPage(deps, request, typed, 200);
}

}  // namespace practica::learning
