#include "features/commitments/routes/item_facts.hpp"

#include <boost/json/array.hpp>

#include "features/commitments/routes/event_json.hpp"

namespace practica::commitments {
namespace json = boost::json;

namespace {

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

// A recurring item's periods to submit for, the one typed into a refused form chosen again;
// none for an item due once.
json::array PeriodsOf(const ItemFacts& f, std::int64_t now) {
  const auto& commitment = f.commitment();
  if (commitment.due.kind != DueKind::kRecurring) return json::array{};
  const std::string* typed_period = nullptr;
  if (f.problem != nullptr && f.problem->typed.contains("period")) typed_period = &f.problem->typed.at("period");
  return PeriodsJson(commitment, f.occurrences, f.item->events, now, typed_period);
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
json::array HistoryJson(const ItemFacts& f, const core::TimeZone& zone, const std::string& base) {
  json::array history;
  const auto& events = f.item->events;
  history.reserve(events.size());
  for (auto it = events.rbegin(); it != events.rend(); ++it) {
    history.emplace_back(EventJson(*it, f.occurrences, f.commitment(), zone, base));
  }
  return history;
}

// The evidence waiting, the history, and the forms this viewer is offered.
void AddForms(const Checklist& c, const std::string& base, ItemFacts& f) {
  const auto& commitment = f.commitment();
  const auto& events = f.item->events;
  const Event* waiting = Waiting(f.occurrences, events);
  // The forms a verifier sees: the district's verifications are left to district staff, and
  // nobody is offered to verify their own evidence (the rule itself is CheckVerify's).
  const bool may_verify = c.viewer.may_verify &&
                          (commitment.verifier != Verifier::kDistrict || c.viewer.actor.district_staff);
  bool any_verified = false;
  for (const auto& event : events) any_verified |= event.kind == EventKind::kVerified;
  const auto year_ends_at = SchoolYearEndsAt(c.calendar, c.zone);
  const bool year_over = year_ends_at && c.now >= *year_ends_at;
  const bool recurring = commitment.due.kind == DueKind::kRecurring;
  json::array periods = PeriodsOf(f, c.now);
  const bool no_period = periods.empty();
  f.periods = std::move(periods);
  const auto status = f.standing.status;
  if (waiting != nullptr) f.waiting = EventJson(*waiting, f.occurrences, commitment, c.zone, base);
  f.history = HistoryJson(f, c.zone, base);
  f.may_submit = c.viewer.may_submit && status != Status::kVerified && status != Status::kNotDone &&
                 (!recurring || !no_period);
  f.may_verify = may_verify && waiting != nullptr && waiting->person_id != c.viewer.actor.person_id;
  // Once the year is over the team could not answer a return (CheckReturnYearOpen).
  f.may_return = may_verify && (waiting != nullptr || any_verified) && !year_over;
  f.evidence_url = base + "/evidence";
  f.verify_url = base + "/verify";
  f.return_url = base + "/return";
}

}  // namespace

bool IsEvidenceField(std::string_view field) {
  for (const char* name : {"url", "file", "given_as", "date", "person_name", "person_email", "count", "total",
                           "note", "period"}) {
    if (field == name) return true;
  }
  return false;
}

ItemFacts FactsOf(const Checklist& c, const SchoolCommitment& item, const std::optional<FormProblem>& problem) {
  ItemFacts f;
  f.item = &item;
  const auto& commitment = item.commitment;
  f.occurrences = Schedule(commitment.due, c.calendar, c.zone);
  f.standing = Assess(f.occurrences, item.events, c.now, SchoolYearEndsAt(c.calendar, c.zone));
  f.code = Code(commitment);
  if (problem && problem->code == f.code) f.problem = &*problem;
  f.label = ShortLabel(commitment);
  f.name = CapitalName(commitment);
  f.status_label = StandingLabel(f.standing);
  const auto& current = f.occurrences[f.standing.current];
  f.due_text = DescribeDue(commitment.due, c.calendar);
  if (current.due_on) {
    f.due_on = core::FormatIsoDate(*current.due_on);
    f.due_at_iso = c.zone.FormatIso(current.due_at);
    f.due_at = current.due_at;
  }
  f.period_label = current.label;
  // The item's URL, before /evidence, /verify and /return.
  const std::string base = ChecklistUrl(c.place) + "/" + f.code;
  f.returned = ReturnedJson(f.standing, f.occurrences, item.events, commitment, c.zone, base);
  f.verified_evidence = VerifiedJson(f.standing, f.occurrences, item.events, commitment, c.zone, base);
  AddForms(c, base, f);
  f.district = IsDistricts(commitment);
  return f;
}

}  // namespace practica::commitments
