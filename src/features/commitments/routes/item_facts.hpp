// What the checklist says of one commitment, worked out once: where it stands, when it is due,
// its history, and the forms its viewer is offered, with a refused form shown again on it. The
// API's JSON (item_json) and the page's view (item_view) are both read from these facts, so the
// two cannot say different things.
#pragma once

#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/commitments/routes/checklist.hpp"

namespace practica::commitments {

// What a document may be given as (the file input's `accept`); the server judges the bytes.
inline constexpr std::string_view kFileAccept = ".pdf,.png,.jpg,.jpeg,.txt,.docx";

struct ItemFacts {
  const SchoolCommitment* item = nullptr;  // in the Checklist's items, which outlive the facts
  std::vector<Occurrence> occurrences;
  Standing standing;
  std::string code;
  std::string label;  // "12", "D2"
  std::string name;   // "Commitment 12"
  std::string status_label;
  // When the item is due, in words ("Due by Wednesday, November 21, 2018"), and the current
  // period's date and instant (empty when it has none) and label.
  std::string due_text;
  std::string due_on;
  std::string due_at_iso;
  std::string period_label;
  boost::json::value returned;           // null unless returned
  boost::json::value verified_evidence;  // null unless verified
  boost::json::value waiting;            // the evidence waiting for a verifier, or null
  boost::json::value history;            // an array, newest first
  boost::json::value periods;            // an array: a recurring item's periods to submit for
  bool may_submit = false;
  bool may_verify = false;
  bool may_return = false;
  std::string evidence_url;
  std::string verify_url;
  std::string return_url;
  const FormProblem* problem = nullptr;  // a refused form about this item
  std::string notice;                    // what a form post just did on it (the page's)

  // What the checklist groups and counts it by.
  std::int64_t due_at = INT64_MAX;  // of the current period; INT64_MAX when it has no date
  bool district = false;            // the district's own item, counted apart from the school's

  const Commitment& commitment() const { return item->commitment; }
  Status status() const { return standing.status; }
};

ItemFacts FactsOf(const Checklist& c, const SchoolCommitment& item, const std::optional<FormProblem>& problem);

// A refused form's field with its own message beside its input; the others' go above the form.
bool IsEvidenceField(std::string_view field);

}  // namespace practica::commitments
