// A school's checklist worked out once and grouped as the page shows it: for a coach, what
// needs attention first; then the items by phase. Each item lies in one group only.
#pragma once

#include <boost/json/object.hpp>

#include <cstddef>
#include <optional>
#include <vector>

#include "features/commitments/routes/item_facts.hpp"

namespace practica::commitments {

struct ChecklistGroup {
  boost::json::object head;        // code, title, group_progress (a phase's), count; items null
  std::vector<std::size_t> items;  // into ChecklistModel::items
};

struct ChecklistModel {
  // Everything the page says but its groups ("groups" is null here, in its place in the API's
  // answer).
  boost::json::object page;
  std::vector<ItemFacts> items;  // read from the Checklist's, which must outlive the model
  std::vector<ChecklistGroup> groups;
};

ChecklistModel ModelOf(const Checklist& checklist, const std::optional<FormProblem>& problem = std::nullopt);

}  // namespace practica::commitments
