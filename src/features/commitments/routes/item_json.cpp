#include "features/commitments/routes/item_json.hpp"

namespace practica::commitments {
namespace json = boost::json;

namespace {

json::value Nullable(const std::string& text) {
  return text.empty() ? json::value(nullptr) : json::value(text);
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

json::object ItemObject(const ItemFacts& f) {
  const auto& commitment = f.commitment();
  const auto& standing = f.standing;
  const auto kind = commitment.evidence.kind;
  const bool dated = !f.due_on.empty();
  // Room for the forms' and a problem's keys too, so the object is laid out once.
  constexpr std::size_t kKeys = 48;
  json::object object(
      {
          {"code", f.code},
          {"label", f.label},
          {"name", f.name},
          {"title", commitment.title},
          {"description", commitment.description},
          {"phase", PhaseCode(commitment.phase)},
          {"status", StatusCode(standing.status)},
          {"status_label", f.status_label},
          {"symbol", StatusSymbol(standing.status)},
          {"is_late", standing.status == Status::kLate},
          {"past_due", standing.past_due},
          {"returned", f.returned},
          {"verified_evidence", f.verified_evidence},
          {"due",
           json::object{{"text", f.due_text},
                        {"on", dated ? json::value(f.due_on) : json::value(nullptr)},
                        {"at", dated ? json::value(f.due_at_iso) : json::value(nullptr)},
                        {"period_label", Nullable(f.period_label)}}},
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
          {"waiting", f.waiting},
          {"history", f.history},
          {"has_history", !f.item->events.empty()},
          {"may_submit", f.may_submit},
          {"may_verify", f.may_verify},
          {"may_return", f.may_return},
          {"periods", f.periods},
          {"file_accept", kFileAccept},
          {"evidence_url", f.evidence_url},
          {"verify_url", f.verify_url},
          {"return_url", f.return_url},
      },
      kKeys);
  if (f.problem != nullptr) AddProblem(*f.problem, object);
  if (!f.notice.empty()) object["item_notice"] = f.notice;
  return object;
}

}  // namespace practica::commitments
