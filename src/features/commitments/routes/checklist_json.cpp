#include "features/commitments/routes/checklist_json.hpp"

#include <boost/json/array.hpp>

#include <algorithm>

#include "features/commitments/domain/grid.hpp"
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

struct Built {
  json::object object;
  Standing standing;
  Status status;
  std::int64_t due_at;
  bool district;
  Phase phase;
};

Built BuildItem(const Checklist& c, const SchoolCommitment& item, const std::optional<FormProblem>& problem) {
  const auto& commitment = item.commitment;
  const auto occurrences = Schedule(commitment.due, c.calendar, c.zone);
  const auto standing = Assess(occurrences, item.events, c.now, SchoolYearEndsAt(c.calendar, c.zone));
  const auto& current = occurrences[standing.current];
  const std::string code = Code(commitment);
  const std::string base = ChecklistUrl(c.place) + "/" + code;

  const Event* waiting = nullptr;
  for (const auto& occurrence : occurrences) {
    const Event* latest = LatestFor(item.events, occurrence.period);
    if (latest != nullptr && latest->kind == EventKind::kSubmitted) {
      waiting = latest;
      break;
    }
  }
  // The forms a verifier sees: the district's verifications are left to district staff, and
  // nobody is offered to verify their own evidence (the rule itself is CheckVerify's).
  const bool may_verify = c.viewer.may_verify &&
                          (commitment.verifier != Verifier::kDistrict || c.viewer.actor.district_staff);
  bool any_verified = false;
  for (const auto& event : item.events) any_verified |= event.kind == EventKind::kVerified;

  const bool recurring = commitment.due.kind == DueKind::kRecurring;
  const auto year_ends_at = SchoolYearEndsAt(c.calendar, c.zone);
  const bool year_over = year_ends_at && c.now >= *year_ends_at;
  const std::string* typed_period = nullptr;
  if (problem && problem->code == Code(commitment) && problem->typed.contains("period")) {
    typed_period = &problem->typed.at("period");
  }
  json::array periods = recurring ? PeriodsJson(commitment, occurrences, item.events, c.now, typed_period)
                                  : json::array{};

  json::array history;
  for (auto it = item.events.rbegin(); it != item.events.rend(); ++it) {
    history.emplace_back(EventJson(*it, occurrences, commitment, c.zone, base));
  }
  const auto kind = commitment.evidence.kind;
  json::object object{
      {"code", code},
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
      {"returned", ReturnedJson(standing, occurrences, item.events, commitment, c.zone, base)},
      {"verified_evidence", VerifiedJson(standing, occurrences, item.events, commitment, c.zone, base)},
      {"due",
       json::object{
           {"text", DescribeDue(commitment.due, c.calendar)},
           {"on", current.due_on ? json::value(core::FormatIsoDate(*current.due_on)) : json::value(nullptr)},
           {"at", current.due_on ? json::value(c.zone.FormatIso(current.due_at)) : json::value(nullptr)},
           {"period_label", Nullable(current.label)},
       }},
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
      {"waiting", waiting != nullptr ? json::value(EventJson(*waiting, occurrences, commitment, c.zone, base))
                                     : json::value(nullptr)},
      {"history", std::move(history)},
      {"has_history", !item.events.empty()},
      {"may_submit", c.viewer.may_submit && standing.status != Status::kVerified &&
                         standing.status != Status::kNotDone && (!recurring || !periods.empty())},
      {"may_verify", may_verify && waiting != nullptr && waiting->person_id != c.viewer.actor.person_id},
      // Once the year is over the team could not answer a return (CheckReturnYearOpen).
      {"may_return", may_verify && (waiting != nullptr || any_verified) && !year_over},
      {"periods", std::move(periods)},
      {"file_accept", ".pdf,.png,.jpg,.jpeg,.txt,.docx"},
      {"evidence_url", base + "/evidence"},
      {"verify_url", base + "/verify"},
      {"return_url", base + "/return"},
  };
  if (problem && problem->code == code) {
    // Named apart from the page's own "error": mustache looks names up through enclosing
    // sections, so an item must not find the page's message.
    object["item_error"] = problem->message;
    object["item_error_field"] = problem->field;
    // The message goes next to the input it is about; the form's other refusals above it.
    if (IsEvidenceField(problem->field)) {
      object["item_error_on_" + problem->field] = true;
    } else {
      object["item_error_general"] = true;
    }
    for (const auto& [key, value] : problem->typed) object["typed_" + key] = value;
    object["given_as_file"] = Get(problem->typed, "given_as") == "file";
  }
  return Built{std::move(object), standing, standing.status,
               current.due_on ? current.due_at : INT64_MAX, IsDistricts(commitment), commitment.phase};
}

bool NeedsAttention(Status status) {
  return status == Status::kReturned || status == Status::kLate || status == Status::kDueSoon;
}

json::object ProgressJson(const Progress& progress) {
  return json::object{{"verified", progress.verified}, {"total", progress.total},
                      {"late", progress.late}, {"due_soon", progress.due_soon},
                      {"has_late", progress.late > 0}, {"has_due_soon", progress.due_soon > 0},
                      {"text", progress.Text()}};
}

}  // namespace

std::string ChecklistUrl(const SchoolPlace& place) {
  return "/cohorts/" + place.cohort.slug + "/schools/" + place.school.slug + "/commitments";
}

json::object ItemJson(const Checklist& checklist, const SchoolCommitment& item) {
  return BuildItem(checklist, item, std::nullopt).object;
}

json::object ChecklistJson(const Checklist& c, const std::optional<FormProblem>& problem) {
  std::vector<Built> built;
  Progress school_progress;
  Progress district_progress;
  for (const auto& item : c.items) {
    built.push_back(BuildItem(c, item, problem));
    (built.back().district ? district_progress : school_progress).Add(built.back().standing);
  }
  // A coach starts from what needs attention: returned items (past due or not), late ones,
  // then those due soon.
  json::array groups;
  const bool coach_view = c.viewer.actor.school_coach;
  if (coach_view) {
    std::vector<const Built*> urgent;
    for (const auto& b : built) {
      if (NeedsAttention(b.status)) urgent.push_back(&b);
    }
    std::stable_sort(urgent.begin(), urgent.end(), [](const Built* a, const Built* b) {
      if (Urgency(a->status) != Urgency(b->status)) return Urgency(a->status) < Urgency(b->status);
      return a->due_at < b->due_at;
    });
    if (!urgent.empty()) {
      json::array items;
      for (const auto* b : urgent) items.emplace_back(b->object);
      groups.emplace_back(json::object{{"code", "attention"},
                                       {"title", "Returned, late and due soon"},
                                       {"count", static_cast<std::int64_t>(urgent.size())},
                                       {"items", std::move(items)}});
    }
  }
  for (auto phase : AllPhases()) {
    json::array items;
    Progress progress;
    for (const auto& b : built) {
      if (b.phase != phase) continue;
      progress.Add(b.standing);
      if (coach_view && NeedsAttention(b.status)) continue;
      items.emplace_back(b.object);
    }
    if (progress.total == 0) continue;
    groups.emplace_back(json::object{{"code", PhaseCode(phase)},
                                     {"title", PhaseTitle(phase)},
                                     {"group_progress", progress.Text()},
                                     {"count", static_cast<std::int64_t>(items.size())},
                                     {"items", std::move(items)}});
  }
  json::array coaches;
  for (const auto& name : c.coaches) coaches.emplace_back(name);
  json::object data{
      {"cohort", json::object{{"slug", c.place.cohort.slug},
                              {"short_name", c.place.cohort.ShortName()},
                              {"title", c.place.cohort.title},
                              {"url", "/cohorts/" + c.place.cohort.slug}}},
      {"school", json::object{{"slug", c.place.school.slug},
                              {"name", c.place.school.name},
                              {"local_district", c.place.school.local_district_name},
                              {"url", "/schools/" + c.place.school.slug}}},
      {"issued", !c.items.empty()},
      {"coaches", std::move(coaches)},
      {"coach_view", coach_view},
      {"progress", ProgressJson(school_progress)},
      {"district_progress", ProgressJson(district_progress)},
      {"groups", std::move(groups)},
      {"url", ChecklistUrl(c.place)},
      {"grid_url", "/cohorts/" + c.place.cohort.slug + "/commitments"},
  };
  const auto year_ends_at = SchoolYearEndsAt(c.calendar, c.zone);
  data["year_over"] = year_ends_at && c.now >= *year_ends_at;
  data["school_year_ends_on"] = c.calendar.school_year_ends_on
                                    ? json::value(core::FormatIsoDate(*c.calendar.school_year_ends_on))
                                    : json::value(nullptr);
  data["school_year_ends_text"] = c.calendar.school_year_ends_on
                                      ? core::FormatLongDate(*c.calendar.school_year_ends_on)
                                      : "";
  if (problem) {
    data["error"] = problem->message;
    data["error_code"] = problem->code;
  }
  return data;
}

}  // namespace practica::commitments
