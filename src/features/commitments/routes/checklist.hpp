// A school's checklist as one person sees it: what was read for it, and a refused form to show
// again. The page's view (checklist_view) and the API's JSON (checklist_json) are drawn from it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/time_zone.hpp"
#include "features/commitments/routes/context.hpp"

namespace practica::commitments {

// A refused form, shown again on the item it was about with what was typed.
struct FormProblem {
  std::string code;  // the commitment's code
  std::string message;
  std::string field;
  Fields typed;
};

struct Checklist {
  const SchoolPlace& place;
  const Calendar& calendar;
  const std::vector<SchoolCommitment>& items;
  const std::vector<std::string>& coaches;
  const Viewer& viewer;
  std::int64_t now = 0;
  const core::TimeZone& zone;
};

std::string ChecklistUrl(const SchoolPlace& place);

}  // namespace practica::commitments
