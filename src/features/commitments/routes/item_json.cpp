#include "features/commitments/routes/item_json.hpp"

#include <boost/json/array.hpp>

#include "features/commitments/routes/event_json.hpp"

namespace practica::commitments {
namespace json = boost::json;

namespace {

json::value Nullable(const std::string& text) {
  return text.empty() ? json::value(nullptr) : json::value(text);
}

// The evidence form's inputs, each of which shows its own refusal beside it.
bool IsEvidenceField(const std::string& field) {
  for (const char* name : {"url", "file", "given_as", "date", "person_name", "person_email", "count", "total",
                           "note", "period"}) {
    if (field == name) return true;
  }
  return false;
}

// The periods a team may choose on a recurring item's form, each with its state in words; the
// one chosen is what was typed, else the one SubmissionTarget would pick.
json::array PeriodsJson(const Commitment& commitment, const std::vector<Occurrence>& occurrences,
                        const std::vector<Event>& events, std::int64_t now, const std::string* typed) {
  const auto target = SubmissionTarget(commitment, occurrences, events, now);
  json::array periods;
  for (const auto& choice : OpenPeriods(occurrences, events, now)) {
    const auto& occurrence = occurrences[choice.index];
    const bool selected = typed != nullptr ? *typed == occurrence.period : target && *target == choice.index;
    periods.emplace_back(json::object{{"period", occurrence.period},
                                      {"label", occurrence.label},
                                      {"state", choice.state},
                                      {"text", occurrence.label + " — " + choice.state},
                                      {"selected", selected}});
  }
  return periods;
}

// What the parts of one item read: the item, its schedule and where it stands, and its URL.
struct ItemView {
  const Checklist& c;
  const SchoolCommitment& item;
  std::vector<Occurrence> occurrences;
  Standing standing;
  std::string code;
  std::string base;  // the item's URL, before /evidence, /verify and /return
};

ItemView ViewOf(const Checklist& c, const SchoolCommitment& item) {
  auto occurrences = Schedule(item.commitment.due, c.calendar, c.zone);
  const auto standing = Assess(occurrences, item.events, c.now, SchoolYearEndsAt(c.calendar, c.zone));
  std::string code = Code(item.commitment);
  std::string base = ChecklistUrl(c.place) + "/" + code;
  return ItemView{c, item, std::move(occurrences), standing, std::move(code), std::move(base)};
}

// When the item is due, in words ("Due by Wednesday, November 21, 2018"), and the current
// period's date and instant.
json::object DueJson(const ItemView& v) {
  const auto& c = v.c;
  const auto& current = v.occurrences[v.standing.current];
  return json::object{
      {"text", DescribeDue(v.item.commitment.due, c.calendar)},
      {"on", current.due_on ? json::value(core::FormatIsoDate(*current.due_on)) : json::value(nullptr)},
      {"at", current.due_on ? json::value(c.zone.FormatIso(current.due_at)) : json::value(nullptr)},
      {"period_label", Nullable(current.label)},
  };
}

// What the item is and where it stands: its names, status, due date, occurrences and the kind
// of evidence it takes.
json::object StandingJson(const ItemView& v) {
  const auto& commitment = v.item.commitment;
  const auto& c = v.c;
  const auto& standing = v.standing;
  const auto kind = commitment.evidence.kind;
  // Room for AddForms' and AddProblem's keys too, so the object is laid out once.
  constexpr std::size_t kKeys = 48;
  return json::object({
      {"code", v.code},
      {"label", ShortLabel(commitment)},
      {"name", CapitalName(commitment)},
      {"title", commitment.title},
      {"description", commitment.description},
      {"phase", PhaseCode(commitment.phase)},
      {"status", StatusCode(standing.status)},
      {"status_label", StandingLabel(standing)},
      {"symbol", StatusSymbol(standing.status)},
      {"is_late", standing.status == Status::kLate},
      {"past_due", standing.past_due},
      {"returned", ReturnedJson(standing, v.occurrences, v.item.events, commitment, c.zone, v.base)},
      {"verified_evidence", VerifiedJson(standing, v.occurrences, v.item.events, commitment, c.zone, v.base)},
      {"due", DueJson(v)},
      {"occurrences",
       json::object{{"verified", standing.verified},
                    {"total", standing.total},
                    {"recurring", commitment.due.kind == DueKind::kRecurring}}},
      {"evidence",
       json::object{{"kind", EvidenceKindCode(kind)},
                    {"label", commitment.evidence.label},
                    {"majority", commitment.evidence.majority}}},
      {"is_document", kind == EvidenceKind::kDocument},
      {"is_url", kind == EvidenceKind::kUrl},
      {"is_date", kind == EvidenceKind::kDate},
      {"is_person", kind == EvidenceKind::kPerson},
      {"is_count", kind == EvidenceKind::kCount},
      {"verifier", VerifierCode(commitment.verifier)},
      {"verifier_label", VerifierLabel(commitment.verifier)},
  }, kKeys);
}

// The evidence waiting for a verifier: the latest event of the first period whose latest is a
// submission.
const Event* Waiting(const std::vector<Occurrence>& occurrences, const std::vector<Event>& events) {
  for (const auto& occurrence : occurrences) {
    const Event* latest = LatestFor(events, occurrence.period);
    if (latest != nullptr && latest->kind == EventKind::kSubmitted) return latest;
  }
  return nullptr;
}

// The events, newest first.
json::array HistoryJson(const ItemView& v) {
  json::array history;
  for (auto it = v.item.events.rbegin(); it != v.item.events.rend(); ++it) {
    history.emplace_back(EventJson(*it, v.occurrences, v.item.commitment, v.c.zone, v.base));
  }
  return history;
}

// A recurring item's periods to submit for, the one typed into a refused form chosen again;
// none for an item due once.
json::array PeriodsOf(const ItemView& v, const std::optional<FormProblem>& problem) {
  const auto& commitment = v.item.commitment;
  if (commitment.due.kind != DueKind::kRecurring) return json::array{};
  const std::string* typed_period = nullptr;
  if (problem && problem->code == Code(commitment) && problem->typed.contains("period")) {
    typed_period = &problem->typed.at("period");
  }
  return PeriodsJson(commitment, v.occurrences, v.item.events, v.c.now, typed_period);
}

// The evidence waiting, the history, and the forms this viewer is offered, with where they post.
void AddForms(const ItemView& v, const std::optional<FormProblem>& problem, json::object& object) {
  const auto& c = v.c;
  const auto& commitment = v.item.commitment;
  const Event* waiting = Waiting(v.occurrences, v.item.events);
  // The forms a verifier sees: the district's verifications are left to district staff, and
  // nobody is offered to verify their own evidence (the rule itself is CheckVerify's).
  const bool may_verify = c.viewer.may_verify &&
                          (commitment.verifier != Verifier::kDistrict || c.viewer.actor.district_staff);
  bool any_verified = false;
  for (const auto& event : v.item.events) any_verified |= event.kind == EventKind::kVerified;
  const auto year_ends_at = SchoolYearEndsAt(c.calendar, c.zone);
  const bool year_over = year_ends_at && c.now >= *year_ends_at;
  const bool recurring = commitment.due.kind == DueKind::kRecurring;
  json::array periods = PeriodsOf(v, problem);
  const auto status = v.standing.status;
  object["waiting"] = waiting != nullptr
                          ? json::value(EventJson(*waiting, v.occurrences, commitment, c.zone, v.base))
                          : json::value(nullptr);
  object["history"] = HistoryJson(v);
  object["has_history"] = !v.item.events.empty();
  object["may_submit"] = c.viewer.may_submit && status != Status::kVerified &&
                         status != Status::kNotDone && (!recurring || !periods.empty());
  object["may_verify"] = may_verify && waiting != nullptr && waiting->person_id != c.viewer.actor.person_id;
  // Once the year is over the team could not answer a return (CheckReturnYearOpen).
  object["may_return"] = may_verify && (waiting != nullptr || any_verified) && !year_over;
  object["periods"] = std::move(periods);
  object["file_accept"] = ".pdf,.png,.jpg,.jpeg,.txt,.docx";
  object["evidence_url"] = v.base + "/evidence";
  object["verify_url"] = v.base + "/verify";
  object["return_url"] = v.base + "/return";
}

// A refused form's message on the item it was about, with what was typed.
void AddProblem(const FormProblem& problem, json::object& object) {
  // Named apart from the page's own "error": mustache looks names up through enclosing
  // sections, so an item must not find the page's message.
  object["item_error"] = problem.message;
  object["item_error_field"] = problem.field;
  // The message goes next to the input it is about; the form's other refusals above it.
  if (IsEvidenceField(problem.field)) {
    object["item_error_on_" + problem.field] = true;
  } else {
    object["item_error_general"] = true;
  }
  for (const auto& [key, value] : problem.typed) object["typed_" + key] = value;
  object["given_as_file"] = Get(problem.typed, "given_as") == "file";
}

}  // namespace

BuiltItem BuildItem(const Checklist& c, const SchoolCommitment& item, const std::optional<FormProblem>& problem) {
  const auto v = ViewOf(c, item);
  auto object = StandingJson(v);
  AddForms(v, problem, object);
  if (problem && problem->code == v.code) AddProblem(*problem, object);
  const auto& current = v.occurrences[v.standing.current];
  return BuiltItem{std::move(object), v.standing, v.standing.status,
               current.due_on ? current.due_at : INT64_MAX, IsDistricts(item.commitment),
               item.commitment.phase};
}

}  // namespace practica::commitments
