#include "features/commitments/routes/event_json.hpp"

#include "features/kit/uploads.hpp"

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

// A file given as evidence, with where to download it (`base`: the item's address).
json::value FileJson(const Event& event, const std::string& base) {
  const auto& file = event.evidence.file;
  if (!file) return nullptr;
  return json::object{{"id", file->id},
                      {"name", file->name},
                      {"content_type", file->content_type},
                      {"size_bytes", file->size_bytes},
                      {"size", features::DescribeSize(static_cast<std::size_t>(file->size_bytes))},
                      {"url", base + "/files/" + std::to_string(file->id)},
                      {"api_url", "/api/v1" + base + "/files/" + std::to_string(file->id)}};
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

}  // namespace

json::object EventJson(const Event& event, const std::vector<Occurrence>& occurrences,
                       const Commitment& commitment, const core::TimeZone& zone, const std::string& base) {
  const bool link = event.kind == EventKind::kSubmitted && !event.evidence.file &&
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
      {"file", FileJson(event, base)},
  };
  if (event.evidence.count) object["count"] = *event.evidence.count;
  if (event.evidence.total) object["total"] = *event.evidence.total;
  return object;
}

// What the team reads first on a returned item: the verifier's note, who wrote it and when.
json::value ReturnedJson(const Standing& standing, const std::vector<Occurrence>& occurrences,
                         const std::vector<Event>& events, const Commitment& commitment,
                         const core::TimeZone& zone, const std::string& base) {
  if (standing.status != Status::kReturned) return nullptr;
  const Event* latest = LatestFor(events, occurrences[standing.current].period);
  if (latest == nullptr || latest->kind != EventKind::kReturned) return nullptr;
  auto object = EventJson(*latest, occurrences, commitment, zone, base);
  object["past_due"] = standing.past_due;
  return object;
}

// The evidence a verifier accepted, kept in view on a verified item: the latest occurrence's.
json::value VerifiedJson(const Standing& standing, const std::vector<Occurrence>& occurrences,
                         const std::vector<Event>& events, const Commitment& commitment,
                         const core::TimeZone& zone, const std::string& base) {
  if (standing.status != Status::kVerified || occurrences.empty()) return nullptr;
  const Event* verification = LatestFor(events, occurrences[standing.current].period);
  if (verification == nullptr || verification->kind != EventKind::kVerified) return nullptr;
  const Event* submission = VerifiedSubmission(events, *verification);
  if (submission == nullptr) return nullptr;
  auto object = EventJson(*submission, occurrences, commitment, zone, base);
  object["verified_by"] = verification->person_name;
  object["verified_when"] = core::FormatLongDateTime(zone.ToLocal(verification->at));
  object["verified_at"] = zone.FormatIso(verification->at);
  return object;
}

}  // namespace practica::commitments
