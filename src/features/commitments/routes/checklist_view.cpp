#include "features/commitments/routes/checklist_view.hpp"

#include <boost/json/value.hpp>

#include <unordered_map>

namespace practica::commitments {
namespace json = boost::json;
using http::mustache::Value;
using http::mustache::View;
using http::mustache::ViewList;

namespace {

// A name in a JSON object, or missing (so the renderer asks the enclosing context).
Value Member(const json::object& object, std::string_view name) {
  const auto* found = object.if_contains(name);
  return found != nullptr ? Value::Json(*found) : Value();
}

Value TextOrNull(const std::string& text) { return text.empty() ? Value::Null() : Value::Text(text); }

// When the item is due: {{due.text}}, {{due.period_label}}, …
class DueView final : public View {
 public:
  explicit DueView(const ItemFacts& facts) : f_(&facts) {}
  Value Get(std::string_view name) const override {
    const bool dated = !f_->due_on.empty();
    if (name == "text") return Value::Text(f_->due_text);
    if (name == "on") return dated ? Value::Text(f_->due_on) : Value::Null();
    if (name == "at") return dated ? Value::Text(f_->due_at_iso) : Value::Null();
    if (name == "period_label") return TextOrNull(f_->period_label);
    return {};
  }

 private:
  const ItemFacts* f_;
};

// {{occurrences.verified}} of {{occurrences.total}}, for a recurring item.
class OccurrencesView final : public View {
 public:
  explicit OccurrencesView(const ItemFacts& facts) : f_(&facts) {}
  Value Get(std::string_view name) const override {
    if (name == "verified") return Value::Number(f_->standing.verified);
    if (name == "total") return Value::Number(f_->standing.total);
    if (name == "recurring") return Value::Bool(f_->commitment().due.kind == DueKind::kRecurring);
    return {};
  }

 private:
  const ItemFacts* f_;
};

// What the evidence is: {{evidence.label}}.
class EvidenceView final : public View {
 public:
  explicit EvidenceView(const ItemFacts& facts) : f_(&facts) {}
  Value Get(std::string_view name) const override {
    const auto& evidence = f_->commitment().evidence;
    if (name == "kind") return Value::Text(EvidenceKindCode(evidence.kind));
    if (name == "label") return Value::Text(evidence.label);
    if (name == "majority") return Value::Bool(evidence.majority);
    return {};
  }

 private:
  const ItemFacts* f_;
};

// The names an item answers, as ItemObject writes them (item_json.cpp); a refused form's are
// told apart by their prefix.
enum class Name {
  kCode, kLabel, kName, kTitle, kDescription, kPhase, kStatus, kStatusLabel, kSymbol, kIsLate,
  kPastDue, kReturned, kVerifiedEvidence, kDue, kOccurrences, kEvidence, kIsDocument, kIsUrl,
  kIsDate, kIsPerson, kIsCount, kVerifier, kVerifierLabel, kWaiting, kHistory, kHasHistory,
  kMaySubmit, kMayVerify, kMayReturn, kPeriods, kFileAccept, kEvidenceUrl, kVerifyUrl,
  kReturnUrl, kItemError, kItemErrorField, kItemErrorGeneral, kGivenAsFile, kItemNotice,
};

const std::unordered_map<std::string_view, Name>& Names() {
  static const std::unordered_map<std::string_view, Name> names = {
      {"code", Name::kCode}, {"label", Name::kLabel}, {"name", Name::kName}, {"title", Name::kTitle},
      {"description", Name::kDescription}, {"phase", Name::kPhase}, {"status", Name::kStatus},
      {"status_label", Name::kStatusLabel}, {"symbol", Name::kSymbol}, {"is_late", Name::kIsLate},
      {"past_due", Name::kPastDue}, {"returned", Name::kReturned},
      {"verified_evidence", Name::kVerifiedEvidence}, {"due", Name::kDue},
      {"occurrences", Name::kOccurrences}, {"evidence", Name::kEvidence},
      {"is_document", Name::kIsDocument}, {"is_url", Name::kIsUrl}, {"is_date", Name::kIsDate},
      {"is_person", Name::kIsPerson}, {"is_count", Name::kIsCount}, {"verifier", Name::kVerifier},
      {"verifier_label", Name::kVerifierLabel}, {"waiting", Name::kWaiting},
      {"history", Name::kHistory}, {"has_history", Name::kHasHistory},
      {"may_submit", Name::kMaySubmit}, {"may_verify", Name::kMayVerify},
      {"may_return", Name::kMayReturn}, {"periods", Name::kPeriods},
      {"file_accept", Name::kFileAccept}, {"evidence_url", Name::kEvidenceUrl},
      {"verify_url", Name::kVerifyUrl}, {"return_url", Name::kReturnUrl},
      {"item_error", Name::kItemError}, {"item_error_field", Name::kItemErrorField},
      {"item_error_general", Name::kItemErrorGeneral}, {"given_as_file", Name::kGivenAsFile},
      {"item_notice", Name::kItemNotice},
  };
  return names;
}

class ItemView final : public View {
 public:
  explicit ItemView(const ItemFacts& facts) : f_(&facts), due_(facts), occurrences_(facts), evidence_(facts) {}

  Value Get(std::string_view name) const override {
    const auto& names = Names();
    const auto found = names.find(name);
    if (found == names.end()) return Refused(name);
    const auto& f = *f_;
    const auto& commitment = f.commitment();
    const auto kind = commitment.evidence.kind;
    const auto* problem = f.problem;
    switch (found->second) {
      case Name::kCode: return Value::Text(f.code);
      case Name::kLabel: return Value::Text(f.label);
      case Name::kName: return Value::Text(f.name);
      case Name::kTitle: return Value::Text(commitment.title);
      case Name::kDescription: return Value::Text(commitment.description);
      case Name::kPhase: return Value::Text(PhaseCode(commitment.phase));
      case Name::kStatus: return Value::Text(StatusCode(f.status()));
      case Name::kStatusLabel: return Value::Text(f.status_label);
      case Name::kSymbol: return Value::Text(StatusSymbol(f.status()));
      case Name::kIsLate: return Value::Bool(f.status() == Status::kLate);
      case Name::kPastDue: return Value::Bool(f.standing.past_due);
      case Name::kReturned: return Value::Json(f.returned);
      case Name::kVerifiedEvidence: return Value::Json(f.verified_evidence);
      case Name::kDue: return Value::Of(due_);
      case Name::kOccurrences: return Value::Of(occurrences_);
      case Name::kEvidence: return Value::Of(evidence_);
      case Name::kIsDocument: return Value::Bool(kind == EvidenceKind::kDocument);
      case Name::kIsUrl: return Value::Bool(kind == EvidenceKind::kUrl);
      case Name::kIsDate: return Value::Bool(kind == EvidenceKind::kDate);
      case Name::kIsPerson: return Value::Bool(kind == EvidenceKind::kPerson);
      case Name::kIsCount: return Value::Bool(kind == EvidenceKind::kCount);
      case Name::kVerifier: return Value::Text(VerifierCode(commitment.verifier));
      case Name::kVerifierLabel: return Value::Text(VerifierLabel(commitment.verifier));
      case Name::kWaiting: return Value::Json(f.waiting);
      case Name::kHistory: return Value::Json(f.history);
      case Name::kHasHistory: return Value::Bool(!f.item->events.empty());
      case Name::kMaySubmit: return Value::Bool(f.may_submit);
      case Name::kMayVerify: return Value::Bool(f.may_verify);
      case Name::kMayReturn: return Value::Bool(f.may_return);
      case Name::kPeriods: return Value::Json(f.periods);
      case Name::kFileAccept: return Value::Text(kFileAccept);
      case Name::kEvidenceUrl: return Value::Text(f.evidence_url);
      case Name::kVerifyUrl: return Value::Text(f.verify_url);
      case Name::kReturnUrl: return Value::Text(f.return_url);
      case Name::kItemError: return problem ? Value::Text(problem->message) : Value();
      case Name::kItemErrorField: return problem ? Value::Text(problem->field) : Value();
      case Name::kItemErrorGeneral:
        return problem && !IsEvidenceField(problem->field) ? Value::Bool(true) : Value();
      case Name::kGivenAsFile: return problem ? Value::Bool(features::Get(problem->typed, "given_as") == "file") : Value();
      case Name::kItemNotice: return f.notice.empty() ? Value() : Value::Text(f.notice);
    }
    return {};
  }

 private:
  // A refused form's names: item_error_on_{field} beside the input it is about, and
  // typed_{field} for what was typed. Missing when the form was not about this item.
  Value Refused(std::string_view name) const {
    const auto* problem = f_->problem;
    if (problem == nullptr) return {};
    constexpr std::string_view kOn = "item_error_on_";
    constexpr std::string_view kTyped = "typed_";
    if (name.starts_with(kOn)) {
      const auto field = name.substr(kOn.size());
      return field == problem->field && IsEvidenceField(field) ? Value::Bool(true) : Value();
    }
    if (name.starts_with(kTyped)) {
      const auto typed = problem->typed.find(std::string(name.substr(kTyped.size())));
      return typed != problem->typed.end() ? Value::Text(typed->second) : Value();
    }
    return {};
  }

  const ItemFacts* f_;
  DueView due_;
  OccurrencesView occurrences_;
  EvidenceView evidence_;
};

class ItemList final : public ViewList {
 public:
  ItemList(const std::vector<ItemView>& all, const std::vector<std::size_t>& indices)
      : all_(&all), indices_(&indices) {}
  std::size_t Size() const override { return indices_->size(); }
  const View& At(std::size_t index) const override { return (*all_)[(*indices_)[index]]; }

 private:
  const std::vector<ItemView>* all_;
  const std::vector<std::size_t>* indices_;
};

// One group: its head's names, and its items.
class GroupView final : public View {
 public:
  GroupView(const ChecklistGroup& group, const std::vector<ItemView>& items)
      : group_(&group), items_(items, group.items) {}
  Value Get(std::string_view name) const override {
    if (name == "items") return Value::Of(items_);
    return Member(group_->head, name);
  }

 private:
  const ChecklistGroup* group_;
  ItemList items_;
};

class GroupList final : public ViewList {
 public:
  explicit GroupList(const std::vector<GroupView>& groups) : groups_(&groups) {}
  std::size_t Size() const override { return groups_->size(); }
  const View& At(std::size_t index) const override { return (*groups_)[index]; }

 private:
  const std::vector<GroupView>* groups_;
};

}  // namespace

struct ChecklistView::Parts {
  std::vector<ItemView> items;
  std::vector<GroupView> groups;
  GroupList group_list{groups};
};

ChecklistView::ChecklistView(const ChecklistModel& model) : model_(model) {
  auto parts = std::make_unique<Parts>();
  parts->items.reserve(model.items.size());
  for (const auto& facts : model.items) parts->items.emplace_back(facts);
  parts->groups.reserve(model.groups.size());
  for (const auto& group : model.groups) parts->groups.emplace_back(group, parts->items);
  parts_ = std::move(parts);
}

ChecklistView::~ChecklistView() = default;

Value ChecklistView::Get(std::string_view name) const {
  if (name == "groups") return Value::Of(parts_->group_list);
  return Member(model_.page, name);
}

}  // namespace practica::commitments
