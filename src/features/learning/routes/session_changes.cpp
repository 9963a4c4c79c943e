#include "features/learning/routes/session_changes.hpp"

#include <boost/json/serialize.hpp>

#include <set>

#include "core/text.hpp"
#include "features/kit/change.hpp"
#include "features/learning/domain/planning.hpp"
#include "features/learning/routes/changes.hpp"
#include "features/learning/routes/lookup.hpp"
#include "features/learning/routes/offering_json.hpp"
#include "features/learning/routes/pages.hpp"
#include "features/learning/store/learning_store.hpp"

namespace practica::learning {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;
using features::Changed;
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

auth::AuditEntry Entry(const Deps& deps, const Offering& before, const Offering& after, std::string reason) {
  auth::AuditEntry entry;
  entry.record_type = "learning_session";
  entry.record_id = before.slug;
  entry.before_json = json::serialize(OfferingJson(before, deps.tenant.zone));
  entry.after_json = json::serialize(OfferingJson(after, deps.tenant.zone));
  entry.reason = std::move(reason);
  return entry;
}

// One e-mail per person, queued with the change; someone listed twice is told once.
std::vector<features::ChangeMail> Tell(const std::vector<PersonRef>& people, const std::string& subject,
                                       const std::string& body, const std::string& key) {
  std::vector<features::ChangeMail> mails;
  std::set<std::int64_t> told;
  for (const auto& person : people) {
    if (!told.insert(person.id).second) continue;
    mails.push_back({mail::Message{person.email, person.name, subject, core::Greeting(person.name) + "\n\n" + body},
                     key + ":" + std::to_string(person.id), jobs::MailAudience{person.id, ""}});
  }
  return mails;
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
// of a session still ahead did; one e-mail each per edit.
core::Result<std::vector<features::ChangeMail>> TellChanges(const Deps& deps, LearningStore& store,
                                                            const Offering& before, const Offering& after) {
  const auto changes = NoticeableChanges(before, after, deps.tenant.zone);
  // A correction to a session that is over is for the record: nobody is going there again.
  if (changes.empty() || deps.clock.NowUtcSeconds() >= before.EndsAt()) return std::vector<features::ChangeMail>{};
  auto people = store.PeopleOf(before.id);
  if (!people) return std::unexpected(people.error());
  auto revision = store.Revision(before.id);
  if (!revision) return std::unexpected(revision.error());
  return Tell(*people, "Changed: " + after.title, ChangeNotice(deps, after, changes),
              "learning.changed:" + std::to_string(before.id) + ":" + std::to_string(*revision));
}

// Locks the offering and reads it again under the lock, inside the change's transaction.
core::Result<Offering> LockOffering(LearningStore& store, const Request& request) {
  auto found = FindOffering(store, request);
  if (!found) return std::unexpected(found.error());
  if (auto locked = store.Lock(found->id); !locked) return std::unexpected(locked.error());
  return FindOffering(store, request);
}

// What an edit did, for the answer read after it committed.
struct Edit {
  Offering after;
  int promoted = 0;
  int told = 0;
};

// Inside EditSession's change, under the offering's lock: the rules, the update, the seats it
// opened and the e-mails about it.
core::Result<Changed<Edit>> ApplyEdit(const Deps& deps, db::Connection& db, LearningStore& store, const Offering& before,
                                      const Fields& fields, std::int64_t by) {
  auto after = Edited(before, deps, fields);
  if (!after) return std::unexpected(after.error());
  auto seats = store.SeatsOf(before);
  if (!seats) return std::unexpected(seats.error());
  auto marked = store.MarkedDays(before.id);
  if (!marked) return std::unexpected(marked.error());
  const EditFacts facts{seats->taken, *marked, deps.clock.NowUtcSeconds()};
  if (auto allowed = CheckEdit(before, *after, facts, deps.tenant.zone); !allowed) {
    return std::unexpected(allowed.error());
  }
  if (auto updated = store.Update(before, *after); !updated) return std::unexpected(updated.error());
  auto promoted = PromoteWaiting(deps, db, store, *after, by);
  if (!promoted) return std::unexpected(promoted.error());
  auto told = TellChanges(deps, store, before, *after);
  if (!told) return std::unexpected(told.error());
  const auto all = AllChanges(before, *after, deps.tenant.zone);
  Changed<Edit> changed{Edit{*after, promoted->count, static_cast<int>(told->size())},
                        {Entry(deps, before, *after, all.empty() ? "Saved without changes." : "Edited: " + Describe(all))},
                        std::move(promoted->mail)};
  changed.mail.insert(changed.mail.end(), told->begin(), told->end());
  return changed;
}

}  // namespace

core::Result<json::object> EditSession(const Deps& deps, const Request& request, const Fields& fields) {
  auto edit = features::RunChange(deps, request, "learning.manage", [&](db::Connection& db) -> core::Result<Changed<Edit>> {
    LearningStore store(db, deps.tenant.id);
    auto before = LockOffering(store, request);
    if (!before) return std::unexpected(before.error());
    if (auto live = CheckNotCancelled(*before, "a cancelled session cannot be edited"); !live) {
      return std::unexpected(live.error());
    }
    return ApplyEdit(deps, db, store, *before, fields, Me(request));
  });
  if (!edit) return std::unexpected(edit.error());
  auto answer = OfferingJson(edit->after, deps.tenant.zone);
  auto db = deps.database.Acquire();
  auto now_seats = LearningStore(*db, deps.tenant.id).SeatsOf(edit->after);
  if (!now_seats) return std::unexpected(now_seats.error());
  answer["seats"] = SeatsJson(*now_seats);
  answer["promoted"] = edit->promoted;
  answer["told"] = edit->told;
  return answer;
}

core::Result<json::object> CancelSession(const Deps& deps, const Request& request, const Fields& fields) {
  const std::string reason = Text(fields, "reason");
  return features::RunChange(deps, request, "learning.manage", [&](db::Connection& db) -> core::Result<Changed<json::object>> {
    LearningStore store(db, deps.tenant.id);
    auto before = LockOffering(store, request);
    if (!before) return std::unexpected(before.error());
    const auto now = deps.clock.NowUtcSeconds();
    if (auto allowed = CheckCancel(*before, reason, now, deps.tenant.zone); !allowed) {
      return std::unexpected(allowed.error());
    }
    if (auto cancelled = store.CancelOffering(before->id, reason, Me(request), now); !cancelled) {
      return std::unexpected(cancelled.error());
    }
    Offering after = *before;
    after.cancelled_at = now;
    after.cancel_reason = reason;
    auto people = store.PeopleOf(before->id);
    if (!people) return std::unexpected(people.error());
    const std::string body = before->title + " (" + WhenText(*before, deps.tenant.zone) + ") is cancelled.\n\nWhy: " +
                             reason + "\n\nYour registration needs nothing more from you. Other sessions: " +
                             deps.auth.public_url + "/learning\n";
    auto told = Tell(*people, "Cancelled: " + before->title, body, "learning.cancelled:" + std::to_string(before->id));
    auto answer = OfferingJson(after, deps.tenant.zone);
    answer["told"] = static_cast<std::int64_t>(told.size());
    return Changed<json::object>{std::move(answer), {Entry(deps, *before, after, "Cancelled: " + reason)}, std::move(told)};
  });
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
