// One commitment of a school's checklist as JSON: what it is and where it stands, its history,
// and the forms its viewer is offered, with a refused form shown again on it.
#pragma once

#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>

#include "features/commitments/routes/checklist_json.hpp"

namespace practica::commitments {

// The item's JSON, with what the checklist groups and counts it by.
struct BuiltItem {
  boost::json::object object;
  Standing standing;
  Status status;
  std::int64_t due_at;  // of the current period; INT64_MAX when it has no date
  bool district;        // the district's own item, counted apart from the school's
  Phase phase;
};

BuiltItem BuildItem(const Checklist& c, const SchoolCommitment& item,
                    const std::optional<FormProblem>& problem);

}  // namespace practica::commitments
