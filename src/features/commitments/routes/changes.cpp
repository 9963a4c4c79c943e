#include "features/commitments/routes/changes.hpp"

#include <boost/json/serialize.hpp>

#include "core/text.hpp"
#include "features/commitments/routes/audited.hpp"
#include "features/commitments/routes/return_notice.hpp"
#include "features/commitments/store/evidence_files_store.hpp"
#include "features/kit/uploads.hpp"

namespace practica::commitments {
namespace json = boost::json;
using core::ErrorCode;
using core::Fail;

namespace {

// What a change decides from: the commitment as it stands inside the transaction.
struct ItemState {
  const Commitment& commitment;
  const std::vector<Occurrence>& occurrences;
  const std::vector<Event>& events;
  const Viewer& viewer;
  std::int64_t now = 0;
  const Calendar& calendar;
  std::string cohort;  // "PS 3.0"
};

using Decide = std::function<core::Result<Event>(const ItemState&)>;
// What else the change does in its transaction once the event is saved (the e-mail it sends,
// the file it keeps); it may complete the saved event (the file's id).
using AfterSave = std::function<core::Result<void>(db::Connection&, const SchoolPlace&, const SchoolCommitment&,
                                                   const std::vector<Occurrence>&, Event&)>;

SchoolCommitment* FindItem(std::vector<SchoolCommitment>& items, const CodeParts& code) {
  for (auto& item : items) {
    if (Matches(item.commitment, code)) return &item;
  }
  return nullptr;
}

core::Error NoSuchCommitment(const SchoolPlace& place, std::string_view code) {
  return core::Error{ErrorCode::kNotFound,
                     place.cohort.ShortName() + " has no commitment \"" + std::string(code) +
                         "\"; the checklist of " + place.school.name + " lists them.",
                     {}, {}};
}

core::Error NotIssued(const SchoolPlace& place) {
  return core::Error{ErrorCode::kConflict,
                     "The commitments of " + place.school.name + " in " + place.cohort.ShortName() +
                         " have not been issued yet; the program office issues them from the "
                         "cohort's commitments page.",
                     {}, {}};
}

std::string_view Verb(EventKind kind) {
  switch (kind) {
    case EventKind::kSubmitted: return "submitted evidence for";
    case EventKind::kVerified: return "verified";
    case EventKind::kReturned: return "returned";
  }
  return "changed";
}

// What a change to one item reads inside its transaction, and answers with after it.
struct Change {
  std::optional<SchoolPlace> place;
  std::vector<SchoolCommitment> items;
  Calendar calendar;
  Viewer viewer;
  std::int64_t now = 0;
  std::int64_t item_id = 0;
};

// The school's commitment named by {number}, locked and then read again, so what the decision
// sees is what the change lands on; kNotFound or kConflict (not issued) naming the school.
core::Result<SchoolCommitment*> LockItem(CommitmentsStore& store, const http::Request& request,
                                         Change& change) {
  auto found = FindPlace(store, request);
  if (!found) return std::unexpected(found.error());
  change.place = std::move(*found);
  const auto& place = *change.place;
  const auto number = request.Param("number");
  const auto code = ParseCode(number);
  if (!code) return Fail(NoSuchCommitment(place, number));
  auto loaded = store.ForSchool(place.cohort.id, place.school.id);
  if (!loaded) return std::unexpected(loaded.error());
  if (loaded->empty()) return Fail(NotIssued(place));
  const auto* item = FindItem(*loaded, *code);
  if (item == nullptr) return Fail(NoSuchCommitment(place, number));
  change.item_id = item->commitment.id;
  if (auto locked = store.Lock(change.item_id); !locked) return std::unexpected(locked.error());
  auto fresh = store.ForSchool(place.cohort.id, place.school.id);
  if (!fresh) return std::unexpected(fresh.error());
  change.items = std::move(*fresh);
  auto* current = FindItem(change.items, *code);
  if (current == nullptr) return Fail(NoSuchCommitment(place, number));
  return current;
}

// The audit entry of the event just recorded (the item's last): the status before and after,
// and what was recorded, its file included.
auth::AuditEntry EntryOf(const Change& change, const SchoolCommitment& item, const Standing& before,
                         const Standing& after) {
  const auto& place = *change.place;
  const Event& recorded = item.events.back();
  auth::AuditEntry entry;
  entry.record_type = "commitment";
  entry.record_id = std::to_string(change.item_id);
  entry.school_id = place.school.id;
  entry.before_json = json::serialize(json::object{
      {"code", Code(item.commitment)}, {"status", StatusCode(before.status)}});
  json::object after_json{{"code", Code(item.commitment)},
                          {"status", StatusCode(after.status)},
                          {"event", EventKindCode(recorded.kind)},
                          {"period", recorded.period},
                          {"evidence", recorded.evidence.text},
                          {"comment", recorded.comment}};
  if (const auto& file = recorded.evidence.file) {
    after_json["file"] = json::object{{"id", file->id}, {"name", file->name},
                                      {"content_type", file->content_type}, {"size_bytes", file->size_bytes}};
  }
  entry.after_json = json::serialize(after_json);
  entry.reason = std::string(Verb(recorded.kind)) + " " + Name(item.commitment) + " of " +
                 place.school.name + " (" + place.cohort.ShortName() + ")";
  return entry;
}

// Lets `decide` make the event from the item as it stands, saves it by the person asking (with
// what `after_save` adds), and answers the audit entry.
core::Result<auth::AuditEntry> Record(db::Connection& db, CommitmentsStore& store,
                                      const http::Request& request, const core::TimeZone& zone,
                                      const Change& change, SchoolCommitment& current,
                                      const Decide& decide, const AfterSave& after_save) {
  const auto occurrences = Schedule(current.commitment.due, change.calendar, zone);
  const auto year_ends_at = SchoolYearEndsAt(change.calendar, zone);
  const auto before = Assess(occurrences, current.events, change.now, year_ends_at);
  auto event = decide(ItemState{current.commitment, occurrences, current.events, change.viewer,
                                change.now, change.calendar, change.place->cohort.ShortName()});
  if (!event) return std::unexpected(event.error());
  event->person_id = change.viewer.actor.person_id;
  event->person_name = request.principal ? request.principal->display_name : "";
  event->at = change.now;
  auto saved = store.AddEvent(change.item_id, *event);
  if (!saved) return std::unexpected(saved.error());
  current.events.push_back(*saved);
  if (after_save) {
    if (auto done = after_save(db, *change.place, current, occurrences, current.events.back()); !done) {
      return std::unexpected(done.error());
    }
  }
  const auto after = Assess(occurrences, current.events, change.now, year_ends_at);
  return EntryOf(change, current, before, after);
}

// Loads the school's commitment named by {number}, locks it, lets `decide` make the event,
// records it with its audit entry, and answers the item as it now stands.
core::Result<json::object> ChangeItem(const features::Deps& deps, const http::Request& request,
                                      const std::string& action, const Decide& decide,
                                      const AfterSave& after_save = nullptr) {
  Change change;
  change.now = deps.clock.NowUtcSeconds();
  auto done = Audited(deps, request, action, [&](db::Connection& db) -> core::Result<auth::AuditEntry> {
    CommitmentsStore store(db, deps.tenant.id);
    auto current = LockItem(store, request, change);
    if (!current) return std::unexpected(current.error());
    auto dates = store.LoadCalendar(change.place->cohort.id);
    if (!dates) return std::unexpected(dates.error());
    change.calendar = *dates;
    change.viewer = ViewerAt(deps, request, change.place->school);
    return Record(db, store, request, deps.tenant.zone, change, **current, decide, after_save);
  });
  if (!done) return std::unexpected(done.error());
  const std::vector<std::string> no_coaches;
  const Checklist checklist{*change.place, change.calendar, change.items, no_coaches, change.viewer,
                            change.now, deps.tenant.zone};
  for (const auto& item : change.items) {
    if (item.commitment.id == change.item_id) return ItemJson(checklist, item);
  }
  return json::object{};
}

core::Result<std::string> Comment(const Fields& fields) {
  std::string comment(core::Trim(Get(fields, "comment")));
  if (comment.size() > 2000) {
    return Fail(ErrorCode::kInvalidInput, "Keep the comment under 2,000 characters.", {}, "comment");
  }
  return comment;
}

}  // namespace

core::Result<json::object> SubmitEvidence(const features::Deps& deps, const http::Request& request,
                                          const EvidenceRequest& sent) {
  const auto& fields = sent.fields;
  EvidenceInput input{Get(fields, "url"),         Get(fields, "date"),  Get(fields, "person_name"),
                      Get(fields, "person_email"), Get(fields, "count"), Get(fields, "total"),
                      Get(fields, "note"),         Get(fields, "given_as"), std::nullopt};
  const std::string period(core::Trim(Get(fields, "period")));
  // The file is read (by libmagic, before the transaction) only when it is what the person
  // gives: a file left in the form after choosing "link" is not evidence and is not kept.
  const bool file_counts = input.given_as == "file" || (input.given_as.empty() && sent.file);
  std::optional<core::Result<features::CheckedFile>> checked;
  if (file_counts && sent.file) checked = features::CheckUploadedFile(&*sent.file);
  return ChangeItem(
      deps, request, "commitments.submit",
      [&](const ItemState& state) -> core::Result<Event> {
        if (auto open = CheckYearOpen(state.calendar, deps.tenant.zone, state.now, state.cohort); !open) {
          return std::unexpected(open.error());
        }
        auto target = ChosenTarget(state.commitment, state.occurrences, state.events, state.now, period);
        if (!target) return std::unexpected(target.error());
        if (checked && !*checked) return std::unexpected(checked->error());
        if (checked) input.file = EvidenceFile{0, (*checked)->name, (*checked)->content_type, 0};
        auto evidence = CheckEvidence(state.commitment, input);
        if (!evidence) return std::unexpected(evidence.error());
        Event event;
        event.kind = EventKind::kSubmitted;
        event.period = state.occurrences[*target].period;
        event.evidence = std::move(*evidence);
        return event;
      },
      [&](db::Connection& db, const SchoolPlace&, const SchoolCommitment&, const std::vector<Occurrence>&,
          Event& saved) -> core::Result<void> {
        if (!saved.evidence.file) return {};
        auto kept = EvidenceFilesStore(db, deps.tenant.id)
                        .Add(saved.id, *saved.evidence.file, sent.file->data, saved.person_id, saved.at);
        if (!kept) return std::unexpected(kept.error());
        saved.evidence.file = std::move(*kept);
        return {};
      });
}

core::Result<json::object> Verify(const features::Deps& deps, const http::Request& request,
                                  const Fields& fields) {
  auto comment = Comment(fields);
  if (!comment) return std::unexpected(comment.error());
  return ChangeItem(deps, request, "commitments.verify", [&](const ItemState& state) -> core::Result<Event> {
    auto waiting = CheckVerify(state.commitment, state.occurrences, state.events, state.viewer.actor);
    if (!waiting) return std::unexpected(waiting.error());
    Event event;
    event.kind = EventKind::kVerified;
    event.period = (*waiting)->period;
    event.comment = *comment;
    return event;
  });
}

core::Result<json::object> ReturnEvidence(const features::Deps& deps, const http::Request& request,
                                          const Fields& fields) {
  auto comment = Comment(fields);
  if (!comment) return std::unexpected(comment.error());
  return ChangeItem(
      deps, request, "commitments.verify",
      [&](const ItemState& state) -> core::Result<Event> {
        if (auto open = CheckReturnYearOpen(state.calendar, deps.tenant.zone, state.now, state.cohort); !open) {
          return std::unexpected(open.error());
        }
        auto target = CheckReturn(state.commitment, state.occurrences, state.events, state.viewer.actor, *comment);
        if (!target) return std::unexpected(target.error());
        Event event;
        event.kind = EventKind::kReturned;
        event.period = (*target)->period;
        event.comment = *comment;
        return event;
      },
      [&deps](db::Connection& db, const SchoolPlace& place, const SchoolCommitment& item,
              const std::vector<Occurrence>& occurrences, Event& returned) {
        return QueueReturnNotice(deps, db, place, item, occurrences, returned);
      });
}

}  // namespace practica::commitments
