#include "features/commitments/routes/checklist_json.hpp"

#include <boost/json/array.hpp>

#include <algorithm>

#include "features/commitments/domain/grid.hpp"

namespace practica::commitments {
namespace json = boost::json;

namespace {

json::value Nullable(const std::string& text) {
  return text.empty() ? json::value(nullptr) : json::value(text);
}

std::string_view EventLabel(EventKind kind) {
  switch (kind) {
    case EventKind::kSubmitted: return "Submitted";
    case EventKind::kVerified: return "Verified";
    case EventKind::kReturned: return "Returned";
  }
  return "Submitted";
}

std::string PeriodLabel(const std::vector<Occurrence>& occurrences, const std::string& period) {
  for (const auto& occurrence : occurrences) {
    if (occurrence.period == period) return occurrence.label;
  }
  return {};
}

json::object EventJson(const Event& event, const std::vector<Occurrence>& occurrences,
                       const Commitment& commitment, const core::TimeZone& zone) {
  const bool link = event.kind == EventKind::kSubmitted &&
                    (commitment.evidence.kind == EvidenceKind::kDocument ||
                     commitment.evidence.kind == EvidenceKind::kUrl);
  json::object object{
      {"kind", EventKindCode(event.kind)},
      {"kind_label", EventLabel(event.kind)},
      {"by", event.person_name},
      {"at", zone.FormatIso(event.at)},
      {"when", core::FormatLongDateTime(zone.ToLocal(event.at))},
      {"period", Nullable(event.period)},
      {"period_label", Nullable(PeriodLabel(occurrences, event.period))},
      {"evidence", Nullable(event.evidence.text)},
      {"email", Nullable(event.evidence.email)},
      {"note", Nullable(event.evidence.note)},
      {"comment", Nullable(event.comment)},
      {"is_link", link},
  };
  if (event.evidence.count) object["count"] = *event.evidence.count;
  if (event.evidence.total) object["total"] = *event.evidence.total;
  return object;
}

// The submission a verification confirmed: the latest submission about that occurrence before it.
const Event* VerifiedSubmission(const std::vector<Event>& events, const Event& verification) {
  const Event* found = nullptr;
  for (const auto& event : events) {
    if (&event == &verification) break;
    if (event.kind == EventKind::kSubmitted && event.period == verification.period) found = &event;
  }
  return found;
}

// What the team reads first on a returned item: the verifier's note, who wrote it and when.
json::value ReturnedJson(const Standing& standing, const std::vector<Occurrence>& occurrences,
                         const std::vector<Event>& events, const Commitment& commitment,
                         const core::TimeZone& zone) {
  if (standing.status != Status::kReturned) return nullptr;
  const Event* latest = LatestFor(events, occurrences[standing.current].period);
  if (latest == nullptr || latest->kind != EventKind::kReturned) return nullptr;
  auto object = EventJson(*latest, occurrences, commitment, zone);
  object["past_due"] = standing.past_due;
  return object;
}

// The evidence a verifier accepted, kept in view on a verified item: the latest occurrence's.
json::value VerifiedJson(const Standing& standing, const std::vector<Occurrence>& occurrences,
                         const std::vector<Event>& events, const Commitment& commitment,
                         const core::TimeZone& zone) {
  if (standing.status != Status::kVerified || occurrences.empty()) return nullptr;
  const Event* verification = LatestFor(events, occurrences[standing.current].period);
  if (verification == nullptr || verification->kind != EventKind::kVerified) return nullptr;
  const Event* submission = VerifiedSubmission(events, *verification);
  if (submission == nullptr) return nullptr;
  auto object = EventJson(*submission, occurrences, commitment, zone);
  object["verified_by"] = verification->person_name;
  object["verified_when"] = core::FormatLongDateTime(zone.ToLocal(verification->at));
  object["verified_at"] = zone.FormatIso(verification->at);
  return object;
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

  json::array history;
  for (auto it = item.events.rbegin(); it != item.events.rend(); ++it) {
    history.emplace_back(EventJson(*it, occurrences, commitment, c.zone));
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
      {"returned", ReturnedJson(standing, occurrences, item.events, commitment, c.zone)},
      {"verified_evidence", VerifiedJson(standing, occurrences, item.events, commitment, c.zone)},
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
      {"waiting", waiting != nullptr ? json::value(EventJson(*waiting, occurrences, commitment, c.zone))
                                     : json::value(nullptr)},
      {"history", std::move(history)},
      {"has_history", !item.events.empty()},
      {"may_submit", c.viewer.may_submit && standing.status != Status::kVerified &&
                         standing.status != Status::kNotDone},
      {"may_verify", may_verify && waiting != nullptr && waiting->person_id != c.viewer.actor.person_id},
      {"may_return", may_verify && (waiting != nullptr || any_verified)},
      {"evidence_url", base + "/evidence"},
      {"verify_url", base + "/verify"},
      {"return_url", base + "/return"},
  };
  if (problem && problem->code == code) {
    // Named apart from the page's own "error": mustache looks names up through enclosing
    // sections, so an item must not find the page's message.
    object["item_error"] = problem->message;
    object["item_error_field"] = problem->field;
    for (const auto& [key, value] : problem->typed) object["typed_" + key] = value;
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
